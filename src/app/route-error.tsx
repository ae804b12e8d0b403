// When a screen fails to load or crashes: the usual staff frame (header, one h1, main) with a
// plain explanation, the way home and a reload. A 404 from the router reads as "not found".
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { StaffPage } from '../ui/staff-page';
import { NotFoundScreen } from './not-found-screen';
import { paths } from '../ui/paths';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundScreen />;
  return (
    <StaffPage title={t('errorPage.title')}>
      <p>{t('errorPage.body')}</p>
      <p className="button-row">
        <Link className="button button--primary" to={paths.home()}>
          {t('nav.home')}
        </Link>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('errorPage.reload')}
        </button>
      </p>
    </StaffPage>
  );
}
