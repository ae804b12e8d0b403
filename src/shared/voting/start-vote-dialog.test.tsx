import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../testing/render';
import { StartVoteDialog } from './start-vote-dialog';
import type { VoteSetup } from './vote-actions';

afterEach(() => cleanup());

function renderDialog(onStart: (question: string, setup: VoteSetup) => Promise<void>) {
  renderScreen(
    <StartVoteDialog defaultQuestion="Sommerturen" defaultTieRule="draw-lots" onStart={onStart} onClose={() => {}} />,
  );
  return screen.findByRole('dialog', { name: 'Start afstemning' });
}

describe('starting a vote', () => {
  it('starts one vote on a double tap, with the question and the council tie rule', async () => {
    const user = userEvent.setup();
    let finish = () => {};
    const onStart = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const dialog = await renderDialog(onStart);
    const start = within(dialog).getByRole('button', { name: 'Start afstemningen' });
    await user.dblClick(start);
    expect(start).toBeDisabled();
    finish();
    await waitFor(() => expect(start).toBeEnabled());
    expect(onStart).toHaveBeenCalledTimes(1);
    expect(onStart).toHaveBeenCalledWith('Sommerturen', { kind: 'yes-no', mode: 'open', tieRule: 'draw-lots' });
  });

  it('says what is missing in the options and starts nothing', async () => {
    const user = userEvent.setup();
    const onStart = vi.fn(async () => {});
    const dialog = await renderDialog(onStart);
    await user.click(within(dialog).getByRole('radio', { name: 'Vælg 1 mulighed' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Navn på mulighed 1' }), 'Stranden');
    await user.click(within(dialog).getByRole('button', { name: 'Start afstemningen' }));
    expect(await within(dialog).findAllByText('Vælg et billede.')).toHaveLength(2);
    expect(within(dialog).getByRole('textbox', { name: 'Navn på mulighed 2' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('textbox', { name: 'Navn på mulighed 1' })).not.toHaveAttribute('aria-invalid');
    expect(onStart).not.toHaveBeenCalled();
  });

  it('says so when the vote could not be started, and can be tried again', async () => {
    const user = userEvent.setup();
    const onStart = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValueOnce(undefined);
    const dialog = await renderDialog(onStart);
    const start = within(dialog).getByRole('button', { name: 'Start afstemningen' });
    await user.click(start);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Afstemningen blev ikke startet. Prøv igen.');
    await user.click(start);
    await waitFor(() => expect(onStart).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());
  });

  it('offers spoken choices only for a secret vote, off unless staff tick it', async () => {
    const user = userEvent.setup();
    const onStart = vi.fn(async () => {});
    const dialog = await renderDialog(onStart);
    const spoken = () => within(dialog).queryByRole('checkbox', { name: 'Læs valget højt, når en person trykker' });
    expect(spoken()).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: /^Hemmeligt på tabletten/ }));
    expect(spoken()).not.toBeChecked();
    expect(spoken()).toHaveAccessibleDescription(/Kun når tabletten har høretelefoner/);

    await user.click(within(dialog).getByRole('button', { name: 'Start afstemningen' }));
    await waitFor(() => expect(onStart).toHaveBeenCalledTimes(1));
    expect(onStart).toHaveBeenLastCalledWith('Sommerturen', { kind: 'yes-no', mode: 'secret', tieRule: 'draw-lots' });
  });

  it('starts a secret vote with spoken choices when staff tick it for headphones', async () => {
    const user = userEvent.setup();
    const onStart = vi.fn(async () => {});
    const dialog = await renderDialog(onStart);
    await user.click(within(dialog).getByRole('radio', { name: /^Hemmeligt på tabletten/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Læs valget højt, når en person trykker' }));
    await user.click(within(dialog).getByRole('button', { name: 'Start afstemningen' }));
    await waitFor(() => expect(onStart).toHaveBeenCalledTimes(1));
    expect(onStart).toHaveBeenLastCalledWith('Sommerturen', {
      kind: 'yes-no',
      mode: 'secret',
      tieRule: 'draw-lots',
      spokenChoices: true,
    });
  });
});
