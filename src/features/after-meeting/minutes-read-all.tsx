// "Læs hele referatet op": one button that reads the whole minutes in order, and stops
// when tapped again or when the screen is left. Not on paper.
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../domain/minutes';
import { ReadAllToggle } from '../../ui/read-all-toggle';
import { useMinutesSpeech } from './minutes-speech';

export function MinutesReadAll({ minutes, attendanceRecorded }: { minutes: Minutes; attendanceRecorded: boolean }) {
  const { t } = useTranslation('after-meeting');
  const speech = useMinutesSpeech();
  return (
    <ReadAllToggle
      className="minutes-read-all"
      items={() => speech(minutes, attendanceRecorded)}
      startLabel={t('readAll.start')}
      stopLabel={t('readAll.stop')}
    />
  );
}
