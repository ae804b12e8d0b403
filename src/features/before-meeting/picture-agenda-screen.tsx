// "Før mødet": the agenda in pictures, for residents on the tablet and relatives on their
// phones. No staff menus: a big title, when and where in easy words, and one card per item.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AgendaItem } from '../../domain/agenda-item';
import { countNumbered, numberAgenda } from '../../domain/agenda-numbering';
import type { Meeting } from '../../domain/meeting';
import { joinSentences } from '../../domain/spoken-sentences';
import { useAgenda, useMeeting } from '../../storage/live-queries';
import { LanguageSwitch } from '../../ui/language-switch';
import { PictureView } from '../../ui/picture-view';
import { SpeakButton } from '../../ui/speak-button';
import { AgendaCard } from './agenda-card';
import { ReadAllButton } from './read-all-button';
import { easyEnd, easyStart } from './easy-when';
import { isPreview, paths, routes, useRouteParams } from '../../ui/paths';
import './picture-agenda-screen.css';

export function PictureAgendaScreen() {
  const { meetingId } = useRouteParams(routes.meetingBefore);
  const [search] = useSearchParams();
  const preview = isPreview(search);
  const { t } = useTranslation('before-meeting');
  const meeting = useMeeting(meetingId);
  const agenda = useAgenda(meetingId);

  useEffect(() => {
    const title = meeting ? meeting.title : t('title');
    document.title = `${title} – ${t('appName', { ns: 'common' })}`;
  }, [meeting, t]);

  return (
    <div className="picture-agenda">
      {preview && meetingId && (
        <div className="picture-agenda__preview-bar" role="region" aria-label={t('preview.label')}>
          <span>{t('preview.text')}</span>
          <Link to={paths.meetingAgenda(meetingId)}>{t('preview.back')}</Link>
        </div>
      )}
      <div className="picture-agenda__top">
        <Link className="picture-agenda__back" to={meetingId ? paths.meeting(meetingId) : paths.home()}>
          <span aria-hidden="true">←</span> {t('back')}
        </Link>
        <LanguageSwitch />
      </div>
      <main className="picture-agenda__main" id="main">
        {meeting === undefined || agenda === undefined ? (
          <p className="picture-agenda__message">{t('loading', { ns: 'common' })}</p>
        ) : meeting === null ? (
          <NotFound />
        ) : (
          <PictureAgenda meeting={meeting} agenda={agenda} />
        )}
      </main>
    </div>
  );
}

function NotFound() {
  const { t } = useTranslation('before-meeting');
  return (
    <div className="picture-agenda__empty">
      <PictureView picture={{ type: 'pictogram', id: 'dont-understand' }} size={160} decorative />
      <h1>{t('notFound.title')}</h1>
      <p className="picture-agenda__message">{t('notFound.body')}</p>
    </div>
  );
}

function PictureAgenda({ meeting, agenda }: { meeting: Meeting; agenda: AgendaItem[] }) {
  const { t, i18n } = useTranslation('before-meeting');
  const start = easyStart(meeting.startsAt, i18n.language, t);
  const end = easyEnd(meeting.endsAt, t);
  const place = meeting.location ? t('header.place', { place: meeting.location }) : null;
  const welcome = meeting.isOpen ? t('header.open') : null;
  const headerSpeech = joinSentences([meeting.title, start, end, place, welcome]);
  const [reading, setReading] = useState<number | null>(null);
  const numbers = numberAgenda(agenda);

  return (
    <>
      <header className="picture-agenda__header">
        <div className="picture-agenda__heading">
          <h1>{meeting.title}</h1>
          <SpeakButton text={headerSpeech} label={t('header.listen')} />
        </div>
        <ul className="picture-agenda__facts">
          <li>
            <PictureView picture={{ type: 'pictogram', id: 'calendar' }} size={56} decorative />
            <span>
              <strong>{start}</strong>
              <br />
              {end}
            </span>
          </li>
          {place && (
            <li>
              <PictureView picture={{ type: 'pictogram', id: 'house' }} size={56} decorative />
              <span>{place}</span>
            </li>
          )}
          {welcome && (
            <li>
              <PictureView picture={{ type: 'pictogram', id: 'welcome' }} size={56} decorative />
              <span>{welcome}</span>
            </li>
          )}
        </ul>
      </header>

      {agenda.length === 0 ? (
        <div className="picture-agenda__empty">
          <PictureView picture={{ type: 'pictogram', id: 'agenda' }} size={160} decorative />
          <p className="picture-agenda__message">{t('empty.text')}</p>
          <SpeakButton text={t('empty.text')} label={t('empty.listen')} />
        </div>
      ) : (
        <section aria-labelledby="picture-agenda-list-heading">
          <h2 id="picture-agenda-list-heading" className="picture-agenda__list-heading">
            {t('list.heading', { count: countNumbered(agenda) })}
          </h2>
          <ReadAllButton agenda={agenda} current={reading} onCurrent={setReading} />
          <ol className="picture-agenda__list" aria-labelledby="picture-agenda-list-heading" data-bench="agenda-ready">
            {agenda.map((item, index) => (
              <li key={item.id}>
                <AgendaCard item={item} number={numbers.get(item.id) ?? null} current={reading === index} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
