import { useTranslation } from 'react-i18next';
import { formatMegabytes } from '../../i18n/format';
import { ClockWarning } from './clock-warning';
import { usePersistentStorage, useStorageEstimate } from './storage-queries';

export function StorageSection() {
  const { t, i18n } = useTranslation('settings');
  const persistence = usePersistentStorage();
  const estimate = useStorageEstimate();
  const state = persistence.data;
  return (
    <section className="card settings-section" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('storage.heading')}</h2>
      <p>{t('storage.onTablet')}</p>
      {state === undefined ? (
        <p role="status">{t('loading', { ns: 'common' })}</p>
      ) : (
        <div className={`settings-storage notice ${state === 'persisted' ? '' : 'notice--warning'}`}>
          <p className="settings-storage__state">
            <span aria-hidden="true" className="settings-storage__shape">
              {state === 'persisted' ? '✓' : '!'}
            </span>
            <strong>{t(`storage.state.${state}`)}</strong>
          </p>
          <p>{t(`storage.advice.${state}`)}</p>
        </div>
      )}
      <ClockWarning />
      {estimate.data && (
        <p className="settings-storage__usage">
          {t('storage.usage', { used: formatMegabytes(estimate.data.usage, i18n.language) })}
        </p>
      )}
    </section>
  );
}
