import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../../domain/member';
import { fakeSpeech, fakeVoice, type FakeSpeechSynthesis } from '../../testing/fake-speech-synthesis';
import { freshDatabase, renderScreen } from '../../testing/render';
import { setSpeechService } from '../../ui/speech';
import { MeetingSupport } from './support-cards';

const member = (displayName: string): Member => ({
  id: crypto.randomUUID(),
  councilId: crypto.randomUUID(),
  displayName,
  role: 'resident',
  photoConsent: false,
});
const anna = member('Anna');
const bo = member('Bo');
const lars = member('Lars');
const meetingId = crypto.randomUUID();

function show(present: Member[] = [anna, bo, lars]) {
  return renderScreen(
    <MeetingSupport
      meetingId={meetingId}
      itemSpeech="Sommerturen. Hvor skal vi hen?"
      itemRecording={undefined}
      members={[anna, bo, lars]}
      presentIds={new Set(present.map((m) => m.id))}
    />,
  );
}

let synth: FakeSpeechSynthesis;
beforeEach(() => {
  freshDatabase();
  sessionStorage.clear();
  const speech = fakeSpeech([fakeVoice('Sara', 'da-DK')]);
  synth = speech.synth;
  setSpeechService(speech.service);
});
afterEach(() => {
  cleanup();
  setSpeechService(null);
});

const spoken = () => synth.spoken.map((u) => u.text);

describe('support cards', () => {
  it('shows five big cards with pictures that anyone can tap', async () => {
    show();
    const strip = await screen.findByRole('region', { name: 'Hjælp til mødet' });
    const names = within(strip)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(['Jeg vil sige noget', 'Pause', 'Jeg forstår ikke', 'Gentag', 'Stop']);
    for (const button of within(strip).getAllByRole('button')) expect(button.querySelector('img, svg')).not.toBeNull();
  });

  it.each([
    { card: 'Pause', title: 'Pause', body: 'Vi holder en lille pause.' },
    {
      card: 'Jeg forstår ikke',
      title: 'Jeg forstår ikke',
      body: 'Nogen forstår ikke. Vi siger det igen på en nem måde.',
    },
    { card: 'Stop', title: 'Stop', body: 'Vi stopper op. Vi taler om, hvad der skete.' },
  ])('$card puts up a full-screen signal, read aloud, until staff dismiss it', async ({ card, title, body }) => {
    const user = userEvent.setup();
    show();
    await user.click(await screen.findByRole('button', { name: card }));
    const signal = screen.getByRole('alertdialog', { name: title });
    expect(within(signal).getByText(body)).toBeInTheDocument();
    expect(spoken()).toContain(`${title}. ${body}`);
    // A reload keeps the signal up.
    cleanup();
    show();
    expect(await screen.findByRole('alertdialog', { name: title })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fortsæt mødet' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('"Gentag" reads the item again', async () => {
    const user = userEvent.setup();
    show();
    await user.click(await screen.findByRole('button', { name: 'Gentag' }));
    expect(spoken().at(-1)).toBe('Sommerturen. Hvor skal vi hen?');
  });
});

describe('speaking queue', () => {
  it('residents tap their photo to join; everyone sees who has the word; staff mark done', async () => {
    const user = userEvent.setup();
    show([anna, bo, lars]);
    await user.click(await screen.findByRole('button', { name: 'Jeg vil sige noget' }));
    const dialog = screen.getByRole('dialog', { name: 'Hvem vil sige noget?' });

    await user.click(within(dialog).getByRole('button', { name: 'Bo' }));
    expect(spoken().at(-1)).toBe('Bo, du har ordet.');
    await user.click(within(dialog).getByRole('button', { name: 'Lars' }));
    expect(spoken().at(-1)).toBe('Lars, du er i køen. Der er 1 før dig.');
    // Asking twice keeps your place.
    await user.click(within(dialog).getByRole('button', { name: 'Bo, nummer 1 i køen' }));

    expect(within(dialog).getByText('Bo har ordet')).toBeInTheDocument();
    expect(within(dialog).getByText('Lars venter')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Bo er færdig' }));
    expect(within(dialog).getByText('Lars har ordet')).toBeInTheDocument();
    expect(spoken().at(-1)).toBe('Nu er det Lars’ tur.');

    // The queue stays after closing and after a reload; the strip shows who is waiting.
    await user.click(within(dialog).getByRole('button', { name: /Luk/ }));
    cleanup();
    show();
    expect(await screen.findByRole('list', { name: 'Køen' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Lars' })).toBeInTheDocument();
  });

  it('offers only the members who are present', async () => {
    const user = userEvent.setup();
    show([anna]);
    await user.click(await screen.findByRole('button', { name: 'Jeg vil sige noget' }));
    const dialog = screen.getByRole('dialog', { name: 'Hvem vil sige noget?' });
    expect(within(dialog).getByRole('button', { name: 'Anna' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Bo' })).not.toBeInTheDocument();
  });
});
