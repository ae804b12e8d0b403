import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSpeech, fakeVoice } from '../../testing/fake-speech-synthesis';
import { renderScreen } from '../../testing/render';
import { MediaContext, type MediaResolver } from '../../ui/media-context';
import { setSpeechService } from '../../ui/speech';
import type { ChoiceOption } from './choice-options';
import { SecretBallotFlow, type FlowCastOutcome } from './secret-ballot-flow';

afterEach(() => {
  cleanup();
  setSpeechService(null);
});

const options: ChoiceOption[] = [
  { id: 'beach', label: 'Stranden', picture: { type: 'pictogram', id: 'swimming' } },
  { id: 'zoo', label: 'Zoologisk have', picture: { type: 'pictogram', id: 'pet' } },
];

/** Every option's recording is a few bytes of audio; which hash was played is in `played`. */
const recordedVoices: MediaResolver = async (hash) => ({
  bytes: new TextEncoder().encode(hash).buffer,
  mime: 'audio/mp4',
});

const voiced: ChoiceOption[] = [
  { ...options[0]!, voice: 'a'.repeat(64) },
  { ...options[1]!, voice: 'b'.repeat(64) },
];

const yesNo: ChoiceOption[] = [
  { id: 'yes', label: 'Ja', picture: { type: 'pictogram', id: 'yes' }, variant: 'yes' },
  { id: 'no', label: 'Nej', picture: { type: 'pictogram', id: 'no' }, variant: 'no' },
  { id: 'dont-know', label: 'Ved ikke', picture: { type: 'pictogram', id: 'dont-know' }, variant: 'neutral' },
];

function setup(
  onCast: (voterId: string, picked: string[], assisted: boolean) => Promise<FlowCastOutcome>,
  voted: string[] = [],
  choices: ChoiceOption[] = options,
  { spokenChoices, maxChoices = 1 }: { spokenChoices?: boolean; maxChoices?: number } = {},
) {
  const voters = [
    { id: 'anna', name: 'Anna', voted: voted.includes('anna') },
    { id: 'bo', name: 'Bo', voted: voted.includes('bo') },
  ];
  renderScreen(
    <main>
      <h1>Sommerturen</h1>
      <p>Mødet kører</p>
      <MediaContext.Provider value={recordedVoices}>
        <SecretBallotFlow
          question="Hvor skal vi hen?"
          voters={voters}
          options={choices}
          maxChoices={maxChoices}
          onCast={onCast}
          {...(spokenChoices === undefined ? {} : { spokenChoices })}
        />
      </MediaContext.Provider>
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
    await user.click(screen.getByRole('button', { name: 'Det er min stemme' }));

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
    await user.click(await screen.findByRole('button', { name: 'Det er min stemme' }));
    expect(screen.queryByText('Tak, din stemme er talt')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Det er min stemme' })).toBeDisabled();
    await act(async () => store({ ok: true }));
    expect(await screen.findByText('Tak, din stemme er talt')).toBeInTheDocument();
  });

  it('marks who has voted and does not let them pick themselves again', async () => {
    setup(
      vi.fn(async () => ({ ok: true }) as const),
      ['anna'],
    );
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
    await user.click(await screen.findByRole('button', { name: 'Det er min stemme' }));
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
    await user.click(await screen.findByRole('button', { name: 'Det er min stemme' }));
    await waitFor(() => expect(onCast).toHaveBeenCalledWith('bo', ['zoo'], true));
  });

  it('confirms a "Nej" with pictures and words of its own, never the "Ja" tick or the "Gentag" arrows, and says both answers', async () => {
    const user = userEvent.setup();
    const { synth, service } = fakeSpeech([fakeVoice('Sara', 'da-DK')]);
    setSpeechService(service);
    const onCast = vi.fn(async () => ({ ok: true }) as const);
    setup(onCast, [], yesNo);
    await user.click(await screen.findByRole('button', { name: /Anna/ }));
    await user.click(await screen.findByRole('button', { name: 'Nej' }));

    const confirm = await screen.findByRole('dialog', { name: 'Er du sikker?' });
    // The choice, large: its picture and word, as a picture to look at, not a button.
    const chosen = within(confirm).getByRole('list', { name: 'Det har du valgt' });
    expect(chosen).toHaveTextContent('Nej');
    expect(chosen.querySelector('img[src*="/no."]')).not.toBeNull();
    const buttons = within(confirm)
      .getAllByRole('button')
      .filter((b) => !b.closest('.ballot-flow__title-row'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Det er min stemme', 'Jeg vil vælge igen']);
    expect(within(confirm).queryByRole('button', { name: /^(Ja|Tilbage|Gentag)$/ })).not.toBeInTheDocument();
    expect(confirm.querySelector('img[src*="/yes."]')).toBeNull();
    expect(confirm.querySelector('img[src*="/repeat."]')).toBeNull();
    expect(buttons[0]!.querySelector('img[src*="/cast-vote."]')).not.toBeNull();
    expect(buttons[1]!.querySelector('img[src*="/back."]')).not.toBeNull();

    await user.click(within(confirm).getByRole('button', { name: 'Jeg vil vælge igen' }));
    expect(synth.spoken.at(-1)?.text).toBe('Jeg vil vælge igen');
    await user.click(await screen.findByRole('button', { name: 'Ved ikke' }));
    await user.click(await screen.findByRole('button', { name: 'Det er min stemme' }));
    expect(await screen.findByRole('heading', { name: 'Tak, din stemme er talt' })).toBeInTheDocument();
    expect(onCast).toHaveBeenCalledWith('anna', ['dont-know'], false);
    expect(synth.spoken.at(-1)?.text).toBe('Det er min stemme. Tak, din stemme er talt.');
  });

  it('hides the page behind the voter’s screen, not only covers it, and shows it again at the hand-over’s end', async () => {
    const user = userEvent.setup();
    setup(vi.fn(async () => ({ ok: true }) as const));
    await user.click(await screen.findByRole('button', { name: /Anna/ }));
    await screen.findByRole('dialog', { name: 'Hvor skal vi hen?' });
    expect(screen.getByText('Mødet kører').closest('[data-ballot-hidden]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Det er ikke Anna' }));
    expect(await screen.findByRole('heading', { name: 'Hvem stemmer nu?' })).toBeInTheDocument();
    expect(document.querySelector('[data-ballot-hidden]')).toBeNull();
  });

  describe('a choice is shown, never said, on a tablet without headphones', () => {
    const labels = ['Stranden', 'Zoologisk have'];
    let played: string[];
    let audioElements: HTMLMediaElement[];
    /** How many recordings were made ready to play (object URLs made). */
    let urlsMade = 0;

    beforeEach(() => {
      // jsdom has no object URLs and no audio playback: the URL names the recording, and a
      // play() is recorded instead of sounding.
      played = [];
      audioElements = [];
      urlsMade = 0;
      vi.stubGlobal(
        'URL',
        Object.assign(URL, { createObjectURL: () => `blob:voice-${urlsMade++}`, revokeObjectURL: () => {} }),
      );
      vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
        played.push(this.src);
        audioElements.push(this);
        return Promise.resolve();
      });
      vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => {});
    });
    afterEach(() => {
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
    });

    const namesAnOption = (text: string) => labels.some((label) => text.includes(label));

    it('a tapped option and its confirmation say nothing that names it, and play no recording', async () => {
      const user = userEvent.setup();
      const { synth, service } = fakeSpeech([fakeVoice('Sara', 'da-DK')]);
      setSpeechService(service);
      const onCast = vi.fn(async () => ({ ok: true }) as const);
      setup(onCast, [], voiced);

      await user.click(await screen.findByRole('button', { name: /Anna/ }));
      const option = await screen.findByRole('button', { name: 'Zoologisk have' });
      // Both recordings are ready for the buttons and for "Hør mulighederne": a tap could play one at once.
      await waitFor(() => expect(urlsMade).toBe(4));
      await user.click(option);

      const confirm = await screen.findByRole('dialog', { name: 'Er du sikker?' });
      // Shown large, in words and picture, not spoken.
      expect(within(confirm).getByRole('list', { name: 'Det har du valgt' })).toHaveTextContent('Zoologisk have');
      await user.click(within(confirm).getByRole('button', { name: /^Lyt/ }));
      expect(synth.spoken.at(-1)?.text).toBe('Er det din stemme?');
      await user.click(within(confirm).getByRole('button', { name: 'Det er min stemme' }));
      expect(await screen.findByRole('heading', { name: 'Tak, din stemme er talt' })).toBeInTheDocument();
      expect(onCast).toHaveBeenCalledWith('anna', ['zoo'], false);

      expect(synth.spoken.map((u) => u.text).filter(namesAnOption)).toEqual([]);
      expect(played).toEqual([]);
    });

    it('toggling options where several may be picked is silent too, and each pick shows a tick', async () => {
      const user = userEvent.setup();
      const { synth, service } = fakeSpeech([fakeVoice('Sara', 'da-DK')]);
      setSpeechService(service);
      const three = [
        ...options,
        { id: 'bowling', label: 'Bowling', picture: { type: 'pictogram', id: 'bowling' } } as const,
      ];
      setup(
        vi.fn(async () => ({ ok: true }) as const),
        [],
        three,
        { maxChoices: 2 },
      );
      await user.click(await screen.findByRole('button', { name: /Bo/ }));
      const beach = await screen.findByRole('button', { name: 'Stranden' });
      await user.click(beach);
      await user.click(screen.getByRole('button', { name: 'Bowling' }));
      expect(beach).toHaveAttribute('aria-pressed', 'true');
      expect(screen.getByRole('button', { name: 'Zoologisk have' })).toHaveAttribute('aria-pressed', 'false');
      expect(synth.spoken.map((u) => u.text).filter((text) => /Stranden|Bowling|Zoologisk/.test(text))).toEqual([]);
    });

    it('“Hør mulighederne” reads every option in order, with its recording, the same for every voter', async () => {
      const user = userEvent.setup();
      const { synth, service } = fakeSpeech([fakeVoice('Sara', 'da-DK')]);
      setSpeechService(service);
      // The first option has a recorded voice, the second is read by the synthetic one.
      setup(
        vi.fn(async () => ({ ok: true }) as const),
        [],
        [voiced[0]!, options[1]!],
      );

      async function hearAll(voter: RegExp): Promise<string[]> {
        const heard: string[] = [];
        const playedBefore = played.length;
        const urlsBefore = urlsMade;
        await user.click(await screen.findByRole('button', { name: voter }));
        const beach = await screen.findByRole('button', { name: 'Stranden' });
        // (Tapping a voter says the voter's name: the room sees who holds the tablet anyway.)
        const spokenBefore = synth.spoken.length;
        // The recording is ready for its button and for "Hør mulighederne" before the tap (iOS).
        await waitFor(() => expect(urlsMade).toBe(urlsBefore + 2));
        await user.click(screen.getByRole('button', { name: 'Hør mulighederne' }));
        await waitFor(() => expect(played).toHaveLength(playedBefore + 1));
        heard.push('recording');
        expect(beach).toHaveClass('vote-option--reading');
        // The recording ends; after a short breath the next option is read aloud.
        act(() => audioElements.at(-1)!.dispatchEvent(new Event('ended')));
        await waitFor(() => expect(synth.spoken.length).toBe(spokenBefore + 1), { timeout: 3000 });
        heard.push(synth.spoken.at(-1)!.text);
        expect(screen.getByRole('button', { name: 'Zoologisk have' })).toHaveClass('vote-option--reading');
        act(() => {
          synth.start();
          synth.finish();
        });
        await waitFor(() => expect(screen.getByRole('button', { name: 'Hør mulighederne' })).toBeInTheDocument(), {
          timeout: 3000,
        });
        expect(document.querySelector('.vote-option--reading')).toBeNull();
        await user.click(screen.getByRole('button', { name: /^Det er ikke/ }));
        await screen.findByRole('heading', { name: 'Hvem stemmer nu?' });
        return heard;
      }

      const forAnna = await hearAll(/Anna/);
      expect(forAnna).toEqual(['recording', 'Zoologisk have.']);
      expect(await hearAll(/Bo/)).toEqual(forAnna);
    });

    it('with spoken choices on (headphones), a tap reads the option and the confirmation names it', async () => {
      const user = userEvent.setup();
      const { synth, service } = fakeSpeech([fakeVoice('Sara', 'da-DK')]);
      setSpeechService(service);
      setup(
        vi.fn(async () => ({ ok: true }) as const),
        [],
        options,
        { spokenChoices: true },
      );
      await user.click(await screen.findByRole('button', { name: /Anna/ }));
      await user.click(await screen.findByRole('button', { name: 'Zoologisk have' }));
      expect(synth.spoken.at(-1)?.text).toBe('Zoologisk have');
      const confirm = await screen.findByRole('dialog', { name: 'Er du sikker?' });
      await user.click(within(confirm).getByRole('button', { name: /^Lyt/ }));
      expect(synth.spoken.at(-1)?.text).toBe('Du har valgt Zoologisk have. Er det din stemme?');
    });
  });
});
