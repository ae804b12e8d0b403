/** `raadet-backup-YYYY-MM-DD.json`, dated by the tablet's own calendar day. */
export function backupFileName(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `raadet-backup-${y}-${m}-${d}.json`;
}
