import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../domain/agenda-item';
import { renderScreen } from '../../testing/render';
import { ItemTimer } from './item-timer';

const item: AgendaItem = {
  id: 'item-1',
  meetingId: 'meeting-1',
  kind: 'discussion',
  title: 'Sommertur til stranden?',
  plannedMinutes: 10,
  order: 1,
};

function showTimer() {
  renderScreen(<ItemTimer meetingId="meeting-1" item={item} />);
}

describe('ItemTimer', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    cleanup();
    sessionStorage.clear();
  });

  it('before it starts shows an empty outline with a play triangle, not a full disc, and says so', async () => {
    showTimer();
    const disc = await screen.findByRole('img', { name: 'Tiden er ikke startet. Punktet varer cirka 10 minutter.' });
    const timer = screen.getByTestId('item-timer');
    expect(timer).toHaveAttribute('data-look', 'not-started');
    expect(disc.querySelector('.item-timer__play')).not.toBeNull();
    expect(disc.querySelector('.item-timer__left')).toBeNull();
    expect(screen.getByText('Ikke startet')).toBeInTheDocument();
  });

  it('running shows the coloured disc; paused adds pause bars and says how much is left', async () => {
    const user = userEvent.setup();
    showTimer();
    await user.click(await screen.findByRole('button', { name: 'Start tid' }));

    const running = screen.getByRole('img', { name: 'Cirka 10 minutter tilbage' });
    expect(screen.getByTestId('item-timer')).toHaveAttribute('data-look', 'running');
    expect(running.querySelector('.item-timer__left')).not.toBeNull();
    expect(running.querySelector('.item-timer__play')).toBeNull();
    expect(running.querySelector('.item-timer__pause')).toBeNull();
    expect(screen.getByText('Tiden går')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Pause tid' }));
    const paused = screen.getByRole('img', { name: 'Tiden er sat på pause. Cirka 10 minutter tilbage.' });
    expect(screen.getByTestId('item-timer')).toHaveAttribute('data-look', 'paused');
    expect(paused.querySelector('.item-timer__pause')).not.toBeNull();
    expect(screen.getByText('På pause')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fortsæt tid' })).toBeInTheDocument();
  });

  it('when the time is up shows an empty ring with a bell and the words', async () => {
    sessionStorage.setItem(
      'raadet.timer.meeting-1.item-1',
      JSON.stringify({ usedMs: 11 * 60_000, runningSince: null }),
    );
    showTimer();
    const disc = await screen.findByRole('img', { name: 'Tiden er gået' });
    expect(screen.getByTestId('item-timer')).toHaveAttribute('data-look', 'over');
    expect(disc.querySelector('.item-timer__bell')).not.toBeNull();
    expect(disc.querySelector('.item-timer__left')).toBeNull();
    expect(screen.getByText('Tiden er gået')).toBeInTheDocument();
  });
});
