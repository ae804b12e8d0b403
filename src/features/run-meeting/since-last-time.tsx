// The "since last time" opening item: what the previous meeting decided and how far each
// decision has come, with a symbol and words for the status (never colour alone).
import { useTranslation } from 'react-i18next';
import type { FollowUpStatus } from '../../domain/decision';
import { joinSentences } from '../../domain/spoken-sentences';
import type { Meeting } from '../../domain/meeting';
import { formatInstantDate } from '../../i18n/format';
import { usePreviousMeeting } from '../../storage/previous-meeting-query';
import { MemberAvatar } from '../../ui/member-avatar';
import { PictureView } from '../../ui/picture-view';
import { SpeakButton } from '../../ui/speak-button';
import './since-last-time.css';

function StatusSymbol({ status }: { status: FollowUpStatus }) {
  return (
    <svg
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
      className={`since-status__symbol since-status__symbol--${status}`}
    >
      <circle cx="16" cy="16" r="13" />
      {status === 'done' && <path d="M9 16.5l5 5 9-10" className="since-status__mark" />}
      {status === 'in-progress' && <path d="M16 3a13 13 0 0 1 0 26z" className="since-status__half" />}
      {status === 'dropped' && <path d="M10 10l12 12M22 10L10 22" className="since-status__mark" />}
    </svg>
  );
}

export function SinceLastTime({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation('meeting-support');
  const previous = usePreviousMeeting(meeting);

  if (previous === undefined) return <p role="status">{t('sinceLastTime.loading')}</p>;
  if (previous === null) return <p className="since-last-time__empty">{t('sinceLastTime.noMeeting')}</p>;

  const date = formatInstantDate(previous.meeting.startsAt, i18n.language);
  const byId = new Map(previous.members.map((m) => [m.id, m]));

  return (
    <section className="since-last-time" aria-labelledby="since-last-time-heading">
      <h2 id="since-last-time-heading">{t('sinceLastTime.heading')}</h2>
      <p className="since-last-time__meeting">{t('sinceLastTime.meeting', { date })}</p>
      {previous.decisions.length === 0 ? (
        <p>{t('sinceLastTime.none')}</p>
      ) : (
        <ul className="since-last-time__list">
          {previous.decisions.map((decision) => {
            const status = t(`sinceLastTime.status.${decision.followUp}`);
            const responsible = decision.responsibleMemberId ? byId.get(decision.responsibleMemberId) : undefined;
            const who = responsible ? t('sinceLastTime.responsible', { name: responsible.displayName }) : undefined;
            const spoken = joinSentences([decision.text, who, status]);
            return (
              <li
                key={decision.id}
                className={`since-last-time__decision since-last-time__decision--${decision.followUp}`}
              >
                <PictureView picture={decision.picture} decorative size={80} />
                <div className="since-last-time__body">
                  <p className="since-last-time__text">{decision.text}</p>
                  {responsible && (
                    <p className="since-last-time__who">
                      <MemberAvatar name={responsible.displayName} photoHash={responsible.photo} size={36} />
                      <span>{who}</span>
                    </p>
                  )}
                  <p className="since-status">
                    <StatusSymbol status={decision.followUp} />
                    <span>{status}</span>
                  </p>
                  {decision.followUpNote && <p className="since-last-time__note">{decision.followUpNote}</p>}
                </div>
                <SpeakButton
                  text={spoken}
                  voice={decision.voice}
                  label={t('sinceLastTime.listen', { text: decision.text })}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
