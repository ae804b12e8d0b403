import { localCalendarDay } from '../../i18n/format';

/** `raadet-backup-YYYY-MM-DD.json`, dated by the tablet's own calendar day. */
export function backupFileName(now: Date): string {
  return `raadet-backup-${localCalendarDay(now)}.json`;
}
