import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../ui/paths';

/** Where the facility's devices share one council: the Sync screen. */
export function SyncSection() {
  const { t } = useTranslation('settings');
  return (
    <section className="card settings-section" aria-labelledby="settings-sync">
      <h2 id="settings-sync">{t('sync.heading')}</h2>
      <p>{t('sync.intro')}</p>
      <Link to={paths.syncSettings()} className="button">
        {t('sync.open')}
      </Link>
    </section>
  );
}
