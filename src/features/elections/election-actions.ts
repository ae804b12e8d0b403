// Writes for elections: make one, put candidates up, open and close the ballot, break ties,
// and apply the result to the members' terms and the council's last election date.
import type { Council } from '../../domain/council';
import {
  allocateSeats,
  termsForElected,
  type Candidate,
  type Election,
  type ElectionInput,
  type ElectionTieBreak,
} from '../../domain/election';
import { changedFields } from '../../domain/changed-fields';
import { newId } from '../../domain/ids';
import { pickedOptions } from '../../domain/vote';
import { castSecretBallot, secretBallotsOf } from '../../storage/ballot-box';
import { closeElection } from '../../storage/close-ballot-box';
import { applyElectionOutcome } from '../../storage/election-apply';
import { addCandidateOnce } from '../../storage/candidate-store';
import { candidates, councils, elections } from '../../storage/repositories';

export async function createElection(input: Omit<ElectionInput, 'id' | 'status'>): Promise<Election> {
  return elections.save({ ...input, id: newId(), status: 'preparing' } as Election);
}

/**
 * Puts a member up. The id comes from the election and the member, so two tablets putting up
 * the same person make one candidate; an existing candidate is returned unchanged.
 */
export async function addCandidate(electionId: string, memberId: string): Promise<Candidate> {
  return addCandidateOnce(electionId, memberId);
}

/** Stores only what changed against the candidate as the editor loaded it, so a newer edit made elsewhere survives. */
export async function saveCandidate(loaded: Candidate, next: Candidate): Promise<Candidate> {
  return candidates.update(loaded.id, changedFields(loaded, next));
}

export async function removeCandidate(candidateId: string): Promise<void> {
  await candidates.remove(candidateId);
}

export async function setElectionStatus(electionId: string, status: Election['status']): Promise<void> {
  await elections.update(electionId, { status });
}

/** Closes the ballot; the votes per candidate are stored on the election in the same transaction. */
export async function closeElectionBallot(electionId: string): Promise<void> {
  await closeElection(electionId);
}

export function castElectionBallot(electionId: string, memberId: string, picked: string[], assisted: boolean) {
  return castSecretBallot({ boxId: electionId, memberId, picked, assisted });
}

/**
 * Votes per candidate: the tally stored when the ballot closed, or for an election closed
 * before tallies were stored, the secret ballots on this tablet. Call only once it is closed.
 */
export async function countElection(
  election: Pick<Election, 'id' | 'tally'>,
): Promise<{ counts: Record<string, number>; ballotCount: number }> {
  if (election.tally) return { counts: election.tally.counts ?? {}, ballotCount: election.tally.ballotCount };
  const rows = await secretBallotsOf(election.id);
  const counts: Record<string, number> = {};
  for (const row of rows) for (const id of pickedOptions(row)) counts[id] = (counts[id] ?? 0) + 1;
  return { counts, ballotCount: rows.length };
}

export async function recordElectionTieBreak(election: Election, tieBreak: ElectionTieBreak): Promise<void> {
  const others = (election.tieBreaks ?? []).filter((tb) => !tb.order.some((id) => tieBreak.order.includes(id)));
  await elections.update(election.id, { tieBreaks: [...others, tieBreak] });
}

/**
 * Applies a counted election: the elected members get a two-year term from today, the
 * council's last election becomes today, and the election keeps who was elected.
 */
export async function applyElection(
  election: Election,
  council: Council,
  list: readonly Candidate[],
  today: string,
): Promise<void> {
  const { counts } = await countElection(election);
  const result = allocateSeats(
    list.map((c) => c.id),
    counts,
    election.seats,
    election.substitutes,
    election.tieBreaks,
  );
  if (result.unresolvedTies.length > 0) throw new Error('unresolved tie');
  const elected = result.ranking.filter((r) => r.placement === 'elected').map((r) => r.candidateId);
  const substitutes = result.ranking.filter((r) => r.placement === 'substitute').map((r) => r.candidateId);
  await applyElectionOutcome({
    electionId: election.id,
    councilId: council.id,
    today,
    terms: termsForElected(elected, list, today, substitutes),
    elected,
    substitutes,
  });
}

/** Saves the council's rules; the voter rule under its current name only (the old one is cleared). */
export async function saveCouncilRules(
  councilId: string,
  rules: Pick<Council, 'tieRule' | 'voterRule' | 'electionScope'>,
): Promise<void> {
  await councils.update(councilId, { ...rules, electionVoters: undefined });
}
