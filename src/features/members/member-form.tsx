import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changedFields } from '../../domain/changed-fields';
import { newId } from '../../domain/ids';
import { nameMax } from '../../domain/text';
import { memberRoles, memberSchema, type Member, type MemberRole } from '../../domain/member';
import type { FieldError } from '../../domain/validation-issue';
import { putMedia } from '../../storage/media-store';
import { members } from '../../storage/repositories';
import { FormField } from '../../ui/form-field';
import type { Frame } from '../../ui/photo/crop-geometry';
import { PhotoCropDialog } from '../../ui/photo/photo-crop-dialog';
import { checkPhotoFile, photoProblemOf, preparePhoto } from '../../ui/photo/prepare-photo';
import { PictureView } from '../../ui/picture-view';
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

function CameraIcon() {
  return (
    <svg
      aria-hidden="true"
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinejoin="round"
    >
      <path d="M3 8h4l2-3h6l2 3h4v11H3z" />
      <circle cx="12" cy="13" r="3.5" />
    </svg>
  );
}

type PhotoState =
  | { kind: 'none' }
  | { kind: 'stored'; hash: string }
  | { kind: 'pending'; bytes: ArrayBuffer; mime: string; previewUrl: string };

export function MemberForm({ councilId, member, residents, onSaved, onCancel }: MemberFormProps) {
  const { t } = useTranslation('members');
  const ids = useId();
  const [displayName, setDisplayName] = useState(member?.displayName ?? '');
  const [role, setRole] = useState<MemberRole>(member?.role ?? 'resident');
  const [photo, setPhoto] = useState<PhotoState>(
    member?.photo ? { kind: 'stored', hash: member.photo } : { kind: 'none' },
  );
  const [photoConsent, setPhotoConsent] = useState(member?.photoConsent ?? false);
  const [representsMemberId, setRepresentsMemberId] = useState(member?.representsMemberId ?? '');
  const [termStart, setTermStart] = useState(member?.termStart ?? '');
  const [termEnd, setTermEnd] = useState(member?.termEnd ?? '');
  const [nameVoice, setNameVoice] = useState<string | undefined>(member?.nameVoice);
  const [photoError, setPhotoError] = useState<FieldError>();
  const [processingPhoto, setProcessingPhoto] = useState(false);
  const { errors, failed, saving, save } = useValidatedSave();
  // The member as the form loaded it: only what staff changed against it is stored.
  const [loaded] = useState(member);
  const [savedName, setSavedName] = useState<string>();

  /** The photo waiting to be cropped, and its preview URL. */
  const [cropSource, setCropSource] = useState<{ blob: Blob; url: string } | null>(null);
  const chooseFileRef = useRef<HTMLInputElement>(null);
  useEffect(
    () => () => {
      if (cropSource) URL.revokeObjectURL(cropSource.url);
    },
    [cropSource],
  );

  const previewUrl = photo.kind === 'pending' ? photo.previewUrl : undefined;
  useEffect(
    () => () => {
      if (previewUrl) URL.revokeObjectURL(previewUrl);
    },
    [previewUrl],
  );

  /** A chosen file or camera shot goes to the crop step first, as agenda photos do. */
  function choosePhoto(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Let the same file be chosen again after an error.
    input.value = '';
    if (!file) return;
    setPhotoError(undefined);
    const problem = checkPhotoFile(file);
    if (problem) {
      setPhotoError({ field: 'photo', ...problem });
      return;
    }
    setCropSource({ blob: file, url: URL.createObjectURL(file) });
  }

  async function finishCrop(frame: Frame) {
    if (!cropSource) return;
    setProcessingPhoto(true);
    try {
      // A file that does not decode is not a picture, whatever its name says: preparePhoto throws.
      const prepared = await preparePhoto(cropSource.blob, frame);
      const url = URL.createObjectURL(new Blob([prepared.bytes], { type: prepared.mime }));
      setPhoto({ kind: 'pending', bytes: prepared.bytes, mime: prepared.mime, previewUrl: url });
    } catch (error) {
      setPhotoError({ field: 'photo', ...photoProblemOf(error) });
    } finally {
      setProcessingPhoto(false);
      setCropSource(null);
      requestAnimationFrame(() => chooseFileRef.current?.focus());
    }
  }

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
      photo: photo.kind === 'stored' ? photo.hash : undefined,
      representsMemberId: role === 'relative' && representsMemberId ? representsMemberId : undefined,
      termStart: termStart || undefined,
      termEnd: termEnd || undefined,
      nameVoice,
    };
    // The member is checked before the photo is stored, so a bad form stores nothing at all.
    const saved = await save(memberSchema, candidate, async (valid) => {
      const photoHash = photo.kind === 'pending' ? await putMedia(photo.bytes, photo.mime) : undefined;
      const next = photoHash ? { ...valid, photo: photoHash } : valid;
      if (!loaded) return members.save(next);
      // Fields the form does not show (substitute rank) stay as they are stored.
      return members.update(loaded.id, changedFields(loaded, { ...loaded, ...candidate, ...next }));
    });
    if (!saved) return;
    if (!member) {
      setDisplayName('');
      setPhoto({ kind: 'none' });
      setPhotoConsent(false);
      setRepresentsMemberId('');
      setNameVoice(undefined);
      setSavedName(saved.displayName);
    }
    onSaved?.(saved);
  }

  const photoHeadingId = `${ids}-photo`;
  const photoErrorId = `${ids}-photo-error`;
  const fileProps = {
    type: 'file',
    accept: 'image/*',
    className: 'visually-hidden',
    onChange: choosePhoto,
    disabled: processingPhoto,
    'aria-describedby': photoError ? photoErrorId : undefined,
  } as const;

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
          <div className="members-photo__preview">
            {photo.kind === 'pending' && (
              <img src={photo.previewUrl} alt={t('form.photoPreview')} width={120} height={120} />
            )}
            {photo.kind === 'stored' && (
              <PictureView picture={{ type: 'photo', hash: photo.hash }} size={120} label={t('form.photoPreview')} />
            )}
            {photo.kind === 'none' && <span className="members-photo__empty">{t('form.noPhoto')}</span>}
          </div>
          <div className="button-row">
            <label className="button members-photo__picker">
              <input {...fileProps} capture="user" />
              <CameraIcon /> {t('form.takePhoto')}
            </label>
            <label className="button members-photo__picker">
              <input {...fileProps} ref={chooseFileRef} />
              {t('form.chooseFile')}
            </label>
            {photo.kind !== 'none' && (
              <button type="button" className="button button--quiet" onClick={() => setPhoto({ kind: 'none' })}>
                {t('form.removePhoto')}
              </button>
            )}
          </div>
          {processingPhoto && <p role="status">{t('form.processingPhoto')}</p>}
          {photoError && (
            <p id={photoErrorId} className="field__error" role="alert">
              {t(photoError.key, { ns: 'common', ...photoError.values })}
            </p>
          )}
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
      <PhotoCropDialog
        source={cropSource?.url ?? null}
        busy={processingPhoto}
        onDone={(frame) => void finishCrop(frame)}
        onCancel={() => {
          setCropSource(null);
          chooseFileRef.current?.focus();
        }}
      />
      <FormActions
        submitLabel={member ? t('actions.save', { ns: 'common' }) : t('form.add')}
        busy={saving || processingPhoto}
        failed={failed}
        onCancel={onCancel}
      />
    </form>
  );
}
