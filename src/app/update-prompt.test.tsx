import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { installFakeWebLocks } from '../testing/fake-web-locks';
import { sessionLockName } from './session-running';
import { UpdatePrompt } from './update-prompt';

// A new version is waiting (what vite-plugin-pwa's hook reports after it found one).
const updateServiceWorker = vi.fn(() => Promise.resolve());
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [true, vi.fn()],
    offlineReady: [false, vi.fn()],
    updateServiceWorker,
  }),
}));

let locks: ReturnType<typeof installFakeWebLocks>;
beforeEach(async () => {
  await initI18n('da');
  locks = installFakeWebLocks();
});
afterEach(() => {
  cleanup();
  locks.uninstall();
  updateServiceWorker.mockClear();
});

describe('UpdatePrompt', () => {
  it('updates when nothing is running anywhere', async () => {
    render(<UpdatePrompt sessionRunning={false} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Opdatér nu' }));
    expect(updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('offers nothing while this tab shows a meeting, an election or an evaluation', () => {
    render(<UpdatePrompt sessionRunning />);
    expect(screen.queryByRole('button', { name: 'Opdatér nu' })).not.toBeInTheDocument();
  });

  it('waits, and says why, while another tab has a session open', async () => {
    let endSession: (() => void) | undefined;
    void navigator.locks.request(sessionLockName, { mode: 'shared' }, () => new Promise<void>((r) => (endSession = r)));
    render(<UpdatePrompt sessionRunning={false} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Opdatér nu' }));
    expect(
      await screen.findByText(
        'Et møde, et valg eller en evaluering er i gang i en anden fane. Opdateringen venter, til det er slut.',
      ),
    ).toBeInTheDocument();
    expect(updateServiceWorker).not.toHaveBeenCalled();

    endSession?.();
    await userEvent.click(screen.getByRole('button', { name: 'Opdatér nu' }));
    expect(updateServiceWorker).toHaveBeenCalledWith(true);
  });
});
