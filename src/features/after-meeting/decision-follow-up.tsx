import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionSchema, followUpStatuses, type Decision, type FollowUpStatus } from '../../domain/decision';
import { longTextMax } from '../../domain/text';
import type { Member } from '../../domain/member';
import { joinSentences } from '../../domain/spoken-sentences';
import { MemberAvatar } from '../../ui/member-avatar';
import { PictureView } from '../../ui/picture-view';
import { SpeakButton } from '../../ui/speak-button';
import { formatDueDate } from '../../i18n/format';
import { FollowUpSymbol } from './follow-up-symbol';
import { setFollowUp, setFollowUpNote } from './follow-up-actions';
import { useBusyAction } from '../../ui/use-busy-action';
import { FormField } from '../../ui/form-field';
import { useValidatedSave } from '../../ui/use-validated-save';

const noteSchema = decisionSchema.pick({ followUpNote: true });

interface DecisionFollowUpProps {
  decision: Decision;
  responsible: Member | undefined;
}

/** One decision as residents and relatives read it, with staff's follow-up controls below. */
export function DecisionFollowUp({ decision, responsible }: DecisionFollowUpProps) {
  const { t, i18n } = useTranslation('after-meeting');
  const [note, setNote] = useState(decision.followUpNote ?? '');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const { busy: changingStatus, run: runOnce } = useBusyAction();
  const { errors: noteErrors, failed: noteFailed, saving: savingNote, save } = useValidatedSave();
  const [noteSaved, setNoteSaved] = useState(false);
  // One message line for both: it speaks for whichever was tapped last.
  const [noteLast, setNoteLast] = useState(false);
  const busy = changingStatus || savingNote;
  const statusText = t(`followUp.${decision.followUp}`);
  const who = responsible ? t('decisions.who', { name: responsible.displayName }) : t('decisions.nobody');
  const due = decision.dueDate
    ? t('decisions.due', { date: formatDueDate(decision.dueDate, i18n.language) })
    : undefined;
  const spoken = joinSentences([decision.text, who, due, t('decisions.followUpNow', { status: statusText })]);

  async function run(action: () => Promise<void>, success: string) {
    setNoteLast(false);
    await runOnce(async () => {
      setMessage(null);
      try {
        await action();
        setMessage({ text: success, error: false });
      } catch {
        setMessage({ text: t('decisions.failed'), error: true });
      }
    });
  }

  async function saveNote() {
    setNoteLast(true);
    setNoteSaved(false);
    const saved = await save(
      noteSchema,
      { followUpNote: note },
      async ({ followUpNote }) => {
        await setFollowUpNote(decision.id, followUpNote ?? '');
        return true;
      },
      { fields: ['followUpNote'] },
    );
    setNoteSaved(saved === true);
  }

  const noteMessage = noteFailed
    ? { text: t('decisions.failed'), error: true }
    : noteSaved
      ? { text: t('decisions.noteSaved'), error: false }
      : null;
  const shown = noteLast ? noteMessage : message;

  return (
    <article className="after-decision card">
      <div className="after-decision__main">
        <PictureView picture={decision.picture} decorative size={120} className="after-decision__picture" />
        <div className="after-decision__body">
          <p className="after-decision__text">{decision.text}</p>
          <p className="after-decision__line">
            {responsible && (
              <MemberAvatar
                name={responsible.displayName}
                photoHash={responsible.photoConsent ? responsible.photo : undefined}
                size={48}
              />
            )}
            <span>{who}</span>
          </p>
          {due && <p className="after-decision__line after-decision__due">{due}</p>}
          <p className={`after-decision__status after-decision__status--${decision.followUp}`}>
            <FollowUpSymbol status={decision.followUp} size={36} />
            <span>{t('decisions.followUpNow', { status: statusText })}</span>
          </p>
          {decision.followUpNote && <p className="after-decision__note">{decision.followUpNote}</p>}
        </div>
        <SpeakButton text={spoken} voice={decision.voice} />
      </div>

      <div className="after-decision__staff">
        <div
          className="after-decision__statuses"
          role="group"
          aria-label={t('decisions.change', { text: decision.text })}
        >
          {followUpStatuses.map((status: FollowUpStatus) => (
            <button
              key={status}
              type="button"
              className={`button after-decision__status-button after-decision__status-button--${status}`}
              aria-pressed={decision.followUp === status}
              disabled={busy}
              onClick={() =>
                decision.followUp !== status &&
                void run(
                  () => setFollowUp(decision.id, status),
                  t('decisions.statusSaved', { status: t(`followUp.${status}`) }),
                )
              }
            >
              <FollowUpSymbol status={status} size={26} />
              {t(`followUp.${status}`)}
            </button>
          ))}
        </div>
        <form
          className="after-decision__note-form"
          onSubmit={(event) => {
            event.preventDefault();
            void saveNote();
          }}
        >
          <FormField label={t('decisions.note')} hint={t('decisions.noteHint')} error={noteErrors.followUpNote}>
            {(control) => (
              <textarea
                {...control}
                rows={2}
                value={note}
                maxLength={longTextMax}
                onChange={(event) => setNote(event.target.value)}
              />
            )}
          </FormField>
          <button type="submit" className="button" disabled={busy}>
            {t('decisions.saveNote')}
          </button>
        </form>
        {shown && (
          <p className={shown.error ? 'form-error' : 'after-decision__saved'} role={shown.error ? 'alert' : 'status'}>
            {shown.text}
          </p>
        )}
      </div>
    </article>
  );
}
