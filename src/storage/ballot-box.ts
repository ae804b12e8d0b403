// Writing ballots. A secret ballot and its "has voted" row are written in one IndexedDB
// transaction: both or neither. The transaction also re-reads the vote (or election) and the
// "has voted" rows, so a closed vote or a second vote is refused even when two taps race:
// IndexedDB runs read-write transactions over the same tables one after another.
// There is deliberately no way here to update or delete a secret ballot.
// Who may vote is checked here too, in the same transaction, by the council's rule
// (domain/vote-eligibility.ts): the screens offer only those people, but a stale screen, a
// second tab or a double tap must still never count a vote twice or for the wrong person.
import { councilVoterRule } from '../domain/council';
import { electionBallotVote, electionPeople, electionRoll, type Election } from '../domain/election';
import { newId } from '../domain/ids';
import { naturalKeyId } from '../domain/natural-key-id';
import type { Member } from '../domain/member';
import { checkMemberCast, checkOpenCast, votingRoll, type RollEntry } from '../domain/vote-eligibility';
import { secretBallotFor, secretBallotSchema, type HasVoted } from '../domain/secret-ballot';
import {
  ballotSchema,
  canMemberVote,
  checkSelection,
  choicesAllowed,
  type CastOutcome,
  type Vote,
} from '../domain/vote';
import { database, type RaadetDatabase } from './database';
import { ballots, hasVoted } from './repositories';

export interface SecretCast {
  /** The vote or election. */
  boxId: string;
  memberId: string;
  picked: readonly string[];
  /** Staff helped the voter; recorded on the "has voted" row only. */
  assisted: boolean;
}

const live = <T extends { _deleted?: 0 | 1 }>(rows: T[]) => rows.filter((r) => r._deleted !== 1);

async function councilMembers(db: RaadetDatabase, councilId: string): Promise<Member[]> {
  return live(await db.members.where('councilId').equals(councilId).toArray());
}

/** The voter roll of a meeting's council, by its rule, and who is marked present. */
async function meetingRoll(
  db: RaadetDatabase,
  meetingId: string,
): Promise<{ roll: RollEntry[]; present: Set<string> }> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting || meeting._deleted === 1) return { roll: [], present: new Set() };
  const council = await db.councils.get(meeting.councilId);
  const attendance = live(await db.attendance.where('meetingId').equals(meetingId).toArray());
  const present = new Set(attendance.filter((a) => a.present).map((a) => a.memberId));
  const rule = councilVoterRule(council?._deleted === 1 ? undefined : council);
  return { roll: votingRoll(await councilMembers(db, meeting.councilId), rule, present), present };
}

/** An election's roll: its council's members, or the facility's residents when it is open to them. */
async function electionRollOf(db: RaadetDatabase, election: Election): Promise<RollEntry[]> {
  const own = await councilMembers(db, election.councilId);
  let facilityResidents: Member[] = [];
  if (election.scope === 'facility') {
    const council = await db.councils.get(election.councilId);
    if (council) {
      const siblings = live(await db.councils.where('facilityId').equals(council.facilityId).toArray());
      for (const sibling of siblings) facilityResidents.push(...(await councilMembers(db, sibling.id)));
    }
    facilityResidents = facilityResidents.filter((m) => m.role === 'resident');
  }
  return electionRoll(election, electionPeople(election, own, facilityResidents));
}

/** Casts a secret ballot in a vote; resolves only once ballot and "has voted" are stored. */
export async function castSecretBallot(cast: SecretCast): Promise<CastOutcome> {
  const db = database();
  const tables = [
    db.votes,
    db.elections,
    db.candidates,
    db.secretBallots,
    db.hasVoted,
    db.meetings,
    db.councils,
    db.members,
    db.attendance,
    db.meta,
    db.outbox,
  ];
  return db.transaction('rw', tables, async () => {
    const stored = await db.votes.get(cast.boxId);
    let vote: Vote | undefined = stored && stored._deleted !== 1 ? stored : undefined;
    let roll: RollEntry[];
    if (vote) {
      roll = (await meetingRoll(db, vote.meetingId)).roll;
    } else {
      const election = await db.elections.get(cast.boxId);
      if (!election || election._deleted === 1) return { ok: false, reason: 'wrong-vote' } as const;
      const candidateIds = (await db.candidates.where('electionId').equals(election.id).toArray())
        .filter((c) => c._deleted !== 1)
        .map((c) => c.id);
      vote = electionBallotVote(election, candidateIds);
      roll = await electionRollOf(db, election);
    }
    if (vote.mode !== 'secret') return { ok: false, reason: 'wrong-mode' } as const;
    const allowed = canMemberVote(vote, false);
    if (!allowed.ok) return allowed;
    // One vote per household: the member, or whoever shares their vote, must not have voted.
    const voted = (await db.hasVoted.where('voteId').equals(cast.boxId).toArray()).map((r) => r.memberId);
    const eligible = checkMemberCast(roll, voted, cast.memberId);
    if (!eligible.ok) return eligible;
    const valid = checkSelection(vote, cast.picked);
    if (!valid.ok) return valid;

    // The id comes from the box and the member, so the fact travels as one row to every tablet.
    const id = naturalKeyId('hasVoted', { voteId: cast.boxId, memberId: cast.memberId });
    const row: HasVoted = { id, voteId: cast.boxId, memberId: cast.memberId, assisted: cast.assisted };
    await hasVoted.save(row);
    const ballot = secretBallotSchema.parse(
      secretBallotFor(cast.boxId, cast.picked, choicesAllowed(vote) > 1, newId()),
    );
    await db.secretBallots.add(ballot);
    return { ok: true } as const;
  });
}

/**
 * Casts an open (show of hands) ballot. With a member it names them, and each household votes
 * once; without one it is a raised hand counted without a name, which is refused unless staff
 * chose "count hands without names" for the vote, and once there are as many votes as people.
 */
export async function castOpenBallot(
  voteId: string,
  memberId: string | undefined,
  picked: readonly string[],
  ballotId: string = newId(),
): Promise<CastOutcome> {
  const db = database();
  const tables = [db.votes, db.ballots, db.meetings, db.councils, db.members, db.attendance, db.meta, db.outbox];
  return db.transaction('rw', tables, async () => {
    const vote = await db.votes.get(voteId);
    if (!vote || vote._deleted === 1) return { ok: false, reason: 'wrong-vote' } as const;
    if (vote.mode !== 'open') return { ok: false, reason: 'wrong-mode' } as const;
    const allowed = canMemberVote(vote, false);
    if (!allowed.ok) return allowed;
    const existing = live(await db.ballots.where('voteId').equals(voteId).toArray());
    const { roll, present } = await meetingRoll(db, vote.meetingId);
    const eligible = checkOpenCast({
      roll,
      present,
      namedBallotMemberIds: existing.flatMap((b) => (b.memberId ? [b.memberId] : [])),
      unnamedCount: existing.filter((b) => !b.memberId).length,
      unnamedAllowed: vote.unnamedHands === true,
      memberId,
    });
    if (!eligible.ok) return eligible;
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
