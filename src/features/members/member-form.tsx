import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changedFields } from '../../domain/changed-fields';
import { newId } from '../../domain/ids';
import { nameMax } from '../../domain/text';
import { memberRoles, memberSchema, type Member, type MemberRole } from '../../domain/member';
import { members } from '../../storage/repositories';
import { PictureField } from '../../shared/picture-field/picture-field';
import { storePictureChoice, type PictureChoice } from '../../shared/picture-field/picture-choice';
import { FormField } from '../../ui/form-field';
import { useValidatedSave } from '../../ui/use-validated-save';
import { VoiceRecorder } from '../../ui/voice-recorder';
import { FormActions } from '../../ui/form-actions';

interface MemberFormProps {
  councilId: string;
  /** Edit this member; without it the form adds a new one. */
  member?: Member;
  /** Residents of the council, whom a relative may represent. */
  residents: readonly Member[];
  onSaved?: (member: Member) => void;
  onCancel?: () => void;
}

export function MemberForm({ councilId, member, residents, onSaved, onCancel }: MemberFormProps) {
  const { t } = useTranslation('members');
  const ids = useId();
  const [displayName, setDisplayName] = useState(member?.displayName ?? '');
  const [role, setRole] = useState<MemberRole>(member?.role ?? 'resident');
  const [photo, setPhoto] = useState<PictureChoice | undefined>(
    member?.photo ? { type: 'photo', hash: member.photo } : undefined,
  );
  const [photoConsent, setPhotoConsent] = useState(member?.photoConsent ?? false);
  const [representsMemberId, setRepresentsMemberId] = useState(member?.representsMemberId ?? '');
  const [termStart, setTermStart] = useState(member?.termStart ?? '');
  const [termEnd, setTermEnd] = useState(member?.termEnd ?? '');
  const [nameVoice, setNameVoice] = useState<string | undefined>(member?.nameVoice);
  const { errors, failed, saving, save } = useValidatedSave();
  // The member as the form loaded it: only what staff changed against it is stored.
  const [loaded] = useState(member);
  const [savedName, setSavedName] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSavedName(undefined);
    const candidate = {
      id: member?.id ?? newId(),
      councilId,
      displayName,
      role,
      photoConsent,
      // Empty fields are sent as undefined, so an edit clears them.
      photo: photo?.type === 'photo' ? photo.hash : undefined,
      representsMemberId: role === 'relative' && representsMemberId ? representsMemberId : undefined,
      termStart: termStart || undefined,
      termEnd: termEnd || undefined,
      nameVoice,
    };
    // The member is checked before a new photo is stored, so a bad form stores nothing at all.
    const saved = await save(memberSchema, candidate, async (valid) => {
      const stored = photo?.type === 'new-photo' ? await storePictureChoice(photo) : undefined;
      const next = stored?.type === 'photo' ? { ...valid, photo: stored.hash } : valid;
      if (!loaded) return members.save(next);
      // Fields the form does not show (substitute rank) stay as they are stored.
      return members.update(loaded.id, changedFields(loaded, { ...loaded, ...candidate, ...next }));
    });
    if (!saved) return;
    if (!member) {
      setDisplayName('');
      setPhoto(undefined);
      setPhotoConsent(false);
      setRepresentsMemberId('');
      setNameVoice(undefined);
      setSavedName(saved.displayName);
    }
    onSaved?.(saved);
  }

  const photoHeadingId = `${ids}-photo`;

  return (
    <form className="members-form" onSubmit={submit} noValidate>
      <div className="members-form__columns">
        <div>
          <FormField label={t('form.displayName')} hint={t('form.displayNameHint')} error={errors.displayName}>
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                maxLength={nameMax}
                value={displayName}
                onChange={(e) => setDisplayName(e.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('form.role')} error={errors.role}>
            {(control) => (
              <select {...control} value={role} onChange={(e) => setRole(e.target.value as MemberRole)}>
                {memberRoles.map((value) => (
                  <option key={value} value={value}>
                    {t(`role.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {role === 'relative' && (
            <FormField label={t('form.represents')} hint={t('form.representsHint')} error={errors.representsMemberId}>
              {(control) => (
                <select {...control} value={representsMemberId} onChange={(e) => setRepresentsMemberId(e.target.value)}>
                  <option value="">{t('form.representsNobody')}</option>
                  {residents
                    .filter((r) => r.id !== member?.id)
                    .map((resident) => (
                      <option key={resident.id} value={resident.id}>
                        {resident.displayName}
                      </option>
                    ))}
                </select>
              )}
            </FormField>
          )}
          <VoiceRecorder
            value={nameVoice}
            onChange={setNameVoice}
            label={t('form.nameVoice')}
            script={displayName.trim() || undefined}
          />
          <div className="members-form__dates">
            <FormField label={t('form.termStart')} error={errors.termStart}>
              {(control) => (
                <input {...control} type="date" value={termStart} onChange={(e) => setTermStart(e.target.value)} />
              )}
            </FormField>
            <FormField label={t('form.termEnd')} error={errors.termEnd}>
              {(control) => (
                <input {...control} type="date" value={termEnd} onChange={(e) => setTermEnd(e.target.value)} />
              )}
            </FormField>
          </div>
        </div>

        <fieldset className="members-photo" aria-labelledby={photoHeadingId}>
          <legend id={photoHeadingId}>{t('form.photo')}</legend>
          <p className="field__hint">{t('form.photoHint')}</p>
          <PictureField
            value={photo}
            onChange={setPhoto}
            symbols={false}
            photos="user"
            removable
            size={120}
            error={errors.photo}
          />
          <label className="members-photo__consent">
            <input type="checkbox" checked={photoConsent} onChange={(e) => setPhotoConsent(e.target.checked)} />
            {t('form.photoConsent')}
          </label>
        </fieldset>
      </div>

      {savedName && (
        <p className="members-form__saved" role="status">
          {t('form.saved', { name: savedName })}
        </p>
      )}
      <FormActions
        submitLabel={member ? t('actions.save', { ns: 'common' }) : t('form.add')}
        busy={saving}
        failed={failed}
        onCancel={onCancel}
      />
    </form>
  );
}
