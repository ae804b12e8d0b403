import { beforeEach, describe, expect, it } from 'vitest';
import { meetings } from '../../storage/repositories';
import { freshDatabase } from '../../testing/render';
import { seedCouncil, seedMeeting } from '../../testing/seed';
import { changeMeetingStatus } from './meeting-actions';

describe('changeMeetingStatus', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it("a stale screen's save does not undo a newer edit", async () => {
    const council = await seedCouncil();
    const rendered = await seedMeeting(council.id, { status: 'agenda-ready', location: 'Fælleshuset' });
    // A sync brings a newer place after the screen rendered the meeting.
    await meetings.update(rendered.id, { location: 'Biblioteket' });

    const outcome = await changeMeetingStatus(rendered, 'in-progress', 2);

    expect(outcome.ok).toBe(true);
    const stored = await meetings.get(rendered.id);
    expect(stored).toMatchObject({ status: 'in-progress', location: 'Biblioteket' });
    expect(stored?.startedAt).toBeDefined();
  });
});
