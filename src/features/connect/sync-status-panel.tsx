// The Sync screen's status at a glance: a shape and words (never colour alone), when the last
// sync went through, a progress bar while a big pull comes in, and "Sync now".
import { useTranslation } from 'react-i18next';
import { formatClockTime, formatInstantDate } from '../../i18n/format';
import type { SyncStatus } from '../../sync/sync-status';
import { appSyncEngine } from '../../sync/use-sync-status';
import { syncSummary } from './sync-summary';

function LastSync({ at }: { at: string | undefined }) {
  const { t, i18n } = useTranslation('connect');
  if (!at) return <p>{t('status.neverSynced')}</p>;
  const time = formatClockTime(at, i18n.language);
  const date = formatInstantDate(at, i18n.language);
  const today = date === formatInstantDate(new Date().toISOString(), i18n.language);
  return <p>{today ? t('status.lastSyncToday', { time }) : t('status.lastSyncOn', { date, time })}</p>;
}

export function SyncStatusPanel({ status }: { status: SyncStatus }) {
  const { t } = useTranslation('connect');
  const summary = syncSummary(status);
  const problem = status.state.kind === 'problem' ? status.state.problem : undefined;
  const canSync = !['revoked', 'update-app', 'not-enrolled'].includes(status.state.kind);
  return (
    <div className={`sync-status sync-status--${summary.tone}`}>
      <p className="sync-status__state" role="status">
        <span aria-hidden="true" className="sync-shape">
          {summary.icon}
        </span>
        <strong>{t(`status.${summary.kind}`, { count: summary.count })}</strong>
      </p>
      {problem && <p>{t(`status.problemDetail.${problem}`)}</p>}
      {summary.kind === 'clock-ahead' && <p>{t('status.clockAheadDetail')}</p>}
      {status.heldBack > 0 && <p>{t('status.heldBackDetail', { count: status.heldBack })}</p>}
      {summary.kind === 'offline' && status.pending > 0 && (
        <p>{t('status.offlineWaiting', { count: status.pending })}</p>
      )}
      {status.pull && (
        <div className="sync-status__pull">
          <label htmlFor="sync-pull-progress">{t('status.pullProgress', { count: status.pull.records })}</label>
          {/* The server does not say how many records are left: the bar shows that it moves. */}
          <progress id="sync-pull-progress" />
        </div>
      )}
      <LastSync at={status.lastSuccessAt} />
      {canSync && (
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => appSyncEngine().requestSync()}>
            {t('status.syncNow')}
          </button>
        </div>
      )}
    </div>
  );
}
