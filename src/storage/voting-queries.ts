// Live reads for votes and elections.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Vote } from '../domain/vote';
import { ballotBoxState, secretBallotsOf } from './ballot-box';
import { candidates, councils, elections, members } from './repositories';

/** Who has voted in a vote or election, live. */
export function useBallotBox(boxId: string | undefined) {
  return useLiveQuery(async () => (boxId ? ballotBoxState(boxId) : undefined), [boxId]);
}

/**
 * The secret ballots of a closed ballot box, live; always empty while it is open, so a screen
 * cannot show a running result of a secret vote even by mistake.
 */
export function useClosedSecretBallots(boxId: string | undefined, closed: boolean) {
  return useLiveQuery(async () => (boxId && closed ? secretBallotsOf(boxId) : []), [boxId, closed]);
}

/**
 * The secret ballots of a closed secret vote closed before tallies were stored on the vote;
 * `[]` otherwise. A vote with a tally shows that (the same on every device), never the ballots.
 */
export function useSecretResultBallots(vote: Pick<Vote, 'id' | 'mode' | 'status' | 'tally'> | undefined) {
  return useClosedSecretBallots(
    vote?.mode === 'secret' && !vote.tally ? vote.id : undefined,
    vote?.status === 'closed',
  );
}

export function useElections(councilId: string | undefined) {
  return useLiveQuery(
    async () =>
      councilId ? (await elections.where('councilId', councilId)).sort((a, b) => b.heldOn.localeCompare(a.heldOn)) : [],
    [councilId],
  );
}

export function useElection(id: string | undefined) {
  return useLiveQuery(async () => (id ? ((await elections.get(id)) ?? null) : null), [id]);
}

export function useCandidates(electionId: string | undefined) {
  return useLiveQuery(async () => (electionId ? await candidates.where('electionId', electionId) : []), [electionId]);
}

/**
 * The residents of every council at the council's facility, live; for an election the council
 * opened to all the facility's residents. Empty when `enabled` is false.
 */
export function useFacilityResidents(councilId: string | undefined, enabled: boolean) {
  return useLiveQuery(async () => {
    if (!councilId || !enabled) return [];
    const council = await councils.get(councilId);
    if (!council) return [];
    const siblings = await councils.where('facilityId', council.facilityId);
    const all = await Promise.all(siblings.map((c) => members.where('councilId', c.id)));
    return all.flat().filter((m) => m.role === 'resident');
  }, [councilId, enabled]);
}
