// What a staff screen shows while its record loads from IndexedDB, and when the record does
// not exist (a deleted council, an old link): never a blank page.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StaffPage } from './staff-page';
import { paths } from './paths';

export function StaffLoading({ title, backLabel }: { title: string; backLabel?: string }) {
  const { t } = useTranslation();
  return (
    <StaffPage title={title} backTo={paths.home()} backLabel={backLabel ?? t('nav.home')}>
      <p role="status">{t('loading')}</p>
    </StaffPage>
  );
}

export function StaffNotFound({ title, body, homeLabel }: { title: string; body: string; homeLabel?: string }) {
  const { t } = useTranslation();
  const home = homeLabel ?? t('nav.home');
  return (
    <StaffPage title={title} backTo={paths.home()} backLabel={home}>
      <p>{body}</p>
      <p>
        <Link to={paths.home()} className="button button--primary">
          {home}
        </Link>
      </p>
    </StaffPage>
  );
}
