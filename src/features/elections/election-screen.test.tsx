import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeSpeech, fakeVoice } from '../../testing/fake-speech-synthesis';
import { setSpeechService } from '../../ui/speech';
import { addYears } from '../../domain/election';
import { newId } from '../../domain/ids';
import { naturalKeyId } from '../../domain/natural-key-id';
import { candidates, councils, elections, facilities, members } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { openSecondDevice } from '../../testing/second-device';
import { localCalendarDay } from '../../i18n/format';
import { castElectionBallot } from './election-actions';
import { ElectionScreen } from './election-screen';
import { ElectionsScreen } from './elections-screen';
import { paths, routes } from '../../ui/paths';

beforeEach(() => freshDatabase());
afterEach(() => {
  cleanup();
  setSpeechService(null);
});

async function fixture() {
  const facility = await facilities.save({ id: newId(), name: 'Solhjem', kind: 'residential' });
  const council = await councils.save({
    id: newId(),
    facilityId: facility.id,
    name: 'Brugerrådet',
    kind: 'user-council',
    meetingsPerYear: 4,
    lastElection: '2024-01-10',
  });
  const people = [];
  for (const name of ['Anna', 'Bo', 'Carla', 'Dennis']) {
    people.push(
      await members.save({
        id: newId(),
        councilId: council.id,
        displayName: name,
        role: 'resident',
        photoConsent: false,
      }),
    );
  }
  await members.save({ id: newId(), councilId: council.id, displayName: 'Grethe', role: 'staff', photoConsent: false });
  return { council, people };
}

async function vote(user: ReturnType<typeof userEvent.setup>, voter: string, candidate: string) {
  await user.click(await screen.findByRole('button', { name: new RegExp(`^${voter}`) }));
  const ballot = await screen.findByRole('dialog');
  await user.click(within(ballot).getByRole('button', { name: candidate }));
  await user.click(await screen.findByRole('button', { name: 'Det er min stemme' }));
  await user.click(await screen.findByRole('button', { name: 'Videre' }));
  await user.click(await screen.findByRole('button', { name: 'Næste person' }));
}

describe('elections', () => {
  it('shows when the next election is due, and creates an election', async () => {
    const user = userEvent.setup();
    const { council } = await fixture();
    const { router } = renderScreen(<ElectionsScreen />, {
      path: routes.councilElections,
      url: paths.councilElections(council.id),
      extraRoutes: [{ path: routes.election, element: <p>Valget</p> }],
    });
    expect(await screen.findByText(/Valget skulle have været holdt senest 10\. januar 2026/)).toBeInTheDocument();
    const seats = screen.getByRole('spinbutton', { name: 'Pladser i rådet' });
    await user.clear(seats);
    await user.click(screen.getByRole('button', { name: 'Opret valget' }));
    expect(await screen.findByText('Noget er ikke udfyldt rigtigt.')).toBeInTheDocument();
    expect(await elections.all()).toHaveLength(0);
    await user.type(seats, '2');
    await user.click(screen.getByRole('button', { name: 'Opret valget' }));
    expect(await screen.findByText('Valget')).toBeInTheDocument();
    const [created] = await elections.all();
    expect(created).toMatchObject({ seats: 2, substitutes: 2, status: 'preparing', voters: 'residents' });
    expect(router.state.location.pathname).toBe(paths.election(created!.id));
  });

  it('goes from candidates through the secret tablet ballot to ranked results and updated terms', async () => {
    const user = userEvent.setup();
    const { council, people } = await fixture();
    const election = await elections.save({
      id: newId(),
      councilId: council.id,
      title: 'Valg 2026',
      heldOn: '2026-04-14',
      seats: 1,
      substitutes: 1,
      voters: 'residents',
      status: 'preparing',
    });
    renderScreen(<ElectionScreen />, { path: routes.election, url: paths.election(election.id) });

    // Staff are not eligible: only residents can stand.
    const select = await screen.findByRole('combobox', { name: 'Medlem' });
    expect(within(select).queryByRole('option', { name: 'Grethe' })).not.toBeInTheDocument();
    for (const name of ['Anna', 'Bo', 'Carla']) {
      await user.selectOptions(screen.getByRole('combobox', { name: 'Medlem' }), name);
      await user.click(screen.getByRole('button', { name: /Tilføj kandidat/ }));
      expect(await screen.findByRole('heading', { name })).toBeInTheDocument();
    }
    const anna = screen.getByRole('form', { name: 'Anna' });
    await user.type(within(anna).getByRole('textbox', { name: /Det vil jeg arbejde for/ }), 'Mere musik');
    await user.click(within(anna).getByRole('button', { name: 'Gem kandidaten' }));
    expect(await within(anna).findByText('Gemt.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start afstemningen' }));
    expect(await screen.findByRole('heading', { name: 'Hvem stemmer nu?' })).toBeInTheDocument();
    await vote(user, 'Anna', 'Bo');
    await vote(user, 'Bo', 'Anna');
    await vote(user, 'Carla', 'Anna');
    await vote(user, 'Dennis', 'Bo');
    expect(screen.getByText('4 af 4 har stemt')).toBeInTheDocument();
    expect(screen.getByText('1 plads, 1 suppleant')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Luk valget og tæl op' }));
    await user.click(await screen.findByRole('button', { name: 'Ja, luk valget' }));
    expect(await screen.findByText('Stemmelighed: Anna, Bo')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Brug resultatet/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Bo først' }));
    await waitFor(() => expect(screen.getByRole('button', { name: /Brug resultatet/ })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: /Brug resultatet/ }));
    expect(await screen.findByText(/Resultatet er brugt/)).toBeInTheDocument();

    const today = localCalendarDay();
    const bo = await members.get(people[1]!.id);
    expect(bo).toMatchObject({ termStart: today, termEnd: addYears(today, 2) });
    expect(bo?.substituteRank).toBeUndefined();
    // Anna is the substitute: recorded on her member, first in line, for the same term.
    expect(await members.get(people[0]!.id)).toMatchObject({
      substituteRank: 1,
      termStart: today,
      termEnd: addYears(today, 2),
    });
    // Carla got no seat: her member is left as it was.
    expect((await members.get(people[2]!.id))?.termStart).toBeUndefined();
    expect((await councils.get(council.id))?.lastElection).toBe(today);
    const applied = await elections.get(election.id);
    const cands = await candidates.where('electionId', election.id);
    const idOf = (memberId: string) => cands.find((c) => c.memberId === memberId)!.id;
    expect(applied).toMatchObject({
      status: 'applied',
      elected: [idOf(people[1]!.id)],
      substitutesElected: [idOf(people[0]!.id)],
    });
  });

  it('keeps the ballot silent: a tapped candidate is shown, never said; “Hør mulighederne” reads them all', async () => {
    const user = userEvent.setup();
    const { synth, service } = fakeSpeech([fakeVoice('Sara', 'da-DK')]);
    setSpeechService(service);
    const { council } = await fixture();
    const election = await elections.save({
      id: newId(),
      councilId: council.id,
      title: 'Valg 2026',
      heldOn: '2026-04-14',
      seats: 1,
      substitutes: 0,
      voters: 'residents',
      status: 'preparing',
    });
    renderScreen(<ElectionScreen />, { path: routes.election, url: paths.election(election.id) });
    for (const name of ['Anna', 'Bo']) {
      await user.selectOptions(await screen.findByRole('combobox', { name: 'Medlem' }), name);
      await user.click(screen.getByRole('button', { name: /Tilføj kandidat/ }));
      expect(await screen.findByRole('heading', { name })).toBeInTheDocument();
    }
    await user.click(screen.getByRole('button', { name: 'Start afstemningen' }));
    await user.click(await screen.findByRole('button', { name: /^Carla/ }));
    const ballot = await screen.findByRole('dialog');
    // Tapping the voter says the voter's name; from here on no candidate's name may be heard.
    const fromBallot = synth.spoken.length;
    await user.click(within(ballot).getByRole('button', { name: 'Bo' }));
    const confirm = await screen.findByRole('dialog', { name: 'Er du sikker?' });
    await user.click(within(confirm).getByRole('button', { name: /^Lyt/ }));
    await user.click(within(confirm).getByRole('button', { name: 'Det er min stemme' }));
    expect(await screen.findByRole('heading', { name: 'Tak, din stemme er talt' })).toBeInTheDocument();
    const said = synth.spoken.slice(fromBallot).map((u) => u.text);
    expect(said).toEqual(['Er det din stemme?', 'Det er min stemme. Tak, din stemme er talt.']);

    await user.click(screen.getByRole('button', { name: 'Videre' }));
    await user.click(await screen.findByRole('button', { name: 'Næste person' }));
    await user.click(await screen.findByRole('button', { name: /^Dennis/ }));
    await user.click(
      await within(await screen.findByRole('dialog')).findByRole('button', { name: 'Hør mulighederne' }),
    );
    expect(synth.spoken.at(-1)?.text).toBe('Anna.');
  });

  it('stores the counted result on the election, so a second device shows and applies it without the ballots', async () => {
    const user = userEvent.setup();
    const { council, people } = await fixture();
    const election = await elections.save({
      id: newId(),
      councilId: council.id,
      title: 'Valg 2026',
      heldOn: '2026-04-14',
      seats: 1,
      substitutes: 0,
      voters: 'residents',
      status: 'voting',
    });
    // Candidates carry the id derived from election and member, as addCandidate gives them.
    const candidate = (memberId: string) => ({
      id: naturalKeyId('candidates', { electionId: election.id, memberId }),
      electionId: election.id,
      memberId,
    });
    const annaId = (await candidates.save(candidate(people[0]!.id))).id;
    const boId = (await candidates.save(candidate(people[1]!.id))).id;
    for (const [voter, pick] of [
      [0, boId],
      [1, boId],
      [2, annaId],
    ] as const) {
      expect(await castElectionBallot(election.id, people[voter]!.id, [pick], false)).toEqual({ ok: true });
    }
    renderScreen(<ElectionScreen />, { path: routes.election, url: paths.election(election.id) });
    await user.click(await screen.findByRole('button', { name: 'Luk valget og tæl op' }));
    await user.click(await screen.findByRole('button', { name: 'Ja, luk valget' }));
    expect(await screen.findByText('3 stemmer i alt.')).toBeInTheDocument();
    expect((await elections.get(election.id))?.tally).toEqual({
      counts: { [annaId]: 1, [boId]: 2 },
      ballotCount: 3,
      assistedCount: 0,
    });
    cleanup();

    const second = await openSecondDevice();
    expect(await second.secretBallots.count()).toBe(0);
    renderScreen(<ElectionScreen />, { path: routes.election, url: paths.election(election.id) });
    expect(await screen.findByText('3 stemmer i alt.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '2 stemmer' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Brug resultatet/ }));
    expect(await screen.findByText(/Resultatet er brugt/)).toBeInTheDocument();
    expect(await elections.get(election.id)).toMatchObject({ status: 'applied', elected: [boId] });
  });
});
