// After setup or enrolment: what happened, and where to go next. Focus moves here so a screen
// reader hears it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../ui/paths';

export function ConnectedNotice({ spaceName, asAdmin = false }: { spaceName: string; asAdmin?: boolean }) {
  const { t } = useTranslation('connect');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card connect-card notice" aria-labelledby="connect-done">
      <h2 id="connect-done" ref={heading} tabIndex={-1}>
        <span aria-hidden="true" className="sync-shape">
          ✓
        </span>{' '}
        {t('connected.heading', { spaceName })}
      </h2>
      <p>{t('connected.dataGoes')}</p>
      <p>{asAdmin ? t('connected.nextAdmin') : t('connected.next')}</p>
      <div className="button-row">
        <Link to={paths.syncSettings()} className="button button--primary">
          {t('connected.toSync')}
        </Link>
        <Link to={paths.home()} className="button">
          {t('connected.toHome')}
        </Link>
      </div>
    </section>
  );
}
