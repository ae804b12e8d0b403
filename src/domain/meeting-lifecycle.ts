import { changedFields } from './changed-fields';
import type { Meeting, MeetingStatus } from './meeting';

export type TransitionRefusal = 'same-status' | 'not-allowed' | 'agenda-empty' | 'meeting-not-held';

export type TransitionOutcome =
  /** `changes` holds only the fields the transition sets or clears: store those, not `meeting`. */
  | { ok: true; meeting: Meeting; changes: Partial<Omit<Meeting, 'id'>> }
  | { ok: false; reason: TransitionRefusal; from: MeetingStatus; to: MeetingStatus };

/**
 * The only ways a meeting may move. Going back is allowed where staff may need to
 * correct themselves (reopen the agenda for edits, resume a meeting closed by mistake),
 * but published minutes are final.
 */
const allowed: Record<MeetingStatus, readonly MeetingStatus[]> = {
  planned: ['agenda-ready'],
  'agenda-ready': ['planned', 'in-progress'],
  'in-progress': ['held'],
  held: ['in-progress', 'minutes-published'],
  'minutes-published': [],
};

export function canTransition(from: MeetingStatus, to: MeetingStatus): boolean {
  return allowed[from].includes(to);
}

export interface TransitionContext {
  agendaItemCount: number;
  now: Date;
}

export function transitionMeeting(meeting: Meeting, to: MeetingStatus, context: TransitionContext): TransitionOutcome {
  const from = meeting.status;
  if (from === to) return { ok: false, reason: 'same-status', from, to };
  if (!canTransition(from, to)) return { ok: false, reason: 'not-allowed', from, to };
  if ((to === 'agenda-ready' || to === 'in-progress') && context.agendaItemCount === 0) {
    return { ok: false, reason: 'agenda-empty', from, to };
  }
  const now = context.now.toISOString();
  const next: Meeting = { ...meeting, status: to };
  if (to === 'in-progress' && !meeting.startedAt) next.startedAt = now;
  // Resuming a meeting closed by mistake: it has not ended any more.
  if (to === 'in-progress') delete next.endedAt;
  if (to === 'held') next.endedAt = now;
  if (to === 'minutes-published') next.publishedAt = now;
  return { ok: true, meeting: next, changes: changedFields(meeting, next) };
}
