import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { maxClockAheadMs } from '../../domain/clock-safety';
import { exportBackupText, importBackupText, type ImportOutcome } from '../../storage/backup-file';
import { backupFileName } from './backup-file-name';
import { MergeConflictList } from './merge-conflict-list';

type ImportResult = ImportOutcome | { ok: false; reason: 'unreadable' };
type ImportFailure = Extract<ImportResult, { ok: false }>;

const dateTime = { dateStyle: 'long', timeStyle: 'short' } as const;

/** What the refusal needs to say: the other clock's date and the allowance, for a wrong clock. */
function refusalValues(result: ImportFailure) {
  // Which media file the gate refused, counted from 1 as staff would count.
  if (result.reason === 'refused-media') return { number: result.mediaNumber };
  if (result.reason !== 'future-stamps') return {};
  return {
    newestAt: new Date(result.newestAt),
    minutes: maxClockAheadMs / 60_000,
    formatParams: { newestAt: dateTime },
  };
}

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function BackupSection() {
  const { t } = useTranslation('settings');
  const importHintId = useId();
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<string>();
  const [exportFailed, setExportFailed] = useState(false);
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<ImportResult>();

  async function saveBackup() {
    setExportFailed(false);
    setExported(undefined);
    setExporting(true);
    try {
      const name = backupFileName(new Date());
      download(await exportBackupText(), name);
      setExported(name);
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  }

  async function loadBackup(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setResult(undefined);
    setImporting(true);
    try {
      let text: string;
      try {
        text = await file.text();
      } catch {
        setResult({ ok: false, reason: 'unreadable' });
        return;
      }
      // importBackupText answers every failure itself; this catch is for what it cannot foresee,
      // so the screen never goes back to idle without a word.
      setResult(await importBackupText(text).catch(() => ({ ok: false, reason: 'store-failed' }) as const));
    } finally {
      setImporting(false);
    }
  }

  return (
    <section className="card settings-section" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('backup.heading')}</h2>
      <p>{t('backup.intro')}</p>

      <h3>{t('backup.exportHeading')}</h3>
      <p>{t('backup.exportHint')}</p>
      <button type="button" className="button button--primary" onClick={saveBackup} disabled={exporting}>
        {exporting ? t('backup.exporting') : t('backup.export')}
      </button>
      <div aria-live="polite">
        {exported && (
          <p className="settings-result settings-result--ok" role="status">
            {t('backup.exported', { name: exported })}
          </p>
        )}
      </div>
      {exportFailed && (
        <p className="form-error" role="alert">
          {t('backup.exportFailed')}
        </p>
      )}

      <h3>{t('backup.importHeading')}</h3>
      <p id={importHintId}>{t('backup.importHint')}</p>
      <label className="button settings-file">
        <input
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          aria-describedby={importHintId}
          onChange={loadBackup}
          disabled={importing}
        />
        {t('backup.import')}
      </label>
      {importing && <p role="status">{t('backup.importing')}</p>}
      {result?.ok === true && (
        <p className="settings-result settings-result--ok" role="status">
          <span aria-hidden="true">✓ </span>
          {t('backup.imported', { records: result.records, count: result.media })}
        </p>
      )}
      {result?.ok === true && result.conflicts > 0 && (
        <p className="settings-result notice notice--warning" role="status">
          <span aria-hidden="true">! </span>
          {t('backup.conflicts', { count: result.conflicts })}
        </p>
      )}
      {result?.ok === true && result.ballotsLeftOut > 0 && (
        <p className="settings-result notice notice--warning" role="status">
          <span aria-hidden="true">! </span>
          {t('backup.ballotsLeftOut', { count: result.ballotsLeftOut })}
        </p>
      )}
      {result?.ok === false && (
        <p className="settings-result notice notice--error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t(`backup.error.${result.reason}`, refusalValues(result))}
        </p>
      )}
      <MergeConflictList />
    </section>
  );
}
