// Another tablet that has only what syncs: every synced table of this device, copied through a
// backup, without the tables that never leave a tablet (secret ballots, evaluation answers).
// Afterwards the second device's database is the current one.
import { backupPlainTableNames } from '../domain/table-registry';
import { exportBackupText, importBackupText } from '../storage/backup-file';
import type { RaadetDatabase } from '../storage/database';
import { freshDatabase } from './render';

export async function openSecondDevice(): Promise<RaadetDatabase> {
  const backup = JSON.parse(await exportBackupText()) as { plainTables: Record<string, unknown[]> };
  for (const name of backupPlainTableNames) backup.plainTables[name] = [];
  const db = freshDatabase();
  const outcome = await importBackupText(JSON.stringify(backup));
  if (!outcome.ok) throw new Error(`second device refused the copy: ${outcome.reason}`);
  return db;
}
