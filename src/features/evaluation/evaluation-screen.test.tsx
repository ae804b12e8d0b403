import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids';
import { councils, evaluations, facilities, meetings } from '../../storage/repositories';
import { database } from '../../storage/database';
import { fakeSpeech, fakeVoice, type FakeSpeechSynthesis } from '../../testing/fake-speech-synthesis';
import { freshDatabase, renderScreen } from '../../testing/render';
import { setSpeechService } from '../../ui/speech';
import { EvaluationScreen } from './evaluation-screen';
import { paths, routes } from '../../ui/paths';

async function givenHeldMeeting() {
  const facility = await facilities.save({ id: newId(), name: 'Solhjem', kind: 'residential' });
  const council = await councils.save({
    id: newId(),
    facilityId: facility.id,
    name: 'Brugerrådet',
    kind: 'user-council',
    meetingsPerYear: 4,
  });
  return meetings.save({
    id: newId(),
    councilId: council.id,
    title: 'Forårsmøde',
    startsAt: '2026-04-14T12:00:00.000Z',
    endsAt: '2026-04-14T13:30:00.000Z',
    isOpen: false,
    status: 'held',
  });
}

function open(meetingId: string) {
  return renderScreen(<EvaluationScreen />, {
    path: routes.meetingEvaluation,
    url: paths.meetingEvaluation(meetingId),
  });
}

let synth: FakeSpeechSynthesis;
beforeEach(() => {
  freshDatabase();
  const speech = fakeSpeech([fakeVoice('Sara', 'da-DK')]);
  synth = speech.synth;
  setSpeechService(speech.service);
});
afterEach(() => setSpeechService(null));

async function answerAs(user: ReturnType<typeof userEvent.setup>, meetingAnswer: string, saidItAnswer: string) {
  await user.click(await screen.findByRole('button', { name: 'Jeg er klar' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Hvordan var mødet?' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: meetingAnswer }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Fik du sagt det, du ville?' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: saidItAnswer }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Tak for dit svar' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Næste person' }));
}

describe('EvaluationScreen', () => {
  it('passes the tablet round, reads each question aloud, and shows the result only when staff close it', async () => {
    const user = userEvent.setup();
    const meeting = await givenHeldMeeting();
    open(meeting.id);

    await user.click(await screen.findByRole('radio', { name: /3 smileyer/ }));
    await user.click(screen.getByRole('button', { name: 'Start evalueringen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nu er det din tur' })).toBeInTheDocument();

    await answerAs(user, 'Godt', 'Ja');
    expect(synth.spoken.map((u) => u.text)).toContain('Hvordan var mødet?');
    expect(synth.spoken.map((u) => u.text)).toContain('Godt. Fik du sagt det, du ville?');
    // The hand-over screen says how many answered, never what.
    expect(await screen.findByText('1 har svaret.')).toBeInTheDocument();
    expect(screen.queryByText(/Godt/)).not.toBeInTheDocument();

    await answerAs(user, 'Dårligt', 'Lidt');
    await user.click(await screen.findByRole('button', { name: 'Alle har svaret – se resultatet' }));

    const result = await screen.findByRole('region', { name: 'Resultat' });
    expect(within(result).getByText('2 personer svarede.')).toBeInTheDocument();
    const meetingQuestion = within(result)
      .getByRole('heading', { name: 'Hvordan var mødet?' })
      .closest('.card') as HTMLElement;
    const rows = within(meetingQuestion)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(rows).toEqual(['Godt1 svar', 'Okay0 svar', 'Dårligt1 svar']);

    // What is kept: totals on the evaluation record, no single answers.
    const [stored] = await evaluations.where('meetingId', meeting.id);
    expect(stored).toMatchObject({
      status: 'closed',
      participants: 2,
      results: { meeting: [1, 0, 1], 'said-it': [0, 1, 1] },
    });
    expect(await database().evaluationAnswers.count()).toBe(0);
  });

  it('lets a person go back and change the first answer', async () => {
    const user = userEvent.setup();
    const meeting = await givenHeldMeeting();
    open(meeting.id);
    await user.click(await screen.findByRole('button', { name: 'Start evalueringen' }));
    await user.click(await screen.findByRole('button', { name: 'Jeg er klar' }));
    await user.click(screen.getByRole('button', { name: 'Okay' }));
    await user.click(await screen.findByRole('button', { name: 'Tilbage' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hvordan var mødet?' })).toBeInTheDocument();
  });

  it('offers 5 smileys with their own words', async () => {
    const user = userEvent.setup();
    const meeting = await givenHeldMeeting();
    open(meeting.id);
    await user.click(await screen.findByRole('radio', { name: /5 smileyer/ }));
    await user.click(screen.getByRole('button', { name: 'Start evalueringen' }));
    await user.click(await screen.findByRole('button', { name: 'Jeg er klar' }));
    const list = screen.getAllByRole('listitem');
    expect(list).toHaveLength(5);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Meget godt' })).toBeInTheDocument());
  });
});
