// When sync has stopped for good (staff revoked this device, or the app must be updated), every
// staff screen says so in a slim banner at the top, in the flow, with the way to fix it. The
// resident-facing meeting screens and the sync screens themselves leave it out.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSyncStatus } from '../../sync/use-sync-status';
import { paths } from '../../ui/paths';
import './connect.css';

export function SyncStoppedBanner() {
  const { t } = useTranslation('connect');
  const { state } = useSyncStatus();
  if (state.kind !== 'revoked' && state.kind !== 'update-app') return null;
  const revoked = state.kind === 'revoked';
  return (
    <div className={`sync-stopped-banner ${revoked ? 'sync-stopped-banner--revoked' : ''}`} role="status">
      <span aria-hidden="true" className="sync-shape">
        {revoked ? '✕' : '⟳'}
      </span>
      <p>{revoked ? t('revoked.body') : t('updateApp.body')}</p>
      {revoked ? (
        <Link to={paths.syncSettings()} className="button">
          {t('revoked.connectAgain')}
        </Link>
      ) : (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('updateApp.reload')}
        </button>
      )}
    </div>
  );
}
