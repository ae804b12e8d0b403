import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = (error as { status?: number } | null)?.status === 404;
  return (
    <main className="staff-page__main" id="main">
      <h1>{notFound ? t('errorPage.notFoundTitle') : t('errorPage.title')}</h1>
      <p>{notFound ? t('notFound') : t('errorPage.body')}</p>
      <p className="button-row">
        <Link className="button button--primary" to="/">
          {t('nav.home')}
        </Link>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('errorPage.reload')}
        </button>
      </p>
    </main>
  );
}
