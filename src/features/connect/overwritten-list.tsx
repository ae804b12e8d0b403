// Values a sync overwrote while another device had changed them too (the server's log). Staff
// read what the field became and what was lost, then Restore (an ordinary edit of that field
// here, which syncs) or Keep; either way the entry is settled and leaves the list.
import type connectStrings from '../../i18n/locales/da/connect.json';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictTitle } from '../../domain/merge-conflict';
import { travelOf } from '../../domain/table-registry';
import type { OverwrittenEntry } from '../../domain/sync-protocol';
import { formatClockTime, formatInstantDate } from '../../i18n/format';
import { useSyncedRecord } from '../../storage/sync-connection-query';
import { useBusyAction } from '../../ui/use-busy-action';
import { accessErrorKey } from './access-error-text';
import { useOverwritten, useSettleOverwritten, type EnrolledConnection } from './access-queries';
import { describeValue } from './overwritten-value';
import { restoreOverwritten } from './restore-overwritten';

type FieldKey = `fields.${keyof (typeof connectStrings)['fields']}`;

function EntryItem({ entry, connection }: { entry: OverwrittenEntry; connection: EnrolledConnection }) {
  const { t, i18n } = useTranslation('connect');
  const record = useSyncedRecord(entry.table, entry.recordId);
  const settle = useSettleOverwritten(connection);
  const { busy, run } = useBusyAction();
  const [error, setError] = useState<string>();
  const title = record ? conflictTitle({ local: record as Record<string, unknown>, incoming: {} }) : undefined;
  const table = t(`tables.${entry.table}`);
  const name = title ? t('overwritten.recordNamed', { table, title }) : table;
  // Fields without a plain-word name (rare, technical ones) show as they are called.
  const fieldKey = `fields.${entry.field}`;
  const field = i18n.exists(fieldKey, { ns: 'connect' }) ? t(fieldKey as FieldKey) : entry.field;
  // An insert-only fact (who has voted) keeps what was recorded first: restoring could not change it.
  const recordedOnce = travelOf(entry.table) === 'insert-only';
  const restorable = Boolean(record) && !entry.field.startsWith('_') && !recordedOnce;

  const act = (restore: boolean) =>
    void run(async () => {
      setError(undefined);
      if (restore) {
        const outcome = await restoreOverwritten(entry);
        if (!outcome.ok) return setError(t(`overwritten.restoreFailed.${outcome.reason}`));
      }
      try {
        await settle.mutateAsync(entry.id);
      } catch (failure) {
        setError(t(accessErrorKey(failure)));
      }
    });

  return (
    <li className="overwritten-entry">
      <p>
        <strong>{name}</strong>
      </p>
      <p>
        {t(recordedOnce ? 'overwritten.keptFirst' : 'overwritten.became', {
          field,
          value: describeValue(entry.winner, t, i18n.language),
        })}
        <br />
        {t('overwritten.lost', { value: describeValue(entry.value, t, i18n.language) })}
      </p>
      <p className="overwritten-entry__when">
        {t(entry.deviceName ? 'overwritten.whenBy' : 'overwritten.when', {
          date: formatInstantDate(entry.at, i18n.language),
          time: formatClockTime(entry.at, i18n.language),
          device: entry.deviceName,
        })}
      </p>
      {record === null && <p>{t('overwritten.notHere')}</p>}
      <div className="button-row">
        {restorable && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            aria-label={t('overwritten.restoreName', { field, name })}
            onClick={() => act(true)}
          >
            {t('overwritten.restore')}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-label={t('overwritten.keepName', { field, name })}
          onClick={() => act(false)}
        >
          {t('overwritten.keep')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

export function OverwrittenList({ connection }: { connection: EnrolledConnection }) {
  const { t } = useTranslation('connect');
  const list = useOverwritten(connection);
  const entries = list.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <section className="card connect-card" aria-labelledby="connect-overwritten">
      <h2 id="connect-overwritten">{t('overwritten.heading')}</h2>
      <p>{t('overwritten.intro')}</p>
      {list.isPending ? (
        <p role="status">{t('loading', { ns: 'common' })}</p>
      ) : list.isError ? (
        <p className="form-error" role="alert">
          {t(accessErrorKey(list.error))}
        </p>
      ) : entries.length === 0 ? (
        <p>
          <span aria-hidden="true">✓ </span>
          {t('overwritten.none')}
        </p>
      ) : (
        <>
          <ul className="overwritten-list" aria-labelledby="connect-overwritten">
            {entries.map((entry) => (
              <EntryItem key={entry.id} entry={entry} connection={connection} />
            ))}
          </ul>
          {list.hasNextPage && (
            <div className="button-row">
              <button
                type="button"
                className="button"
                disabled={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                {t('overwritten.more')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
