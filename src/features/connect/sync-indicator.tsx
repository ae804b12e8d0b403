// The small sync status in every staff screen's header: a shape and a word, linking to the Sync
// screen. A device that works alone (never connected) shows nothing.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../ui/paths';
import { useSyncStatus } from '../../sync/use-sync-status';
import { syncSummary } from './sync-summary';
import './connect.css';

export function SyncIndicator() {
  const { t } = useTranslation();
  const summary = syncSummary(useSyncStatus());
  if (summary.kind === 'alone') return null;
  return (
    <Link
      to={paths.syncSettings()}
      className={`button button--quiet sync-indicator sync-indicator--${summary.tone}`}
      aria-label={t('syncIndicator.name', { status: t(`syncIndicator.${summary.kind}`, { count: summary.count }) })}
    >
      <span aria-hidden="true" className="sync-shape">
        {summary.icon}
      </span>
      <span aria-hidden="true">{t(`syncIndicator.${summary.kind}`, { count: summary.count })}</span>
    </Link>
  );
}
