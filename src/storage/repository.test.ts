import { beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../domain/meeting';
import { parseStamp } from '../domain/hlc';
import { newId } from '../domain/ids';
import { freshDatabase } from '../testing/render';
import type { RaadetDatabase } from './database';
import { meetings } from './repositories';
import { ValidationError } from '../domain/validation-error';

let db: RaadetDatabase;
beforeEach(() => {
  db = freshDatabase();
  return () => db.delete();
});

function aMeeting(extra: Partial<Meeting> = {}): Meeting {
  return {
    id: newId(),
    councilId: newId(),
    title: 'Forårsmøde',
    startsAt: '2025-03-04T10:00:00.000Z',
    endsAt: '2025-03-04T11:00:00.000Z',
    isOpen: false,
    status: 'planned',
    ...extra,
  };
}

describe('repository', () => {
  it('keeps both of two updates to different fields made at the same time', async () => {
    const m = aMeeting();
    await meetings.save(m);
    await Promise.all([
      meetings.update(m.id, { location: 'Fælleshuset' }),
      meetings.update(m.id, { title: 'Sommermøde' }),
    ]);
    expect(await meetings.get(m.id)).toMatchObject({ location: 'Fælleshuset', title: 'Sommermøde' });
  });

  it('does not bring a record back when an update and a removal race', async () => {
    const m = aMeeting();
    await meetings.save(m);
    const results = await Promise.allSettled([meetings.remove(m.id), meetings.update(m.id, { title: 'Sommermøde' })]);
    expect(results[0].status).toBe('fulfilled');
    expect(await meetings.get(m.id)).toBeUndefined();
  });

  it('stores a valid record and reads it back without sync fields', async () => {
    const m = aMeeting({ location: 'Fælleshuset' });
    await meetings.save(m);
    expect(await meetings.get(m.id)).toEqual(m);
    expect(await meetings.all()).toEqual([m]);
    expect(await meetings.where('councilId', m.councilId)).toEqual([m]);
  });

  it('returns what the schema made of the input (trimmed, defaults)', async () => {
    const m = aMeeting();
    const { isOpen, status, ...bare } = m;
    void isOpen;
    void status;
    const saved = await meetings.save({ ...bare, title: '  Forårsmøde  ' } as Meeting);
    expect(saved).toEqual(m);
    expect(await meetings.get(m.id)).toEqual(m);
  });

  it.each([
    { name: 'an empty title', change: { title: '  ' }, field: 'title' },
    { name: 'an end before the start', change: { endsAt: '2025-03-04T09:00:00.000Z' }, field: 'endsAt' },
    { name: 'an id that is not a UUID', change: { id: 'abc' }, field: 'id' },
  ])('refuses $name with a ValidationError and stores nothing', async ({ change, field }) => {
    const m = aMeeting(change);
    const error = await meetings.save(m).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path.join('.'))).toContain(field);
    expect(await db.meetings.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses an invalid update and keeps the stored record as it was', async () => {
    const m = aMeeting();
    await meetings.save(m);
    const raw = await db.meetings.get(m.id);
    await expect(meetings.update(m.id, { title: '' })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.meetings.get(m.id)).toEqual(raw);
    expect(await db.outbox.count()).toBe(1);
  });

  it('stamps every field of a new record with one stamp', async () => {
    const m = aMeeting({ location: 'Stuen' });
    await meetings.save(m);
    const raw = (await db.meetings.get(m.id))!;
    expect(Object.keys(raw._stamps).sort()).toEqual([...Object.keys(m), '_deleted'].sort());
    const stamps = new Set(Object.values(raw._stamps));
    expect(stamps.size).toBe(1);
    const [stamp] = stamps;
    expect(parseStamp(stamp!)).not.toBeNull();
    expect(raw._changed).toBe(stamp);
    expect(raw._deleted).toBe(0);
  });

  it('stamps only the fields an update changed', async () => {
    const m = aMeeting({ location: 'Stuen' });
    await meetings.save(m);
    const before = (await db.meetings.get(m.id))!;
    await meetings.update(m.id, { title: 'Sommermøde', location: 'Stuen', status: 'planned' });
    const after = (await db.meetings.get(m.id))!;
    expect(after.title).toBe('Sommermøde');
    const changedFields = Object.keys(after._stamps).filter((f) => after._stamps[f] !== before._stamps[f]);
    expect(changedFields).toEqual(['title']);
    expect(after._changed).toBe(after._stamps.title);
    expect(after._changed > before._changed).toBe(true);
  });

  it('clears a field set to undefined in an update, and stamps it', async () => {
    const m = aMeeting({ location: 'Stuen' });
    await meetings.save(m);
    await meetings.update(m.id, { location: undefined });
    const raw = (await db.meetings.get(m.id))!;
    expect(raw).not.toHaveProperty('location');
    expect(raw._stamps.location).toBe(raw._changed);
  });

  it('refuses to update a record that does not exist', async () => {
    await expect(meetings.update(newId(), { title: 'x' })).rejects.toThrow(/not found/);
  });

  it('keeps a removed record as a tombstone', async () => {
    const m = aMeeting();
    await meetings.save(m);
    await meetings.remove(m.id);
    expect(await meetings.get(m.id)).toBeUndefined();
    expect(await meetings.all()).toEqual([]);
    expect(await meetings.where('councilId', m.councilId)).toEqual([]);
    const raw = (await db.meetings.get(m.id))!;
    expect(raw._deleted).toBe(1);
    expect(raw._stamps._deleted).toBe(raw._changed);
    expect(raw.title).toBe('Forårsmøde');
  });

  it('does nothing when removing twice', async () => {
    const m = aMeeting();
    await meetings.save(m);
    await meetings.remove(m.id);
    const raw = await db.meetings.get(m.id);
    await meetings.remove(m.id);
    expect(await db.meetings.get(m.id)).toEqual(raw);
    expect(await db.outbox.count()).toBe(2);
  });

  it('refuses to update a removed record', async () => {
    const m = aMeeting();
    await meetings.save(m);
    await meetings.remove(m.id);
    await expect(meetings.update(m.id, { title: 'x' })).rejects.toThrow(/not found/);
  });

  it('revives a removed record that is saved again', async () => {
    const m = aMeeting();
    await meetings.save(m);
    await meetings.remove(m.id);
    await meetings.save(m);
    expect(await meetings.get(m.id)).toEqual(m);
    const raw = (await db.meetings.get(m.id))!;
    expect(raw._deleted).toBe(0);
    expect(raw._stamps._deleted).toBe(raw._changed);
  });

  it('queues every write in the outbox', async () => {
    const m = aMeeting();
    await meetings.save(m);
    await meetings.update(m.id, { title: 'Sommermøde' });
    await meetings.remove(m.id);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(3);
    expect(outbox.every((row) => row.table === 'meetings' && row.id === m.id)).toBe(true);
    expect(outbox.at(-1)!.seq).toBe((await db.meetings.get(m.id))!._changed);
  });

  it('gives every write a strictly later stamp', async () => {
    const m = aMeeting();
    await meetings.save(m);
    for (let i = 0; i < 20; i++) await meetings.update(m.id, { title: `Møde ${i}` });
    await meetings.save(aMeeting());
    await meetings.remove(m.id);
    const seqs = (await db.outbox.toArray()).map((r) => r.seq);
    expect(seqs).toHaveLength(23);
    const sorted = [...seqs].sort();
    expect(seqs).toEqual(sorted);
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('keeps stamps increasing after the app is reopened', async () => {
    const m = aMeeting();
    await meetings.save(m);
    const first = (await db.meetings.get(m.id))!._changed;
    db.close();
    await db.open();
    await meetings.update(m.id, { title: 'Efter genstart' });
    const second = (await db.meetings.get(m.id))!._changed;
    expect(second > first).toBe(true);
    expect(parseStamp(second)!.node).toBe(parseStamp(first)!.node);
  });
});
