// Choosing the picture of a vote option or a decision during the meeting, with the same full
// symbol search as the agenda (ui/pictogram-picker). The chosen symbol is stored with the data
// (storePickedSymbol) so it shows offline. The picker is a modal <dialog> of its own over the
// staff dialog: Escape closes only the picker (use-modal-dialog).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Picture } from '../../domain/picture';
import { storePickedSymbol } from '../../storage/store-pictogram';
import { pictureText } from '../../ui/pictogram-catalog';
import { PictogramPickerDialog } from '../../ui/pictogram-picker/pictogram-picker-dialog';
import type { PickedSymbol } from '../../ui/pictogram-picker/picked-symbol';
import { PictureView } from '../../ui/picture-view';
import './picture-field.css';

interface PictureFieldProps {
  /** What the picture is for, e.g. "Billede til mulighed 1"; names the buttons. */
  label: string;
  value: Picture | undefined;
  onChange: (picture: Picture | undefined) => void;
  /** A photo already on the item, offered so it can be kept. */
  photo?: Picture | undefined;
  /** May the picture be removed (a decision may have none; a vote option may not). */
  allowNone?: boolean;
}

export function PictureField({ label, value, onChange, photo, allowNone = false }: PictureFieldProps) {
  const { t, i18n } = useTranslation('run-meeting');
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const chosen = !value
    ? t('decision.noPicture')
    : value.type === 'photo'
      ? t('decision.photo')
      : pictureText(value, i18n.language) || t('decision.picture');

  async function pick(symbol: PickedSymbol) {
    const next = await storePickedSymbol(symbol);
    onChange(next);
    setOpen(false);
    opener.current?.focus();
  }

  return (
    <div className="picture-field">
      <PictureView picture={value} decorative size={64} />
      <span className="picture-field__chosen">{t('decision.chosenPicture', { label: chosen })}</span>
      <div className="picture-field__actions">
        <button
          ref={opener}
          type="button"
          className="button"
          aria-label={`${value ? t('decision.changePicture') : t('decision.choosePicture')}: ${label}`}
          onClick={() => setOpen(true)}
        >
          {value ? t('decision.changePicture') : t('decision.choosePicture')}
        </button>
        {photo?.type === 'photo' && (value?.type !== 'photo' || value.hash !== photo.hash) && (
          <button
            type="button"
            className="button"
            aria-label={`${t('decision.usePhoto')}: ${label}`}
            onClick={() => onChange(photo)}
          >
            {t('decision.usePhoto')}
          </button>
        )}
        {allowNone && value && (
          <button
            type="button"
            className="button button--quiet"
            aria-label={`${t('decision.removePicture')}: ${label}`}
            onClick={() => onChange(undefined)}
          >
            {t('decision.removePicture')}
          </button>
        )}
      </div>
      <PictogramPickerDialog
        open={open}
        selectedId={value?.type === 'pictogram' ? value.id : undefined}
        onPick={pick}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
      />
    </div>
  );
}
