// Casting, undoing and closing a show-of-hands vote on the shared tablet.
import { newId } from '../../domain/ids';
import type { CastOutcome, TieBreak, Vote, VoteInput } from '../../domain/vote';
import { castOpenBallot, castSecretBallot } from '../../storage/ballot-box';
import { closeVote as closeStoredVote } from '../../storage/close-ballot-box';
import { ballots, votes } from '../../storage/repositories';

// Ballot ids cast on this device in this browser session, so staff can undo a mistaken tap
// even after a reload. sessionStorage only: the ids never leave the tablet and vanish with
// the session.
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

/** What staff choose when starting a vote, beyond the question. */
export type VoteSetup = Pick<
  VoteInput,
  'kind' | 'mode' | 'options' | 'maxChoices' | 'scale' | 'tieRule' | 'roundOf' | 'spokenChoices'
>;

export async function openVote(
  meetingId: string,
  agendaItemId: string,
  question: string,
  setup: VoteSetup = { kind: 'yes-no', mode: 'open' },
): Promise<Vote> {
  return votes.save({
    id: newId(),
    meetingId,
    agendaItemId,
    question,
    status: 'open',
    openedAt: new Date().toISOString(),
    ...setup,
  } as Vote);
}

/** Staff choose (or stop) counting raised hands without names in an open vote. */
export async function setUnnamedHands(voteId: string, on: boolean): Promise<void> {
  await votes.update(voteId, { unnamedHands: on ? true : undefined });
}

/**
 * An open (show of hands) ballot for the member staff picked, or, when staff chose counting
 * hands without names, a hand without a name. Storage refuses a second vote for a household,
 * an unnamed hand when that was not chosen, and more votes than people who can vote.
 */
export async function castMemberBallot(
  voteId: string,
  memberId: string | undefined,
  picked: string[],
): Promise<CastOutcome> {
  const ballotId = newId();
  const outcome = await castOpenBallot(voteId, memberId, picked, ballotId);
  // Staff can undo a mistaken tap on this tablet, as with the yes/no buttons.
  if (outcome.ok) rememberSessionBallotIds(voteId, [...sessionBallotIds(voteId), ballotId]);
  return outcome;
}

/** A secret ballot on the passed-round tablet: the ballot and the "has voted" row, together. */
export function castSecret(
  voteId: string,
  memberId: string,
  picked: string[],
  assisted: boolean,
): Promise<CastOutcome> {
  return castSecretBallot({ boxId: voteId, memberId, picked, assisted });
}

export async function saveHandCounts(voteId: string, handCounts: Record<string, number>): Promise<void> {
  await votes.update(voteId, { handCounts });
}

export async function recordTieBreak(voteId: string, tieBreak: TieBreak): Promise<void> {
  await votes.update(voteId, { tieBreak });
}

/** A new round between the tied options of a closed vote, on the same agenda item. */
export async function startNewRound(previous: Vote, among: readonly string[]): Promise<Vote> {
  const keep = (previous.options ?? []).filter((o) => among.includes(o.id));
  const custom = previous.kind === 'choose-one' || previous.kind === 'choose-up-to';
  const setup: VoteSetup = custom
    ? { kind: 'choose-one', mode: previous.mode, options: keep, tieRule: previous.tieRule, roundOf: previous.id }
    : {
        kind: previous.kind,
        mode: previous.mode,
        ...(previous.scale ? { scale: previous.scale } : {}),
        tieRule: previous.tieRule,
        roundOf: previous.id,
      };
  return openVote(previous.meetingId, previous.agendaItemId, previous.question, setup);
}

type ItemVote = Pick<Vote, 'id' | 'agendaItemId' | 'roundOf' | 'status' | 'openedAt'>;

/** The votes on an agenda item in the order they were started (older rows without a time first). */
export function votesOnItem<T extends ItemVote>(all: readonly T[], agendaItemId: string): T[] {
  return all
    .filter((v) => v.agendaItemId === agendaItemId)
    .map((vote, index) => ({ vote, index }))
    .sort((a, b) => (a.vote.openedAt ?? '').localeCompare(b.vote.openedAt ?? '') || a.index - b.index)
    .map(({ vote }) => vote);
}

/**
 * The vote an agenda item shows: the open one, or else the latest started that no other vote
 * is a new round of. An item may hold several votes (a new round, or a new question).
 */
export function currentVoteOf<T extends ItemVote>(all: readonly T[], agendaItemId: string): T | undefined {
  const onItem = votesOnItem(all, agendaItemId);
  const open = onItem.find((v) => v.status === 'open');
  if (open) return open;
  const repeated = new Set(onItem.map((v) => v.roundOf).filter(Boolean));
  return [...onItem].reverse().find((v) => !repeated.has(v.id)) ?? onItem[onItem.length - 1];
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

/** Closes a vote; a secret vote's tally is stored on it in the same transaction. */
export function closeVote(voteId: string): Promise<Vote> {
  return closeStoredVote(voteId);
}
