// An agenda item's picture: the one picture field (symbol, camera, photo, crop), with the kind's
// own pictogram when staff choose nothing, and for a photo the questions about people on it.
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../domain/validation-issue';
import { PictureField } from '../../shared/picture-field/picture-field';
import type { PictureChoice } from '../../shared/picture-field/picture-choice';
import { kindPicture, type AgendaItemDraft } from './agenda-item-draft';

interface Props {
  draft: AgendaItemDraft;
  /** Changes the picture and the photo questions together. */
  onChange: (change: Pick<AgendaItemDraft, 'picture' | 'photoPeople' | 'photoConsent'>) => void;
  facilityId: string | undefined;
  error: FieldError | undefined;
}

export function AgendaItemPicture({ draft, onChange, facilityId, error }: Props) {
  const { t } = useTranslation('prepare-agenda');
  const { picture, photoPeople, photoConsent } = draft;
  const isPhoto = picture?.type === 'photo' || picture?.type === 'new-photo';

  function choose(next: PictureChoice | undefined) {
    // A new photo: ask again about people on it.
    const freshPhoto = next?.type === 'new-photo';
    onChange({
      picture: next,
      photoPeople: freshPhoto ? false : photoPeople,
      photoConsent: freshPhoto ? false : photoConsent,
    });
  }

  return (
    <fieldset className="field agenda-item-form__picture">
      <legend>{t('item.picture')}</legend>
      <PictureField
        value={picture}
        onChange={choose}
        photos="environment"
        facilityId={facilityId}
        fallback={{
          picture: kindPicture(draft.kind),
          caption: t('item.pictureDefault', { kind: t(`kind.${draft.kind}`) }),
        }}
        removable
        error={error}
      />
      {isPhoto && (
        <div className="agenda-item-form__people">
          <label className="agenda-item-form__check">
            <input
              type="checkbox"
              checked={photoPeople}
              onChange={(e) =>
                onChange({ picture, photoPeople: e.target.checked, photoConsent: e.target.checked && photoConsent })
              }
            />
            {t('item.photoPeople')}
          </label>
          {photoPeople && (
            <>
              <label className="agenda-item-form__check agenda-item-form__check--inner">
                <input
                  type="checkbox"
                  checked={photoConsent}
                  onChange={(e) => onChange({ picture, photoPeople, photoConsent: e.target.checked })}
                />
                {t('item.photoConsent')}
              </label>
              {!photoConsent && <p className="agenda-item-form__consent-note">{t('item.photoNoConsent')}</p>}
            </>
          )}
        </div>
      )}
    </fieldset>
  );
}
