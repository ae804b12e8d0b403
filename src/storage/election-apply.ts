// Applying an election's result is one transaction: the members' new terms, the council's
// last election date and the election's record of who was elected are stored together or not at all.
import type { TermChange } from '../domain/election';
import { database } from './database';
import { councils, elections, members } from './repositories';

export interface ElectionOutcome {
  electionId: string;
  councilId: string;
  today: string;
  terms: readonly TermChange[];
  elected: string[];
  substitutes: string[];
}

export async function applyElectionOutcome(outcome: ElectionOutcome): Promise<void> {
  const db = database();
  await db.transaction('rw', [db.members, db.councils, db.elections, db.meta, db.outbox], async () => {
    for (const change of outcome.terms) {
      await members.update(change.memberId, { termStart: change.termStart, termEnd: change.termEnd });
    }
    await councils.update(outcome.councilId, { lastElection: outcome.today });
    await elections.update(outcome.electionId, {
      status: 'applied',
      appliedOn: outcome.today,
      elected: outcome.elected,
      substitutesElected: outcome.substitutes,
    });
  });
}
