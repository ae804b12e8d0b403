// One candidate: their photo and name (from the member), a few words on what they will work
// for with a pictogram, and their own recorded voice.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../domain/election';
import { joinSentences } from '../../domain/spoken-sentences';
import type { Member } from '../../domain/member';
import type { Picture } from '../../domain/picture';
import { shortTitleMax } from '../../domain/text';
import { storePickedSymbol } from '../../storage/store-pictogram';
import { MemberAvatar } from '../../ui/member-avatar';
import { PictogramPickerDialog } from '../../ui/pictogram-picker/pictogram-picker-dialog';
import type { PickedSymbol } from '../../ui/pictogram-picker/picked-symbol';
import { PictureView } from '../../ui/picture-view';
import { useBusyAction } from '../../ui/use-busy-action';
import { VoiceRecorder } from '../../ui/voice-recorder';
import { removeCandidate, saveCandidate } from './election-actions';

interface CandidateEditorProps {
  candidate: Candidate;
  member: Member | undefined;
}

export function CandidateEditor({ candidate, member }: CandidateEditorProps) {
  const { t } = useTranslation('elections');
  const name = member?.displayName ?? '?';
  const [statement, setStatement] = useState(candidate.statement ?? '');
  const [picture, setPicture] = useState<Picture | undefined>(candidate.statementPicture);
  const [voice, setVoice] = useState<string | undefined>(candidate.voice);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  // The candidate as the editor loaded it: only what staff changed against it is stored.
  const [loaded] = useState(candidate);
  const { busy: saving, run } = useBusyAction();

  async function pick(symbol: PickedSymbol) {
    const next = await storePickedSymbol(symbol);
    setPicture(next);
    setPickerOpen(false);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      try {
        await saveCandidate(loaded, {
          id: loaded.id,
          electionId: loaded.electionId,
          memberId: loaded.memberId,
          ...(statement.trim() ? { statement: statement.trim() } : {}),
          ...(picture ? { statementPicture: picture } : {}),
          ...(voice ? { voice } : {}),
        });
        setStatus('saved');
      } catch {
        setStatus('failed');
      }
    });
  }

  const statementId = `candidate-${candidate.id}-statement`;
  return (
    <li className="candidate-card">
      <form noValidate onSubmit={(event) => void submit(event)} aria-label={name}>
        <div className="candidate-card__head">
          <MemberAvatar name={name} photoHash={member?.photo} size={72} />
          <h3 className="candidate-card__name">{name}</h3>
          <button type="button" className="button button--quiet" onClick={() => void removeCandidate(candidate.id)}>
            {t('candidates.remove', { name })}
          </button>
        </div>
        <div className="candidate-card__statement">
          <PictureView picture={picture} decorative size={72} />
          <div className="field">
            <label htmlFor={statementId}>{t('candidates.statement')}</label>
            <span className="field__hint" id={`${statementId}-hint`}>
              {t('candidates.statementHint')}
            </span>
            <input
              id={statementId}
              type="text"
              maxLength={shortTitleMax}
              aria-describedby={`${statementId}-hint`}
              value={statement}
              onChange={(event) => {
                setStatement(event.target.value);
                setStatus('idle');
              }}
            />
          </div>
          <button
            type="button"
            className="button"
            aria-label={`${picture ? t('candidates.changePicture') : t('candidates.choosePicture')}: ${t('candidates.statementPicture')}`}
            onClick={() => setPickerOpen(true)}
          >
            {picture ? t('candidates.changePicture') : t('candidates.choosePicture')}
          </button>
        </div>
        <VoiceRecorder
          value={voice}
          onChange={(hash) => {
            setVoice(hash);
            setStatus('idle');
          }}
          label={t('candidates.voice')}
          script={joinSentences([name, statement])}
        />
        <div className="elections-form__actions" role="status">
          <button type="submit" className="button button--primary" disabled={saving}>
            {t('candidates.save')}
          </button>
          {status === 'saved' && <span>{t('candidates.saved')}</span>}
          {status === 'failed' && <span className="notice notice--error">{t('candidates.failed')}</span>}
        </div>
      </form>
      <PictogramPickerDialog
        open={pickerOpen}
        selectedId={picture?.type === 'pictogram' ? picture.id : undefined}
        onPick={pick}
        onClose={() => setPickerOpen(false)}
      />
    </li>
  );
}
