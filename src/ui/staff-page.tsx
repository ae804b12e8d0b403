import { useContext, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './language-switch';
import { paths } from './paths';
import { StaffHeaderStatus } from './staff-header-status';
import './staff-page.css';

interface StaffPageProps {
  title: string;
  /** Where "back" leads; omitted on the home screen. */
  backTo?: string;
  backLabel?: string;
  actions?: ReactNode;
  children: ReactNode;
}

/** The frame of every staff screen: header, one h1, main landmark. */
export function StaffPage({ title, backTo, backLabel, actions, children }: StaffPageProps) {
  const { t } = useTranslation();
  const status = useContext(StaffHeaderStatus);
  useEffect(() => {
    document.title = `${title} – ${t('appName')}`;
  }, [title, t]);
  return (
    <div className="staff-page">
      <header className="staff-page__header">
        <Link to={paths.home()} className="staff-page__brand">
          <img src="/icons/icon.svg" alt="" width={36} height={36} />
          <span>{t('appName')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="staff-page__nav">
          {status}
          <Link to={paths.settings()} className="button button--quiet">
            {t('nav.settings')}
          </Link>
          <LanguageSwitch />
        </nav>
      </header>
      <main className="staff-page__main" id="main">
        {backTo && (
          <Link to={backTo} className="staff-page__back">
            ← {backLabel ?? t('actions.back')}
          </Link>
        )}
        <div className="staff-page__title-row">
          <h1>{title}</h1>
          {actions && <div className="button-row">{actions}</div>}
        </div>
        {children}
      </main>
    </div>
  );
}
