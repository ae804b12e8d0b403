// Another tablet that has only what syncs: every synced table of this device, copied through a
// backup, which never holds the tables that never leave a tablet (secret ballots, evaluation
// answers). Afterwards the second device's database is the current one.
import { exportBackupText, importBackupText } from '../storage/backup-file';
import type { RaadetDatabase } from '../storage/database';
import { freshDatabase } from './render';

export async function openSecondDevice(): Promise<RaadetDatabase> {
  const text = await exportBackupText();
  const db = freshDatabase();
  const outcome = await importBackupText(text);
  if (!outcome.ok) throw new Error(`second device refused the copy: ${outcome.reason}`);
  return db;
}
