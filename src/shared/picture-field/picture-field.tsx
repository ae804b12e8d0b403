// The one way to choose a picture, wherever the app asks for one (agenda items, members,
// candidates, decisions, vote options): a symbol from the full search (ui/pictogram-picker),
// a photo taken with the camera or chosen from the tablet and then cropped, the item's own
// photo, or none. Each place switches off what it does not offer.
//
// Each picker is a modal <dialog> of its own, over a staff dialog if there is one: Escape
// closes only the topmost (ui/use-modal-dialog).
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Picture } from '../../domain/picture';
import type { FieldError } from '../../domain/validation-issue';
import { PhotoCropDialog } from '../../ui/photo/photo-crop-dialog';
import { pictureText } from '../../ui/pictogram-catalog';
import { PictogramPickerDialog } from '../../ui/pictogram-picker/pictogram-picker-dialog';
import type { PickedSymbol } from '../../ui/pictogram-picker/picked-symbol';
import { PictureView } from '../../ui/picture-view';
import { CameraDialog, canUseCamera, type CameraFacing } from './camera-dialog';
import { NewPhotoPreview } from './new-photo-preview';
import type { PictureChoice } from './picture-choice';
import { usePhotoIntake } from './use-photo-intake';
import { useSymbolChoice } from './use-symbol-choice';
import './picture-field.css';

interface CommonProps {
  /** What the picture is for, e.g. "Billede til mulighed 1"; names the buttons where several fields share a screen. */
  label?: string;
  /** Offer the symbol search (default); a member's portrait is a photo only. */
  symbols?: boolean;
  /** Whose favourite and recently used symbols the picker shows. */
  facilityId?: string | undefined;
  /** A photo already on the item, offered so it can be used here too. */
  itemPhoto?: Picture | undefined;
  /** What shows when nothing is chosen (an agenda item's kind has its own pictogram), and its words. */
  fallback?: { picture: Picture; caption: string };
  /** May the choice be taken away (back to the fallback, or to no picture). */
  removable?: boolean;
  /** The form's message about the picture, if its check refused it. */
  error?: FieldError | undefined;
  /** The preview's size in CSS pixels. */
  size?: number;
}

/** Without photos the field only ever holds stored pictures; with them, also a NewPhoto that the form stores when it saves. */
type ValueProps =
  | { photos?: undefined; value: Picture | undefined; onChange: (picture: Picture | undefined) => void }
  | {
      /** Offer taking a photo with this camera, and choosing one from the tablet. */
      photos: CameraFacing;
      value: PictureChoice | undefined;
      onChange: (choice: PictureChoice | undefined) => void;
    };

export type PictureFieldProps = CommonProps & ValueProps;

export function PictureField(props: PictureFieldProps) {
  const { label, symbols = true, facilityId, itemPhoto, fallback, removable = false, error, size = 96 } = props;
  const { value, photos } = props;
  // A NewPhoto is only made when photos are on, and then onChange takes one.
  const change = props.onChange as (choice: PictureChoice | undefined) => void;
  const { t, i18n } = useTranslation('picture-field');
  const errorId = useId();
  const [pickerOpen, setPickerOpen] = useState(false);
  const [cameraOpen, setCameraOpen] = useState(false);
  const symbolButton = useRef<HTMLButtonElement>(null);
  const cameraButton = useRef<HTMLButtonElement>(null);
  const cameraInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const symbol = useSymbolChoice(facilityId);
  const intake = usePhotoIntake(change, () => (cameraButton.current ?? fileInput.current)?.focus());

  /** "Vælg piktogram: Billede til mulighed 1" where a label tells several fields apart. */
  const named = (text: string) => (label ? `${text}: ${label}` : undefined);
  const problem = intake.problem ?? error;
  const describedBy = problem ? errorId : undefined;

  async function pick(picked: PickedSymbol) {
    const picture = await symbol.pick(picked);
    intake.clearProblem();
    change(picture);
    setPickerOpen(false);
    symbolButton.current?.focus();
  }

  function takePhoto() {
    if (canUseCamera()) setCameraOpen(true);
    else cameraInput.current?.click();
  }

  const shown =
    value?.type === 'new-photo'
      ? t('shown.newPhoto')
      : value?.type === 'photo'
        ? t('shown.photo')
        : value
          ? t('shown.pictogram', { label: pictureText(value, i18n.language) || value.id })
          : (fallback?.caption ?? t('shown.none'));
  const canUseItemPhoto = itemPhoto?.type === 'photo' && (value?.type !== 'photo' || value.hash !== itemPhoto.hash);

  return (
    <div className="picture-field">
      <div className="picture-field__preview">
        {value?.type === 'new-photo' ? (
          <NewPhotoPreview photo={value} alt={shown} size={size} />
        ) : (
          <PictureView picture={value ?? fallback?.picture} size={size} decorative />
        )}
        <span className="picture-field__shown">{shown}</span>
      </div>
      <div className="picture-field__actions">
        {symbols && (
          <button
            ref={symbolButton}
            type="button"
            className="button"
            aria-label={named(t('chooseSymbol'))}
            aria-describedby={describedBy}
            data-invalid={problem ? 'true' : undefined}
            onClick={() => setPickerOpen(true)}
          >
            {t('chooseSymbol')}
          </button>
        )}
        {canUseItemPhoto && (
          <button
            type="button"
            className="button"
            aria-label={named(t('useItemPhoto'))}
            onClick={() => change(itemPhoto)}
          >
            {t('useItemPhoto')}
          </button>
        )}
        {photos && (
          <>
            <button
              ref={cameraButton}
              type="button"
              className="button"
              aria-label={named(t('takePhoto'))}
              aria-describedby={describedBy}
              data-invalid={problem && !symbols ? 'true' : undefined}
              disabled={intake.busy}
              onClick={takePhoto}
            >
              {t('takePhoto')}
            </button>
            {/* Where the browser cannot show the camera in the app, the tablet's camera app takes the photo. */}
            <input
              ref={cameraInput}
              type="file"
              accept="image/*"
              capture={photos}
              className="visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
              onChange={intake.chooseFile}
            />
            <label className="button picture-field__file">
              <input
                ref={fileInput}
                type="file"
                accept="image/*"
                className="visually-hidden"
                aria-label={named(t('choosePhoto'))}
                aria-describedby={describedBy}
                disabled={intake.busy}
                onChange={intake.chooseFile}
              />
              {t('choosePhoto')}
            </label>
          </>
        )}
        {removable && value && (
          <button
            type="button"
            className="button button--quiet"
            aria-label={named(fallback ? t('useFallback') : t('remove'))}
            onClick={() => change(undefined)}
          >
            {fallback ? t('useFallback') : t('remove')}
          </button>
        )}
      </div>
      {intake.busy && <p aria-live="polite">{t('preparing')}</p>}
      {problem && (
        <span id={errorId} className="field__error" role="alert">
          {t(problem.key, { ns: 'common', ...problem.values })}
        </span>
      )}
      <>
        {symbols && (
          <PictogramPickerDialog
            open={pickerOpen}
            selectedId={value?.type === 'pictogram' ? value.id : undefined}
            onPick={pick}
            onClose={() => {
              setPickerOpen(false);
              symbolButton.current?.focus();
            }}
            favourites={symbol.favourites}
            recent={symbol.recent}
            onToggleFavourite={symbol.toggleFavourite}
          />
        )}
        {photos && (
          <>
            <CameraDialog
              open={cameraOpen}
              facing={photos}
              onCapture={(blob) => {
                setCameraOpen(false);
                intake.crop(blob);
              }}
              onClose={() => {
                setCameraOpen(false);
                cameraButton.current?.focus();
              }}
              onUseFile={() => {
                setCameraOpen(false);
                fileInput.current?.click();
              }}
            />
            <PhotoCropDialog
              source={intake.cropUrl}
              busy={intake.busy}
              onDone={(frame) => void intake.finishCrop(frame)}
              onCancel={intake.cancelCrop}
            />
          </>
        )}
      </>
    </div>
  );
}
