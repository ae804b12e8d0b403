// Warns staff when this tablet's clock reads earlier than the newest stamp it has reached: the
// date was reset, or the clock ran ahead before. Either way edits here would be ordered wrongly
// against other tablets' edits, and a backup from here may be refused elsewhere.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockLooksWrong } from '../../domain/clock-safety';
import { useClockWallMs } from '../../storage/clock-query';

const dateTime = { dateStyle: 'long', timeStyle: 'short' } as const;

export function ClockWarning() {
  const { t } = useTranslation('settings');
  const newest = useClockWallMs();
  // Read once per visit to Settings: the notice is advice, not a live clock.
  const [nowMs] = useState(() => Date.now());
  if (newest == null || !clockLooksWrong(newest, nowMs)) return null;
  return (
    <div className="settings-storage settings-clock notice notice--warning" role="status">
      <p className="settings-storage__state">
        <span aria-hidden="true" className="settings-storage__shape">
          !
        </span>
        <strong>{t('storage.clockWrong.heading')}</strong>
      </p>
      <p>
        {t('storage.clockWrong.body', {
          now: new Date(nowMs),
          newest: new Date(newest),
          formatParams: { now: dateTime, newest: dateTime },
        })}
      </p>
    </div>
  );
}
