// Changes the server refused, held back on this device so the rest still syncs. Staff read what
// each is, why and when it was made, then Try again (it goes with the next sync) or Discard
// (asked first, saying what is lost). Shown only while something is held back.
import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClockTime, formatInstantDate } from '../../i18n/format';
import { database } from '../../storage/database';
import { discardHeldChange, retryAllHeldChanges, retryHeldChange } from '../../storage/held-changes';
import { useHeldChanges, type ListedHeldChange } from '../../storage/held-changes-query';
import { appSyncEngine } from '../../sync/use-sync-status';
import { InlineConfirm } from '../../ui/inline-confirm';
import { useBusyAction } from '../../ui/use-busy-action';

const reasonKeys: Record<string, ParseKeys<'connect'>> = {
  'invalid-record': 'heldBack.reasons.invalid-record',
  'malformed-stamp': 'heldBack.reasons.malformed-stamp',
  'bad-request': 'heldBack.reasons.bad-request',
  'too-large': 'heldBack.reasons.too-large',
  'unsupported-type': 'heldBack.reasons.unsupported-type',
  'unsafe-svg': 'heldBack.reasons.unsafe-svg',
};

function HeldItem({ change }: { change: ListedHeldChange }) {
  const { t, i18n } = useTranslation('connect');
  const { busy, run } = useBusyAction();
  const [failed, setFailed] = useState(false);
  const table = t(`tables.${change.table}`);
  const name = change.title ? t('heldBack.recordNamed', { table, title: change.title }) : table;

  const settle = async (step: () => Promise<void>) => {
    setFailed(false);
    try {
      await step();
      appSyncEngine().requestSync();
    } catch {
      setFailed(true);
    }
  };

  return (
    <li className="overwritten-entry">
      <p>
        <strong>{name}</strong>
      </p>
      <p>{t('heldBack.reason', { reason: t(reasonKeys[change.code] ?? 'heldBack.reasons.other') })}</p>
      <p className="overwritten-entry__when">
        {t('heldBack.made', {
          date: formatInstantDate(change.madeAt, i18n.language),
          time: formatClockTime(change.madeAt, i18n.language),
        })}
      </p>
      {!change.present && <p>{t('heldBack.notHere')}</p>}
      {change.message && (
        <details>
          <summary>{t('heldBack.technical')}</summary>
          <p lang="en">
            {change.code}: {change.message}
          </p>
        </details>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          aria-label={t('heldBack.retryName', { name })}
          onClick={() => void run(() => settle(() => retryHeldChange(database(), change.table, change.id)))}
        >
          {t('heldBack.retry')}
        </button>
        <InlineConfirm
          triggerLabel={t('heldBack.discard')}
          triggerAccessibleName={t('heldBack.discardName', { name })}
          question={t('heldBack.discardQuestion', { name })}
          confirmLabel={t('heldBack.discardConfirm')}
          onConfirm={() => settle(() => discardHeldChange(database(), change.table, change.id))}
        />
      </div>
      {failed && (
        <p className="form-error" role="alert">
          {t('heldBack.failed')}
        </p>
      )}
    </li>
  );
}

function RetryAll() {
  const { t } = useTranslation('connect');
  const { busy, run } = useBusyAction();
  return (
    <div className="button-row">
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            await retryAllHeldChanges(database());
            appSyncEngine().requestSync();
          })
        }
      >
        {t('heldBack.retryAll')}
      </button>
    </div>
  );
}

export function HeldChangesList() {
  const { t } = useTranslation('connect');
  const held = useHeldChanges();
  if (!held || held.length === 0) return null;
  return (
    <section className="card connect-card" aria-labelledby="connect-held-back">
      <h2 id="connect-held-back">{t('heldBack.heading')}</h2>
      <p>{t('heldBack.intro')}</p>
      <ul className="overwritten-list" aria-labelledby="connect-held-back">
        {held.map((change) => (
          <HeldItem key={`${change.table}/${change.id}`} change={change} />
        ))}
      </ul>
      {/* After the server is updated, many may go at once. */}
      {held.length > 1 && <RetryAll />}
    </section>
  );
}
