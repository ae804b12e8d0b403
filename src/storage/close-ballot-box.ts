// Closing a secret ballot box (a vote or an election) counts its ballots and writes the tally
// onto the synced record in the same transaction as the status change, as closing an
// evaluation does: every device then shows the same result and minutes, while the ballots
// themselves stay in this tablet's unsynced table. Open and hand-counted votes only close.
//
// Only the tablet that holds the ballots may write a tally: a second device closing the same
// vote (before it has heard of the first close) has none of them, and a tally of zero stamped
// later would win the merge over the real one. So a device with no ballots, or fewer than
// there are "has voted" rows (which do sync), only closes. Nothing is lost by that: a closed
// vote without a tally shows what the ballots on the device say, which for no ballots is the
// same "nobody voted" a zero tally would say. Once a tally is stored, closing again changes
// nothing; closing again on the tablet with the ballots adds the tally a ballot-less close
// left out.
import { electionBallotVote, type Election } from '../domain/election';
import type { Vote } from '../domain/vote';
import { secretTallyOf } from '../domain/vote-tally';
import { database, type RaadetDatabase } from './database';
import { candidates, elections, hasVoted, votes } from './repositories';

/** This device's ballots of a box, and whether they are all of them (see the header). */
async function localCount(db: RaadetDatabase, boxId: string) {
  const ballots = await db.secretBallots.where('voteId').equals(boxId).toArray();
  const voters = new Map((await hasVoted.where('voteId', boxId)).map((row) => [row.memberId, row.assisted]));
  const assistedCount = [...voters.values()].filter(Boolean).length;
  return { ballots, assistedCount, holdsAll: ballots.length > 0 && ballots.length >= voters.size };
}

/** Closes a vote; a secret one gets its tally. Returns the vote as stored. */
export async function closeVote(voteId: string): Promise<Vote> {
  const db = database();
  return db.transaction('rw', [db.votes, db.secretBallots, db.hasVoted, db.meta, db.outbox], async () => {
    const vote = await votes.get(voteId);
    if (!vote) throw new Error('vote-missing');
    if (vote.mode !== 'secret') return vote.status === 'closed' ? vote : votes.update(voteId, { status: 'closed' });
    if (vote.tally) return vote;
    const { ballots, assistedCount, holdsAll } = await localCount(db, voteId);
    if (!holdsAll) return vote.status === 'closed' ? vote : votes.update(voteId, { status: 'closed' });
    return votes.update(voteId, { status: 'closed', tally: secretTallyOf(vote, ballots, assistedCount) });
  });
}

/** Closes an election's ballot (voting → counted) with its tally per candidate; an applied one stays as it is. */
export async function closeElection(electionId: string): Promise<Election> {
  const db = database();
  return db.transaction(
    'rw',
    [db.elections, db.candidates, db.secretBallots, db.hasVoted, db.meta, db.outbox],
    async () => {
      const election = await elections.get(electionId);
      if (!election) throw new Error('election-missing');
      if (election.tally || (election.status !== 'voting' && election.status !== 'counted')) return election;
      const { ballots, assistedCount, holdsAll } = await localCount(db, electionId);
      if (!holdsAll)
        return election.status === 'counted' ? election : elections.update(electionId, { status: 'counted' });
      const candidateIds = (await candidates.where('electionId', electionId)).map((c) => c.id);
      const tally = secretTallyOf(electionBallotVote(election, candidateIds), ballots, assistedCount);
      return elections.update(electionId, { status: 'counted', tally });
    },
  );
}
