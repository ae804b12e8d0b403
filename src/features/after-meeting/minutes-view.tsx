import { useTranslation } from 'react-i18next';
import type { Minutes, MinutesPerson } from '../../domain/minutes';
import { MemberAvatar } from '../../ui/member-avatar';
import { PictureView } from '../../ui/picture-view';
import { choiceOptions } from '../../shared/voting/choice-options';
import { VoteResultView } from '../../shared/voting/vote-result-view';
import { formatDueDate, formatMeetingStart } from '../../i18n/format';
import { MinutesReadAll } from './minutes-read-all';

interface MinutesViewProps {
  minutes: Minutes;
  /** False when nobody recorded attendance: then "who was not there" would be wrong. */
  attendanceRecorded: boolean;
}

function People({ people }: { people: readonly MinutesPerson[] }) {
  const { t } = useTranslation('after-meeting');
  return (
    <ul className="minutes-people">
      {people.map((p) => (
        <li key={p.memberId} className="minutes-person">
          <MemberAvatar name={p.name} photoHash={p.photo} size={56} />
          <span className="minutes-person__name">{p.name}</span>
          <span className="minutes-person__role">{t(`minutes.role.${p.role}`)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The easy-read minutes, on screen and on paper. */
export function MinutesView({ minutes, attendanceRecorded }: MinutesViewProps) {
  const { t, i18n } = useTranslation('after-meeting');
  const lang = i18n.language;
  const { t: tVoting } = useTranslation('voting');

  return (
    <section className="minutes" aria-labelledby="minutes-heading">
      <header className="minutes__header">
        <PictureView
          picture={{ type: 'pictogram', id: 'minutes' }}
          decorative
          size={96}
          className="minutes__header-picture"
        />
        <div>
          <p className="minutes__council">{minutes.councilName}</p>
          <h2 id="minutes-heading" className="minutes__title">
            {t('minutes.heading')}: {minutes.title}
          </h2>
          <dl className="minutes__facts">
            <div>
              <dt>{t('minutes.when')}</dt>
              <dd>{formatMeetingStart(minutes.startsAt, lang)}</dd>
            </div>
            {minutes.location && (
              <div>
                <dt>{t('minutes.where')}</dt>
                <dd>{minutes.location}</dd>
              </div>
            )}
          </dl>
          <MinutesReadAll minutes={minutes} attendanceRecorded={attendanceRecorded} />
        </div>
      </header>

      <section className="minutes__attendance" aria-labelledby="minutes-present">
        <h3 id="minutes-present">{t('minutes.present')}</h3>
        {attendanceRecorded ? <People people={minutes.present} /> : <p>{t('minutes.attendanceMissing')}</p>}
        {attendanceRecorded && (
          <>
            <h3 id="minutes-absent">{t('minutes.absent')}</h3>
            {minutes.absent.length > 0 ? <People people={minutes.absent} /> : <p>{t('minutes.noneAbsent')}</p>}
          </>
        )}
      </section>

      {minutes.items.length === 0 ? (
        <p>{t('minutes.noItems')}</p>
      ) : (
        <ol className="minutes__items">
          {minutes.items.map((item) => (
            <li key={item.itemId} className="minutes-item">
              <div className="minutes-item__head">
                <PictureView
                  picture={item.picture ?? { type: 'pictogram', id: item.kind }}
                  decorative
                  size={96}
                  className="minutes-item__picture"
                />
                <div>
                  <p className="minutes-item__number">{t('minutes.item', { number: item.number })}</p>
                  <h3 className="minutes-item__title">{item.title}</h3>
                  {item.details && <p className="minutes-item__details">{item.details}</p>}
                </div>
              </div>
              {item.votes.map((vote) => (
                <div key={vote.voteId} className="minutes-vote">
                  <h4>{t('minutes.vote', { question: vote.question })}</h4>
                  <p className="minutes-vote__mode">{tVoting(`minutes.mode.${vote.mode}`)}</p>
                  <VoteResultView
                    result={vote.result}
                    decided={vote.decided}
                    options={choiceOptions(vote, tVoting)}
                    pictureSize={48}
                  />
                </div>
              ))}
              {item.decisions.map((d) => (
                <div key={d.decisionId} className="minutes-decision">
                  <PictureView picture={d.picture} decorative size={72} className="minutes-decision__picture" />
                  <div>
                    <p className="minutes-decision__label">{t('minutes.decision')}</p>
                    <p className="minutes-decision__text">{d.text}</p>
                    {d.responsibleName && <p>{t('decisions.who', { name: d.responsibleName })}</p>}
                    {d.dueDate && <p>{t('decisions.due', { date: formatDueDate(d.dueDate, lang) })}</p>}
                  </div>
                </div>
              ))}
              {item.kind === 'decision' && item.decisions.length === 0 && item.votes.length === 0 && (
                <p className="minutes-item__empty">{t('minutes.nothingDecided')}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="minutes__summary">{t('minutes.decisionCount', { count: minutes.decisionCount })}</p>
    </section>
  );
}
