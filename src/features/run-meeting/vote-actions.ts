// Casting, undoing and closing a show-of-hands vote on the shared tablet.
import { newId } from '../../domain/ids';
import { canCast, type CastOutcome, type Vote, type YesNoChoice } from '../../domain/vote';
import { ballots, votes } from '../../storage/repositories';

// Ballot ids cast on this device in this browser session, so staff can undo a mistaken tap
// even after a reload. sessionStorage only: the ids never leave the tablet and vanish with
// the session, and ballots themselves carry no member.
const sessionKey = (voteId: string) => `raadet.run-meeting.ballots.${voteId}`;

export function sessionBallotIds(voteId: string): string[] {
  try {
    const raw = globalThis.sessionStorage?.getItem(sessionKey(voteId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function rememberSessionBallotIds(voteId: string, ids: readonly string[]): void {
  try {
    globalThis.sessionStorage?.setItem(sessionKey(voteId), JSON.stringify(ids));
  } catch {
    // Storage refused (private mode): undo then works until the page reloads.
  }
}

export async function openVote(meetingId: string, agendaItemId: string, question: string): Promise<Vote> {
  return votes.save({ id: newId(), meetingId, agendaItemId, question, kind: 'yes-no', mode: 'open', status: 'open' });
}

export async function castBallot(voteId: string, choice: YesNoChoice): Promise<CastOutcome> {
  // Read the vote fresh: another tab or device may have closed it a moment ago.
  const vote = await votes.get(voteId);
  if (!vote) return { ok: false, reason: 'wrong-vote' };
  const ballot = { id: newId(), voteId, choice };
  const allowed = canCast(vote, ballot);
  if (!allowed.ok) return allowed;
  await ballots.save(ballot);
  rememberSessionBallotIds(voteId, [...sessionBallotIds(voteId), ballot.id]);
  return { ok: true };
}

/** Removes the last ballot cast on this device in this session; false when there is none. */
export async function undoLastBallot(voteId: string): Promise<boolean> {
  const ids = sessionBallotIds(voteId);
  const vote = await votes.get(voteId);
  if (!vote || vote.status !== 'open') return false;
  while (ids.length > 0) {
    const last = ids.pop() as string;
    const stored = await ballots.get(last);
    if (stored) {
      await ballots.remove(last);
      rememberSessionBallotIds(voteId, ids);
      return true;
    }
  }
  rememberSessionBallotIds(voteId, ids);
  return false;
}

export async function closeVote(voteId: string): Promise<void> {
  await votes.update(voteId, { status: 'closed' });
}
