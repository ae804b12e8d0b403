import { describe, expect, it } from 'vitest';
import { canTransition, transitionMeeting } from './meeting-lifecycle';
import { meetingStatuses, type Meeting, type MeetingStatus } from './meeting';

const now = new Date('2025-03-04T10:15:00.000Z');

function meeting(status: MeetingStatus, extra: Partial<Meeting> = {}): Meeting {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    councilId: '00000000-0000-4000-8000-000000000002',
    title: 'Forårsmøde',
    startsAt: '2025-03-04T10:00:00.000Z',
    endsAt: '2025-03-04T11:00:00.000Z',
    isOpen: false,
    status,
    ...extra,
  };
}

const allowed = new Set([
  'planned→agenda-ready',
  'agenda-ready→planned',
  'agenda-ready→in-progress',
  'in-progress→held',
  'held→in-progress',
  'held→minutes-published',
]);

const pairs = meetingStatuses.flatMap((from) => meetingStatuses.map((to) => ({ from, to })));
const allowedPairs = pairs.filter(({ from, to }) => allowed.has(`${from}→${to}`));
const refusedPairs = pairs.filter(({ from, to }) => from !== to && !allowed.has(`${from}→${to}`));
const samePairs = pairs.filter(({ from, to }) => from === to);

describe('meeting lifecycle', () => {
  it('covers all 25 status pairs', () => {
    expect(allowedPairs.length + refusedPairs.length + samePairs.length).toBe(25);
    expect(allowedPairs).toHaveLength(6);
  });

  it.each(allowedPairs)('lets a meeting move from $from to $to', ({ from, to }) => {
    expect(canTransition(from, to)).toBe(true);
    const outcome = transitionMeeting(meeting(from), to, { agendaItemCount: 3, now });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.meeting.status).toBe(to);
  });

  it.each(refusedPairs)('refuses to move a meeting from $from to $to', ({ from, to }) => {
    expect(canTransition(from, to)).toBe(false);
    const before = meeting(from);
    const outcome = transitionMeeting(before, to, { agendaItemCount: 3, now });
    expect(outcome).toEqual({ ok: false, reason: 'not-allowed', from, to });
    expect(before.status).toBe(from);
  });

  it.each(samePairs)('refuses to "move" a $from meeting to the status it already has', ({ from, to }) => {
    expect(transitionMeeting(meeting(from), to, { agendaItemCount: 3, now })).toEqual({
      ok: false,
      reason: 'same-status',
      from,
      to,
    });
  });

  it.each([
    { from: 'planned', to: 'agenda-ready' },
    { from: 'agenda-ready', to: 'in-progress' },
  ] as const)('refuses $from → $to while the agenda is empty', ({ from, to }) => {
    expect(transitionMeeting(meeting(from), to, { agendaItemCount: 0, now })).toEqual({
      ok: false,
      reason: 'agenda-empty',
      from,
      to,
    });
  });

  it('lets staff reopen an agenda for edits even when it has become empty', () => {
    const outcome = transitionMeeting(meeting('agenda-ready'), 'planned', { agendaItemCount: 0, now });
    expect(outcome.ok).toBe(true);
  });

  it('stamps startedAt when the meeting starts', () => {
    const outcome = transitionMeeting(meeting('agenda-ready'), 'in-progress', { agendaItemCount: 2, now });
    expect(outcome.ok && outcome.meeting.startedAt).toBe(now.toISOString());
  });

  it('keeps the first startedAt when a meeting closed by mistake is resumed', () => {
    const held = meeting('held', {
      startedAt: '2025-03-04T10:01:00.000Z',
      endedAt: '2025-03-04T10:05:00.000Z',
    });
    const outcome = transitionMeeting(held, 'in-progress', { agendaItemCount: 2, now });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.meeting.startedAt).toBe('2025-03-04T10:01:00.000Z');
    expect(outcome.meeting.endedAt).toBeUndefined();
    // Only what the transition changes is stored; endedAt is sent as "clear".
    expect(outcome.changes).toEqual({ status: 'in-progress', endedAt: undefined });
    expect(outcome.changes).toHaveProperty('endedAt', undefined);
  });

  it('returns as changes only the fields the transition sets', () => {
    const outcome = transitionMeeting(meeting('agenda-ready'), 'in-progress', { agendaItemCount: 2, now });
    expect(outcome.ok && outcome.changes).toEqual({ status: 'in-progress', startedAt: now.toISOString() });
  });

  it('stamps endedAt when the meeting is held', () => {
    const outcome = transitionMeeting(meeting('in-progress', { startedAt: '2025-03-04T10:00:00.000Z' }), 'held', {
      agendaItemCount: 2,
      now,
    });
    expect(outcome.ok && outcome.meeting.endedAt).toBe(now.toISOString());
  });

  it('stamps publishedAt when the minutes are published', () => {
    const outcome = transitionMeeting(meeting('held'), 'minutes-published', { agendaItemCount: 2, now });
    expect(outcome.ok && outcome.meeting.publishedAt).toBe(now.toISOString());
  });

  it('does not change the meeting it was given', () => {
    const before = meeting('agenda-ready');
    const copy = structuredClone(before);
    transitionMeeting(before, 'in-progress', { agendaItemCount: 1, now });
    expect(before).toEqual(copy);
  });
});
