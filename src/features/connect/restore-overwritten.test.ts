import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids';
import { meetings } from '../../storage/repositories';
import { freshDatabase } from '../../testing/render';
import { restoreOverwritten } from './restore-overwritten';

let meetingId: string;

beforeEach(async () => {
  freshDatabase();
  meetingId = newId();
  await meetings.save({
    id: meetingId,
    councilId: newId(),
    title: 'Forårsmøde',
    location: 'Haven',
    startsAt: '2026-03-04T10:00:00.000Z',
    endsAt: '2026-03-04T11:00:00.000Z',
    isOpen: false,
    status: 'planned',
  });
});

describe('restoring an overwritten value', () => {
  it('writes the lost value back through the repository, and an empty one clears the field', async () => {
    expect(
      await restoreOverwritten({ table: 'meetings', recordId: meetingId, field: 'title', value: 'Sommermøde' }),
    ).toEqual({ ok: true });
    expect(
      await restoreOverwritten({ table: 'meetings', recordId: meetingId, field: 'location', value: null }),
    ).toEqual({
      ok: true,
    });
    const meeting = await meetings.get(meetingId);
    expect(meeting?.title).toBe('Sommermøde');
    expect(meeting).not.toHaveProperty('location');
  });

  it.each([
    ['a record this device does not have', { recordId: 'elsewhere', field: 'title', value: 'X' }, 'missing-record'],
    ['a value the record no longer accepts', { recordId: '', field: 'status', value: 'exploded' }, 'invalid'],
    ['a sync field', { recordId: '', field: '_deleted', value: 0 }, 'not-restorable'],
  ])('refuses %s and changes nothing', async (_case, entry, reason) => {
    const before = await meetings.get(meetingId);
    const outcome = await restoreOverwritten({ table: 'meetings', ...entry, recordId: entry.recordId || meetingId });
    expect(outcome).toEqual({ ok: false, reason });
    expect(await meetings.get(meetingId)).toEqual(before);
  });
});
