// Add or change one agenda item: kind, a short title, a picture (pictogram or photo), longer
// text and planned minutes. Nothing is stored until every field is right.
import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaItemKinds, type AgendaItem } from '../../domain/agenda-item';
import { joinSentences } from '../../domain/spoken-sentences';
import { newId } from '../../domain/ids';
import { longTextMax, shortTitleMax } from '../../domain/text';
import type { FieldError } from '../../domain/validation-issue';
import { errorsByField } from '../../domain/validation-issue';
import { favouritesOf, recentOf } from '../../domain/pictogram-usage';
import { recordPictogramUse, setPictogramFavourite, usePictogramUsage } from '../../storage/pictogram-usage-store';
import { ValidationError } from '../../domain/validation-error';
import { storePickedSymbol, storePictogram } from '../../storage/store-pictogram';
import { FormField } from '../../ui/form-field';
import type { Frame } from '../../ui/photo/crop-geometry';
import { PhotoCropDialog } from '../../ui/photo/photo-crop-dialog';
import { checkPhotoFile, photoProblemOf, preparePhoto, type PreparedPhoto } from '../../ui/photo/prepare-photo';
import { pictureText } from '../../ui/pictogram-catalog';
import type { PickedSymbol } from '../../ui/pictogram-picker/picked-symbol';
import { PictogramPickerDialog } from '../../ui/pictogram-picker/pictogram-picker-dialog';
import { PictureView } from '../../ui/picture-view';
import { VoiceRecorder } from '../../ui/voice-recorder';
import { useBusyAction } from '../../ui/use-busy-action';
import {
  defaultMinutesForKind,
  draftFromItem,
  emptyDraft,
  itemFromDraft,
  kindPicture,
  titleWordsMax,
  wordCount,
  type AgendaItemDraft,
  type DraftField,
} from './agenda-item-draft';
import { saveAgendaItem } from './agenda-writes';
import { CameraDialog, canUseCamera } from './camera-dialog';

interface Props {
  meetingId: string;
  /** Whose favourite and recently used symbols the picker shows; unknown while loading. */
  facilityId?: string;
  /** The item being changed; absent when adding. */
  item?: AgendaItem;
  /** The order a new item gets (placed last). */
  newOrder: number;
  onSaved: (item: AgendaItem) => void;
  onCancel: () => void;
}

/** Stands in for a photo's hash while validating, before the photo itself is stored. */
const pendingHash = '0'.repeat(64);

export function AgendaItemForm({ meetingId, facilityId, item, newOrder, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation('prepare-agenda');
  const [draft, setDraft] = useState<AgendaItemDraft>(() => (item ? draftFromItem(item) : emptyDraft()));
  const [photo, setPhoto] = useState<{ prepared: PreparedPhoto; url: string } | null>(null);
  const [photoBusy, setPhotoBusy] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<DraftField, FieldError>>>({});
  const { busy: saving, run } = useBusyAction();
  // The item as the form loaded it: only what staff changed against it is stored.
  const [loaded] = useState(item);
  const [saveFailed, setSaveFailed] = useState(false);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [cameraOpen, setCameraOpen] = useState(false);
  /** The photo waiting to be cropped: the original file or camera shot, and its preview URL. */
  const [cropSource, setCropSource] = useState<{ blob: Blob; url: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const pickButtonRef = useRef<HTMLButtonElement>(null);
  const cameraButtonRef = useRef<HTMLButtonElement>(null);
  const cameraInputRef = useRef<HTMLInputElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const pictureErrorId = useId();
  const wordsId = useId();
  const usage = usePictogramUsage(facilityId);
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const favourites = useMemo(
    () => (facilityId && usage ? favouritesOf(usage, lang) : undefined),
    [facilityId, usage, lang],
  );
  const recent = useMemo(() => (usage ? recentOf(usage) : undefined), [usage]);

  // Free the preview of a photo that is replaced or never saved.
  useEffect(
    () => () => {
      if (photo) URL.revokeObjectURL(photo.url);
    },
    [photo],
  );
  useEffect(
    () => () => {
      if (cropSource) URL.revokeObjectURL(cropSource.url);
    },
    [cropSource],
  );

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);

  const set = <K extends keyof AgendaItemDraft>(key: K, value: AgendaItemDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  function changeKind(kind: AgendaItemDraft['kind']) {
    setDraft((d) => {
      // Follow the kind's usual length unless staff have typed their own.
      const minutesUntouched = d.plannedMinutes === String(defaultMinutesForKind[d.kind]);
      return { ...d, kind, plannedMinutes: minutesUntouched ? String(defaultMinutesForKind[kind]) : d.plannedMinutes };
    });
  }

  /** A file or camera shot goes to the crop step first. */
  function startCrop(blob: Blob) {
    setCropSource({ blob, url: URL.createObjectURL(blob) });
  }

  function choosePhoto(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const problem = checkPhotoFile(file);
    if (problem) {
      setErrors((e) => ({ ...e, picture: { field: 'picture', ...problem } }));
      return;
    }
    startCrop(file);
  }

  async function finishCrop(frame: Frame) {
    if (!cropSource) return;
    setPhotoBusy(true);
    try {
      const prepared = await preparePhoto(cropSource.blob, frame);
      const url = URL.createObjectURL(new Blob([prepared.bytes], { type: prepared.mime }));
      setPhoto({ prepared, url });
      // A new photo: ask again about people on it.
      setDraft((d) => ({ ...d, picture: undefined, photoPeople: false, photoConsent: false }));
      setErrors(({ picture: _dropped, ...rest }) => rest);
    } catch (error) {
      setErrors((e) => ({ ...e, picture: { field: 'picture', ...photoProblemOf(error) } }));
    } finally {
      setPhotoBusy(false);
      setCropSource(null);
      requestAnimationFrame(() => cameraButtonRef.current?.focus());
    }
  }

  function takePhoto() {
    if (canUseCamera()) setCameraOpen(true);
    else cameraInputRef.current?.click();
  }

  /** Keeps a copy of the symbol's drawing with the data, then shows it as the choice. */
  async function pickSymbol(symbol: PickedSymbol) {
    const picture = await storePickedSymbol(symbol);
    if (facilityId) {
      await recordPictogramUse(facilityId, {
        pictogramId: symbol.pictogramId,
        label: symbol.label,
        ...(picture.hash ? { hash: picture.hash } : {}),
      }).catch(
        () => undefined, // "Recently used" is a convenience; the pick itself must not fail over it.
      );
    }
    setPhoto(null);
    set('picture', picture);
    setErrors(({ picture: _dropped, ...rest }) => rest);
    setPickerOpen(false);
    pickButtonRef.current?.focus();
  }

  async function toggleFavourite(symbol: PickedSymbol, favourite: boolean) {
    if (!facilityId) return;
    let hash = symbol.hash;
    if (favourite && !hash) {
      // A favourite should show offline too: keep its drawing when we can.
      hash = await storePictogram({ id: symbol.pictogramId })
        .then((p) => p.hash)
        .catch(() => undefined);
    }
    await setPictogramFavourite(
      facilityId,
      { pictogramId: symbol.pictogramId, label: symbol.label, ...(hash ? { hash } : {}) },
      favourite,
    );
  }

  function focusFirstError() {
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]')?.focus(),
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(store);
  }

  async function store() {
    setSaveFailed(false);
    const base = { id: loaded?.id ?? newId(), meetingId, order: loaded?.order ?? newOrder };
    const outcome = itemFromDraft(draft, base, photo ? pendingHash : undefined);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      focusFirstError();
      return;
    }
    setErrors({});
    try {
      const saved = await saveAgendaItem(outcome.item, photo?.prepared, loaded);
      onSaved(saved);
    } catch (error) {
      if (error instanceof ValidationError) {
        const byField = errorsByField(error.issues);
        setErrors({ title: byField.title ?? { field: 'title', key: 'validation.invalid', values: {} } });
        focusFirstError();
      } else {
        setSaveFailed(true);
      }
    }
  }

  const shownPicture = photo ? undefined : (draft.picture ?? kindPicture(draft.kind));
  const pictureCaption = photo
    ? t('item.pictureNewPhoto')
    : draft.picture?.type === 'photo'
      ? t('item.picturePhoto')
      : draft.picture
        ? t('item.picturePictogram', { label: pictureText(draft.picture, i18n.language) || draft.picture.id })
        : t('item.pictureDefault', { kind: t(`kind.${draft.kind}`) });
  const isPhoto = photo !== null || draft.picture?.type === 'photo';
  const words = wordCount(draft.title);
  const tooManyWords = words > titleWordsMax;

  return (
    <form ref={formRef} className="agenda-item-form card" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h2 id={headingId} className="agenda-item-form__heading">
        {item ? t('item.editHeading', { title: item.title }) : t('item.addHeading')}
      </h2>

      <fieldset className="field agenda-item-form__kinds">
        <legend>{t('item.kind')}</legend>
        <div className="agenda-item-form__kind-grid">
          {agendaItemKinds.map((kind) => (
            <label key={kind} className="agenda-item-form__kind">
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={draft.kind === kind}
                onChange={() => changeKind(kind)}
              />
              <PictureView picture={kindPicture(kind)} size={40} decorative />
              <span>{t(`kind.${kind}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <FormField label={t('item.title')} hint={t('item.titleHint')} error={errors.title}>
        {(control) => (
          <input
            {...control}
            aria-describedby={
              [control['aria-describedby'], tooManyWords ? wordsId : null].filter(Boolean).join(' ') || undefined
            }
            data-autofocus
            type="text"
            autoComplete="off"
            maxLength={shortTitleMax}
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </FormField>
      {/* Always in the page, so a screen reader hears the warning the moment a sixth word is
          typed. It only warns: staff may keep a longer title. */}
      <div role="status" className="agenda-item-form__words-live">
        {tooManyWords && (
          <p id={wordsId} className="agenda-item-form__words notice notice--warning">
            {t('item.tooManyWords', { count: words })}
          </p>
        )}
      </div>

      <fieldset
        className="field agenda-item-form__picture"
        aria-describedby={errors.picture ? pictureErrorId : undefined}
      >
        <legend>{t('item.picture')}</legend>
        <div className="agenda-item-form__picture-row">
          <div className="agenda-item-form__picture-preview">
            {photo ? (
              <img
                src={photo.url}
                alt={t('item.pictureNewPhoto')}
                width={96}
                height={96}
                className="picture-view picture-view--photo"
              />
            ) : (
              <PictureView picture={shownPicture} size={96} decorative />
            )}
            <span>{pictureCaption}</span>
          </div>
          <div className="agenda-item-form__picture-actions">
            <button
              ref={pickButtonRef}
              type="button"
              className="button"
              data-invalid={errors.picture ? 'true' : undefined}
              onClick={() => setPickerOpen(true)}
            >
              {t('item.pickPictogram')}
            </button>
            <button ref={cameraButtonRef} type="button" className="button" onClick={takePhoto}>
              {t('item.takePhoto')}
            </button>
            {/* Where the browser cannot show the camera in the app, the tablet's camera app takes the photo. */}
            <input
              ref={cameraInputRef}
              type="file"
              accept="image/*"
              capture="environment"
              className="visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
              onChange={choosePhoto}
            />
            <label className="button agenda-item-form__file">
              <input
                ref={fileInputRef}
                type="file"
                accept="image/*"
                className="visually-hidden"
                onChange={choosePhoto}
              />
              {t('item.choosePhoto')}
            </label>
            {(draft.picture || photo) && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  setPhoto(null);
                  set('picture', undefined);
                }}
              >
                {t('item.useDefaultPicture')}
              </button>
            )}
          </div>
        </div>
        {isPhoto && (
          <div className="agenda-item-form__people">
            <label className="agenda-item-form__check">
              <input
                type="checkbox"
                checked={draft.photoPeople}
                onChange={(e) =>
                  setDraft((d) => ({
                    ...d,
                    photoPeople: e.target.checked,
                    photoConsent: e.target.checked && d.photoConsent,
                  }))
                }
              />
              {t('item.photoPeople')}
            </label>
            {draft.photoPeople && (
              <>
                <label className="agenda-item-form__check agenda-item-form__check--inner">
                  <input
                    type="checkbox"
                    checked={draft.photoConsent}
                    onChange={(e) => set('photoConsent', e.target.checked)}
                  />
                  {t('item.photoConsent')}
                </label>
                {!draft.photoConsent && <p className="agenda-item-form__consent-note">{t('item.photoNoConsent')}</p>}
              </>
            )}
          </div>
        )}
        {photoBusy && <p aria-live="polite">{t('item.photoWorking')}</p>}
        {errors.picture && (
          <span id={pictureErrorId} className="field__error" role="alert">
            {t(errors.picture.key, { ns: 'common', ...errors.picture.values })}
          </span>
        )}
      </fieldset>

      <FormField label={t('item.details')} hint={t('item.detailsHint')} error={errors.details}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={longTextMax}
            value={draft.details}
            onChange={(e) => set('details', e.target.value)}
          />
        )}
      </FormField>

      <FormField label={t('item.minutes')} hint={t('item.minutesHint')} error={errors.plannedMinutes}>
        {(control) => (
          <input
            {...control}
            className="agenda-item-form__minutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            step={1}
            value={draft.plannedMinutes}
            onChange={(e) => set('plannedMinutes', e.target.value)}
          />
        )}
      </FormField>

      <VoiceRecorder
        value={draft.voice}
        onChange={(hash) => set('voice', hash)}
        label={t('item.voice')}
        script={joinSentences([draft.title, draft.details])}
      />

      {saveFailed && (
        <p className="form-error" role="alert">
          {t('item.saveFailed')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving || photoBusy}>
          {item ? t('item.save') : t('item.add')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('actions.cancel', { ns: 'common' })}
        </button>
      </div>

      <PictogramPickerDialog
        open={pickerOpen}
        selectedId={draft.picture?.type === 'pictogram' ? draft.picture.id : undefined}
        onPick={pickSymbol}
        onClose={() => {
          setPickerOpen(false);
          pickButtonRef.current?.focus();
        }}
        favourites={favourites}
        recent={recent}
        onToggleFavourite={facilityId ? toggleFavourite : undefined}
      />
      <CameraDialog
        open={cameraOpen}
        onCapture={(blob) => {
          setCameraOpen(false);
          startCrop(blob);
        }}
        onClose={() => {
          setCameraOpen(false);
          cameraButtonRef.current?.focus();
        }}
        onUseFile={() => {
          setCameraOpen(false);
          fileInputRef.current?.click();
        }}
      />
      <PhotoCropDialog
        source={cropSource?.url ?? null}
        busy={photoBusy}
        onDone={(frame) => void finishCrop(frame)}
        onCancel={() => {
          setCropSource(null);
          cameraButtonRef.current?.focus();
        }}
      />
    </form>
  );
}
