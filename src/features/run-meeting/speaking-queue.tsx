// "Jeg vil gerne sige noget": residents tap their own photo to join the speaking queue;
// everyone sees who has the word and who is next; staff mark a speaker done.
import { useTranslation } from 'react-i18next';
import type { Member } from '../../domain/member';
import { MemberAvatar } from '../../ui/member-avatar';
import { say } from '../../ui/say';
import { speak } from '../../ui/speech';
import { useRecordings } from '../../ui/use-recordings';
import { possessive } from './possessive';
import { joinQueue, leaveQueue } from './speaking-queue-state';
import { StaffDialog } from '../../ui/staff-dialog';

interface SpeakingQueueProps {
  /** Who can ask for the word: the members present (all members when no one is marked). */
  candidates: readonly Member[];
  queue: readonly string[];
  onChange: (queue: string[]) => void;
  onClose: () => void;
}

export function SpeakingQueueDialog({ candidates, queue, onChange, onClose }: SpeakingQueueProps) {
  const { t, i18n } = useTranslation('meeting-support');
  const byId = new Map(candidates.map((m) => [m.id, m]));
  const voices = useRecordings(candidates.map((m) => m.nameVoice));
  const waiting = queue.map((id) => byId.get(id)).filter((m): m is Member => m !== undefined);

  function join(member: Member) {
    const recording = member.nameVoice ? voices.get(member.nameVoice) : undefined;
    const position = queue.includes(member.id) ? queue.indexOf(member.id) + 1 : queue.length + 1;
    const sentence =
      position === 1
        ? t('queue.spokenFirst', { name: member.displayName })
        : t('queue.spokenJoined', { name: member.displayName, count: position - 1 });
    // A recorded name is played at the tap; otherwise the whole sentence is read.
    if (recording) say({ text: sentence, recording }, i18n.language);
    else speak(sentence, i18n.language);
    onChange(joinQueue(queue, member.id));
  }

  function done(member: Member) {
    const next = leaveQueue(queue, member.id);
    onChange(next);
    const nextMember = next[0] ? byId.get(next[0]) : undefined;
    if (nextMember)
      speak(t('queue.spokenTurn', { owner: possessive(nextMember.displayName, i18n.language) }), i18n.language);
  }

  return (
    <StaffDialog title={t('queue.title')} onClose={onClose} wide>
      <p className="support-queue__hint">{t('queue.hint')}</p>
      {candidates.length === 0 ? (
        <p className="notice">{t('queue.noMembers')}</p>
      ) : (
        <ul className="support-queue__people">
          {candidates.map((member) => {
            const place = queue.indexOf(member.id);
            return (
              <li key={member.id}>
                <button
                  type="button"
                  className={`support-queue__person${place >= 0 ? ' support-queue__person--waiting' : ''}`}
                  aria-pressed={place >= 0}
                  aria-label={
                    place >= 0
                      ? t('queue.inQueueLabel', { name: member.displayName, number: place + 1 })
                      : member.displayName
                  }
                  onClick={() => join(member)}
                >
                  <span className="support-queue__photo">
                    <MemberAvatar name={member.displayName} photoHash={member.photo} size={96} />
                    {place >= 0 && (
                      <span className="support-queue__place" aria-hidden="true">
                        {place + 1}
                      </span>
                    )}
                  </span>
                  <span className="support-queue__name">{member.displayName}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <h3 className="support-queue__heading">{t('queue.listHeading')}</h3>
      {waiting.length === 0 ? (
        <p>{t('queue.empty')}</p>
      ) : (
        <ol className="support-queue__list">
          {waiting.map((member, index) => (
            <li
              key={member.id}
              className={index === 0 ? 'support-queue__entry support-queue__entry--now' : 'support-queue__entry'}
            >
              <MemberAvatar name={member.displayName} photoHash={member.photo} size={56} />
              <span className="support-queue__entry-text">
                {index === 0
                  ? t('queue.now', { name: member.displayName })
                  : t('queue.next', { name: member.displayName })}
              </span>
              <button
                type="button"
                className="button support-queue__done"
                aria-label={t('queue.doneLabel', { name: member.displayName })}
                onClick={() => done(member)}
              >
                {t('queue.done')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </StaffDialog>
  );
}

/** The queue in the support strip: small photos of who has the word and who is next. */
export function QueuePreview({ members }: { members: readonly Member[] }) {
  const { t } = useTranslation('meeting-support');
  if (members.length === 0) return null;
  return (
    <ol className="support-strip__queue" aria-label={t('queue.listHeading')}>
      {members.slice(0, 4).map((member, index) => (
        <li key={member.id} className={index === 0 ? 'support-strip__queue-now' : undefined}>
          <MemberAvatar
            name={member.displayName}
            photoHash={member.photo}
            size={index === 0 ? 48 : 36}
            decorative={false}
          />
        </li>
      ))}
      {members.length > 4 && <li className="support-strip__queue-more">+{members.length - 4}</li>}
    </ol>
  );
}
