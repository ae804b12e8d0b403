// Applying an election's result is one transaction: the members' new terms, the council's
// last election date and the election's record of who was elected are stored together or not at all.
// Substitutes are recorded on the member too (substituteRank), with the same term.
import type { TermChange } from '../domain/election';
import { newId } from '../domain/ids';
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
      const term = { termStart: change.termStart, termEnd: change.termEnd, substituteRank: change.substituteRank };
      const member = await members.get(change.memberId);
      if (member && member.councilId !== outcome.councilId) {
        // A resident from another council at the facility was elected: they join this council.
        await members.save({
          id: newId(),
          councilId: outcome.councilId,
          displayName: member.displayName,
          role: 'resident',
          photoConsent: member.photoConsent,
          ...(member.photo ? { photo: member.photo } : {}),
          ...(member.nameVoice ? { nameVoice: member.nameVoice } : {}),
          termStart: change.termStart,
          termEnd: change.termEnd,
          ...(change.substituteRank ? { substituteRank: change.substituteRank } : {}),
        });
      } else {
        // substituteRank undefined clears it: a substitute elected to a seat is no longer one.
        await members.update(change.memberId, term);
      }
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
