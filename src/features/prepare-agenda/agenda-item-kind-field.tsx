import { useTranslation } from 'react-i18next';
import { agendaItemKinds, type AgendaItemKind } from '../../domain/agenda-item';
import { PictureView } from '../../ui/picture-view';
import { kindPicture } from './agenda-item-draft';

/** The kind of an agenda item, each shown with its own pictogram. */
export function AgendaItemKindField({
  kind,
  onChange,
}: {
  kind: AgendaItemKind;
  onChange: (kind: AgendaItemKind) => void;
}) {
  const { t } = useTranslation('prepare-agenda');
  return (
    <fieldset className="field agenda-item-form__kinds">
      <legend>{t('item.kind')}</legend>
      <div className="agenda-item-form__kind-grid">
        {agendaItemKinds.map((value) => (
          <label key={value} className="agenda-item-form__kind">
            <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => onChange(value)} />
            <PictureView picture={kindPicture(value)} size={40} decorative />
            <span>{t(`kind.${value}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
