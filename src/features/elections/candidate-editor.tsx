// One candidate: their photo and name (from the member), a few words on what they will work
// for with a picture, and their own recorded voice.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { candidateSchema, type Candidate } from '../../domain/election';
import { joinSentences } from '../../domain/spoken-sentences';
import type { Member } from '../../domain/member';
import type { Picture } from '../../domain/picture';
import { shortTitleMax } from '../../domain/text';
import { PictureField } from '../../shared/picture-field/picture-field';
import { FormField } from '../../ui/form-field';
import { MemberAvatar } from '../../ui/member-avatar';
import { useValidatedSave } from '../../ui/use-validated-save';
import { VoiceRecorder } from '../../ui/voice-recorder';
import { removeCandidate, saveCandidate } from './election-actions';

interface CandidateEditorProps {
  candidate: Candidate;
  member: Member | undefined;
}

const candidateFields = ['statement', 'statementPicture', 'voice'] as const;

export function CandidateEditor({ candidate, member }: CandidateEditorProps) {
  const { t } = useTranslation('elections');
  const name = member?.displayName ?? '?';
  const [statement, setStatement] = useState(candidate.statement ?? '');
  const [picture, setPicture] = useState<Picture | undefined>(candidate.statementPicture);
  const [voice, setVoice] = useState<string | undefined>(candidate.voice);
  const [saved, setSaved] = useState(false);
  // The candidate as the editor loaded it: only what staff changed against it is stored.
  const [loaded] = useState(candidate);
  const { errors, failed, saving, save } = useValidatedSave();

  /** Any change makes "Gemt." untrue until the next save. */
  function changed<T>(set: (value: T) => void) {
    return (value: T) => {
      set(value);
      setSaved(false);
    };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const next = {
      id: loaded.id,
      electionId: loaded.electionId,
      memberId: loaded.memberId,
      ...(statement.trim() ? { statement: statement.trim() } : {}),
      ...(picture ? { statementPicture: picture } : {}),
      ...(voice ? { voice } : {}),
    };
    const stored = await save(candidateSchema, next, (valid) => saveCandidate(loaded, valid), {
      fields: candidateFields,
    });
    if (stored) setSaved(true);
  }

  return (
    <li className="candidate-card">
      <form noValidate onSubmit={submit} aria-label={name}>
        <div className="candidate-card__head">
          <MemberAvatar name={name} photoHash={member?.photo} size={72} />
          <h3 className="candidate-card__name">{name}</h3>
          <button type="button" className="button button--quiet" onClick={() => void removeCandidate(candidate.id)}>
            {t('candidates.remove', { name })}
          </button>
        </div>
        <div className="candidate-card__statement">
          <FormField label={t('candidates.statement')} hint={t('candidates.statementHint')} error={errors.statement}>
            {(control) => (
              <input
                {...control}
                type="text"
                maxLength={shortTitleMax}
                value={statement}
                onChange={(event) => changed(setStatement)(event.target.value)}
              />
            )}
          </FormField>
          <PictureField
            label={t('candidates.statementPicture')}
            value={picture}
            onChange={changed(setPicture)}
            removable
            size={72}
            error={errors.statementPicture}
          />
        </div>
        <VoiceRecorder
          value={voice}
          onChange={changed(setVoice)}
          label={t('candidates.voice')}
          script={joinSentences([name, statement])}
        />
        <div className="elections-form__actions" role="status">
          <button type="submit" className="button button--primary" disabled={saving}>
            {t('candidates.save')}
          </button>
          {saved && <span>{t('candidates.saved')}</span>}
          {failed && <span className="notice notice--error">{t('candidates.failed')}</span>}
        </div>
      </form>
    </li>
  );
}
