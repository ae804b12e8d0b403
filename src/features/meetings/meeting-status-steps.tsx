import { useTranslation } from 'react-i18next';
import { meetingStatuses, type MeetingStatus } from '../../domain/meeting';

/**
 * Where the meeting is in its life, as numbered steps. Done steps carry a check mark, the
 * current one a filled circle and the word "Nu": never colour alone.
 */
export function MeetingStatusSteps({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation('meetings');
  const current = meetingStatuses.indexOf(status);
  return (
    <ol className="meeting-steps" aria-label={t('hub.statusLabel')}>
      {meetingStatuses.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li
            key={step}
            className={`meeting-steps__step meeting-steps__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="meeting-steps__marker" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span className="meeting-steps__text">
              {/* Spaces between the parts, so a screen reader says "I gang, nu", not "I gangNu". */}
              <span className="meeting-steps__label">{t(`status.${step}`)}</span>
              {state === 'current' && (
                <>
                  <span className="visually-hidden">, </span>
                  <span className="meeting-steps__now">{t('hub.stepNow')}</span>
                </>
              )}
              {state === 'done' && <span className="visually-hidden"> {t('hub.stepDone')}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
