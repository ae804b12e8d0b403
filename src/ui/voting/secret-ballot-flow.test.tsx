import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../testing/render';
import type { ChoiceOption } from './choice-options';
import { SecretBallotFlow, type FlowCastOutcome } from './secret-ballot-flow';

afterEach(() => cleanup());

const options: ChoiceOption[] = [
  { id: 'beach', label: 'Stranden', picture: { type: 'pictogram', id: 'swimming' } },
  { id: 'zoo', label: 'Zoologisk have', picture: { type: 'pictogram', id: 'pet' } },
];

function setup(onCast: (voterId: string, picked: string[], assisted: boolean) => Promise<FlowCastOutcome>, voted: string[] = []) {
  const voters = [
    { id: 'anna', name: 'Anna', voted: voted.includes('anna') },
    { id: 'bo', name: 'Bo', voted: voted.includes('bo') },
  ];
  renderScreen(
    <main>
      <h1>Sommerturen</h1>
      <p>Mødet kører</p>
      <SecretBallotFlow question="Hvor skal vi hen?" voters={voters} options={options} maxChoices={1} onCast={onCast} />
    </main>,
  );
}

describe('SecretBallotFlow', () => {
  it('goes from the voters to a private screen with only the options, then thanks and a clean hand-over', async () => {
    const user = userEvent.setup();
    const onCast = vi.fn(async () => ({ ok: true }) as const);
    setup(onCast);

    await user.click(await screen.findByRole('button', { name: /Anna/ }));
    const privateScreen = await screen.findByRole('dialog', { name: 'Hvor skal vi hen?' });
    expect(within(privateScreen).getAllByRole('button', { name: /Stranden|Zoologisk have/ })).toHaveLength(2);
    // Nothing of the meeting shows on the private screen; the rest of the page is inert.
    expect(within(privateScreen).queryByText('Mødet kører')).not.toBeInTheDocument();
    expect(screen.getByText('Mødet kører').closest('[inert]')).not.toBeNull();

    await user.click(within(privateScreen).getByRole('button', { name: 'Zoologisk have' }));
    expect(await screen.findByRole('heading', { name: 'Er du sikker?' })).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toHaveTextContent('Zoologisk have');
    await user.click(screen.getByRole('button', { name: 'Ja' }));

    expect(await screen.findByRole('heading', { name: 'Tak, din stemme er talt' })).toBeInTheDocument();
    expect(onCast).toHaveBeenCalledWith('anna', ['zoo'], false);
    expect(screen.getByRole('dialog')).not.toHaveTextContent('Zoologisk have');
    await user.click(screen.getByRole('button', { name: 'Videre' }));

    const handOver = await screen.findByTestId('ballot-hand-over');
    expect(within(handOver).getByRole('heading', { name: 'Giv tabletten videre' })).toBeInTheDocument();
    // The hand-over shows nothing of the previous choice: no label, no picture.
    expect(document.body).not.toHaveTextContent('Zoologisk have');
    expect(document.body).not.toHaveTextContent('Stranden');
    expect(document.querySelector('img[src*="/pet."]')).toBeNull();
    expect(document.querySelector('img[src*="/swimming."]')).toBeNull();

    await user.click(within(handOver).getByRole('button', { name: 'Næste person' }));
    expect(await screen.findByRole('heading', { name: 'Hvem stemmer nu?' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Mødet kører').closest('[inert]')).toBeNull();
  });

  it('shows the thank-you only after the ballot is stored', async () => {
    const user = userEvent.setup();
    let store: (outcome: FlowCastOutcome) => void = () => {};
    const onCast = vi.fn(() => new Promise<FlowCastOutcome>((resolve) => (store = resolve)));
    setup(onCast);
    await user.click(await screen.findByRole('button', { name: /Bo/ }));
    await user.click(await screen.findByRole('button', { name: 'Stranden' }));
    await user.click(await screen.findByRole('button', { name: 'Ja' }));
    expect(screen.queryByText('Tak, din stemme er talt')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ja' })).toBeDisabled();
    await act(async () => store({ ok: true }));
    expect(await screen.findByText('Tak, din stemme er talt')).toBeInTheDocument();
  });

  it('marks who has voted and does not let them pick themselves again', async () => {
    setup(vi.fn(async () => ({ ok: true }) as const), ['anna']);
    const anna = await screen.findByRole('button', { name: /Anna/ });
    expect(anna).toBeDisabled();
    expect(anna).toHaveTextContent('Har stemt');
    expect(screen.getByText('1 af 2 har stemt')).toBeInTheDocument();
  });

  it('says so when a second vote is refused, and returns to the voters', async () => {
    const user = userEvent.setup();
    setup(vi.fn(async () => ({ ok: false, reason: 'already-voted' }) as const));
    await user.click(await screen.findByRole('button', { name: /Bo/ }));
    await user.click(await screen.findByRole('button', { name: 'Stranden' }));
    await user.click(await screen.findByRole('button', { name: 'Ja' }));
    expect(await screen.findByText('Du har allerede stemt. Du kan kun stemme 1 gang.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tilbage' }));
    expect(await screen.findByRole('heading', { name: 'Hvem stemmer nu?' })).toBeInTheDocument();
  });

  it('passes "helped to vote" with the ballot when staff turned it on', async () => {
    const user = userEvent.setup();
    const onCast = vi.fn(async () => ({ ok: true }) as const);
    setup(onCast);
    await user.click(await screen.findByRole('button', { name: 'Hjælp til at stemme' }));
    expect(screen.getByRole('button', { name: 'Hjælp til at stemme' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: /Bo/ }));
    expect(await screen.findByText('Med hjælp')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zoologisk have' }));
    await user.click(await screen.findByRole('button', { name: 'Ja' }));
    await waitFor(() => expect(onCast).toHaveBeenCalledWith('bo', ['zoo'], true));
  });
});
