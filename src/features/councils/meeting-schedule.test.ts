import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../domain/meeting';
import { meetingsThisYear, splitMeetings } from './meeting-schedule';

const councilId = '00000000-0000-4000-8000-000000000001';
let n = 0;
function meeting(startsAt: string, status: Meeting['status'] = 'planned'): Meeting {
  n += 1;
  const end = new Date(new Date(startsAt).getTime() + 3600_000).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    councilId,
    title: `Møde ${n}`,
    startsAt,
    endsAt: end,
    isOpen: false,
    status,
  };
}

describe('splitMeetings', () => {
  const now = new Date('2026-05-10T12:00:00Z');

  it('lists upcoming meetings soonest first and past meetings latest first', () => {
    const a = meeting('2026-06-01T08:00:00.000Z');
    const b = meeting('2026-05-20T08:00:00.000Z');
    const c = meeting('2026-02-01T08:00:00.000Z', 'held');
    const d = meeting('2026-04-01T08:00:00.000Z', 'minutes-published');
    const { upcoming, past } = splitMeetings([a, b, c, d], now);
    expect(upcoming.map((m) => m.id)).toEqual([b.id, a.id]);
    expect(past.map((m) => m.id)).toEqual([d.id, c.id]);
  });

  it('keeps a running meeting among the upcoming ones even after its planned end', () => {
    const running = meeting('2026-05-10T08:00:00.000Z', 'in-progress');
    expect(splitMeetings([running], now).upcoming).toHaveLength(1);
  });

  it('treats a held meeting later today as past', () => {
    const heldEarly = meeting('2026-05-10T14:00:00.000Z', 'held');
    expect(splitMeetings([heldEarly], now).past).toHaveLength(1);
  });
});

describe('meetingsThisYear', () => {
  const now = new Date('2026-05-10T12:00:00Z');

  it.each([
    [[], 4, 0, false],
    [['2026-01-10', '2026-03-10', '2026-06-10'], 4, 3, false],
    [['2026-01-10', '2026-03-10', '2026-06-10', '2026-09-10'], 4, 4, true],
    [['2025-12-10', '2027-01-10', '2026-06-10'], 1, 1, true],
  ] as const)('counts %j against %i recommended', (dates, recommended, count, enough) => {
    const plan = meetingsThisYear(
      dates.map((d) => meeting(`${d}T08:00:00.000Z`)),
      recommended,
      now,
    );
    expect(plan).toEqual({ year: 2026, count, recommended, enough });
  });
});
