// Pure rules for the council's year: which meetings are ahead, which are behind, and whether
// the council meets as often as it aims to.
import type { Meeting } from '../../domain/meeting';

const finished: readonly Meeting['status'][] = ['held', 'minutes-published'];

/** Upcoming meetings first (soonest first), then past meetings (latest first). */
export function splitMeetings(meetings: readonly Meeting[], now: Date): { upcoming: Meeting[]; past: Meeting[] } {
  const nowIso = now.toISOString();
  const isPast = (m: Meeting) => finished.includes(m.status) || (m.endsAt < nowIso && m.status !== 'in-progress');
  const upcoming = meetings.filter((m) => !isPast(m)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = meetings.filter(isPast).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { upcoming, past };
}

export interface YearPlan {
  year: number;
  /** Meetings whose date falls in this calendar year, held or planned. */
  count: number;
  recommended: number;
  enough: boolean;
}

export function meetingsThisYear(meetings: readonly Meeting[], recommended: number, now: Date): YearPlan {
  const year = now.getFullYear();
  const count = meetings.filter((m) => new Date(m.startsAt).getFullYear() === year).length;
  return { year, count, recommended, enough: count >= recommended };
}
