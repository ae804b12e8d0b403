import { useState } from 'react';
import { useBusyAction } from '../../ui/use-busy-action';

interface StaffMessage {
  text: string;
  error: boolean;
}

/**
 * What a staff button in meeting mode does when tapped: one action at a time (a double tap
 * acts once), and a failure becomes a message in the staff bar. A message belongs to the item
 * it was given on; a new item starts without it.
 */
export function useStaffAction(itemId: string | undefined) {
  const { busy, run: runOnce } = useBusyAction();
  const [message, setMessageFor] = useState<(StaffMessage & { itemId: string | undefined }) | null>(null);

  const setMessage = (next: StaffMessage | null) => setMessageFor(next ? { ...next, itemId } : null);

  async function run(action: () => Promise<void>, failure: string) {
    await runOnce(async () => {
      setMessage(null);
      try {
        await action();
      } catch {
        setMessage({ text: failure, error: true });
      }
    });
  }

  return {
    busy,
    run,
    message: message && message.itemId === itemId ? message : null,
    setMessage,
  };
}

export type StaffAction = ReturnType<typeof useStaffAction>;
