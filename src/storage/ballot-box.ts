// Writing ballots. A secret ballot and its "has voted" row are written in one IndexedDB
// transaction: both or neither. The transaction also re-reads the vote (or election) and the
// "has voted" rows, so a closed vote or a second vote is refused even when two taps race:
// IndexedDB runs read-write transactions over the same tables one after another.
// There is deliberately no way here to update or delete a secret ballot.
import { electionBallotVote } from '../domain/election';
import { newId } from '../domain/ids';
import { secretBallotFor, secretBallotSchema, type HasVoted } from '../domain/secret-ballot';
import { ballotSchema, canMemberVote, checkSelection, choicesAllowed, type CastOutcome, type Vote } from '../domain/vote';
import { database } from './database';
import { ballots, hasVoted } from './repositories';

export interface SecretCast {
  /** The vote or election. */
  boxId: string;
  memberId: string;
  picked: readonly string[];
  /** Staff helped the voter; recorded on the "has voted" row only. */
  assisted: boolean;
}

/** Casts a secret ballot in a vote; resolves only once ballot and "has voted" are stored. */
export async function castSecretBallot(cast: SecretCast): Promise<CastOutcome> {
  const db = database();
  return db.transaction('rw', [db.votes, db.elections, db.candidates, db.secretBallots, db.hasVoted, db.meta, db.outbox], async () => {
    const stored = await db.votes.get(cast.boxId);
    let vote: Vote | undefined = stored && stored._deleted !== 1 ? stored : undefined;
    if (!vote) {
      const election = await db.elections.get(cast.boxId);
      if (!election || election._deleted === 1) return { ok: false, reason: 'wrong-vote' } as const;
      const candidateIds = (await db.candidates.where('electionId').equals(election.id).toArray())
        .filter((c) => c._deleted !== 1)
        .map((c) => c.id);
      vote = electionBallotVote(election, candidateIds);
    }
    if (vote.mode !== 'secret') return { ok: false, reason: 'wrong-mode' } as const;
    const voted = await db.hasVoted.where('[voteId+memberId]').equals([cast.boxId, cast.memberId]).count();
    const allowed = canMemberVote(vote, voted > 0);
    if (!allowed.ok) return allowed;
    const valid = checkSelection(vote, cast.picked);
    if (!valid.ok) return valid;

    const row: HasVoted = { id: newId(), voteId: cast.boxId, memberId: cast.memberId, assisted: cast.assisted };
    await hasVoted.save(row);
    const ballot = secretBallotSchema.parse(secretBallotFor(cast.boxId, cast.picked, choicesAllowed(vote) > 1, newId()));
    await db.secretBallots.add(ballot);
    return { ok: true } as const;
  });
}

/**
 * Casts an open (show of hands) ballot. With a member it names them, and each member votes
 * once; without one it is a raised hand counted without a name.
 */
export async function castOpenBallot(
  voteId: string,
  memberId: string | undefined,
  picked: readonly string[],
  ballotId: string = newId(),
): Promise<CastOutcome> {
  const db = database();
  return db.transaction('rw', [db.votes, db.ballots, db.meta, db.outbox], async () => {
    const vote = await db.votes.get(voteId);
    if (!vote || vote._deleted === 1) return { ok: false, reason: 'wrong-vote' } as const;
    if (vote.mode !== 'open') return { ok: false, reason: 'wrong-mode' } as const;
    const existing = memberId
      ? (await db.ballots.where('voteId').equals(voteId).toArray()).filter((b) => b._deleted !== 1 && b.memberId === memberId)
      : [];
    const allowed = canMemberVote(vote, existing.length > 0);
    if (!allowed.ok) return allowed;
    const valid = checkSelection(vote, picked);
    if (!valid.ok) return valid;
    const many = choicesAllowed(vote) > 1;
    const ballot = ballotSchema.parse({
      id: ballotId,
      voteId,
      ...(memberId ? { memberId } : {}),
      ...(many ? { choices: [...picked] } : { choice: picked[0] }),
    });
    await ballots.save(ballot);
    return { ok: true } as const;
  });
}

export interface BallotBoxState {
  /** Members who have voted (from the "has voted" rows). */
  votedMemberIds: Set<string>;
  assistedCount: number;
}

export async function ballotBoxState(boxId: string): Promise<BallotBoxState> {
  const rows = await hasVoted.where('voteId', boxId);
  return { votedMemberIds: new Set(rows.map((r) => r.memberId)), assistedCount: rows.filter((r) => r.assisted).length };
}

/** The secret ballots of a box, for counting. Screens call this only once the vote is closed. */
export async function secretBallotsOf(boxId: string) {
  return database().secretBallots.where('voteId').equals(boxId).toArray();
}
