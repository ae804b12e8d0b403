import { afterEach, describe, expect, it } from 'vitest';
import { formatStamp } from '../domain/hlc';
import { newId } from '../domain/ids';
import { stampChanges } from '../domain/stamp-changes';
import type { Stored } from '../domain/sync-meta';
import { freshDatabase } from '../testing/render';
import type { RaadetDatabase } from './database';
import { KnownLocalIds } from './known-local-ids';
import { meetings } from './repositories';
import { applyPulledPage as applyPrepared, preparePulledPage, type PulledPage } from './sync-pull-page';
import { readCursor } from './sync-state';

const cleanup: RaadetDatabase[] = [];
afterEach(() => Promise.all(cleanup.splice(0).map((db) => db.delete())).then(() => undefined));

function open(): RaadetDatabase {
  const db = freshDatabase();
  cleanup.push(db);
  return db;
}

const meeting = (id: string) => ({
  id,
  councilId: newId(),
  title: 'Forårsmøde',
  startsAt: '2026-03-04T10:00:00.000Z',
  endsAt: '2026-03-04T11:00:00.000Z',
  isOpen: false,
  status: 'planned' as const,
});

function fromServer<T extends { id: string }>(record: T, wallMs: number, existing?: Stored<T>): Stored<T> {
  return stampChanges(existing, record, 0, formatStamp({ wallMs, counter: 0, node: 'other' }));
}

const page = (record: Stored<Record<string, unknown> & { id: string }>) => ({
  changes: [{ table: 'meetings' as const, record }],
  cursor: { version: 3, table: 'meetings', id: record.id },
  lastMutationId: 0,
});

/** A page as a pull applies it: prepared first (its stamps checked against the same clock). */
const applyPulledPage = (db: RaadetDatabase, pulled: PulledPage, options: Parameters<typeof applyPrepared>[2] = {}) =>
  applyPrepared(db, preparePulledPage(pulled, options.nowMs), options);

describe('applyPulledPage', () => {
  it('stores a new record and its cursor without queueing it to be sent back', async () => {
    const db = open();
    const record = fromServer(meeting(newId()), Date.now() - 1000);
    expect(await applyPulledPage(db, page(record))).toEqual({ ok: true, records: 1, conflicts: 0 });
    expect(await db.meetings.get(record.id)).toEqual(record);
    expect(await db.outbox.count()).toBe(0);
    expect(await readCursor(db)).toEqual({ version: 3, table: 'meetings', id: record.id });
  });

  it('sends the merged record back when the local copy had a newer field', async () => {
    const db = open();
    const saved = await meetings.save(meeting(newId()));
    await meetings.update(saved.id, { location: 'Haven' });
    await db.outbox.clear();
    const older = fromServer({ ...saved, title: 'Sommermøde' }, Date.now() - 60_000, await db.meetings.get(saved.id));
    const incoming = { ...older, location: undefined, _stamps: { ...older._stamps, location: older._stamps.title! } };
    delete incoming.location;
    expect(await applyPulledPage(db, page(incoming), { evenWithUnsentChanges: true })).toMatchObject({ ok: true });
    expect(await db.meetings.get(saved.id)).toMatchObject({ title: 'Forårsmøde', location: 'Haven' });
    expect(await db.outbox.toArray()).toEqual([expect.objectContaining({ table: 'meetings', id: saved.id })]);
  });

  it('waits for a push first when a record of the page has unsent local changes', async () => {
    const db = open();
    const saved = await meetings.save(meeting(newId()));
    const incoming = fromServer({ ...saved, title: 'Sommermøde' }, Date.now() + 1000, await db.meetings.get(saved.id));
    expect(await applyPulledPage(db, page(incoming))).toEqual({ ok: false, reason: 'unsent-changes' });
    expect(await db.meetings.get(saved.id)).toMatchObject({ title: 'Forårsmøde' });
    expect(await readCursor(db)).toEqual({ version: 0, table: '', id: '' });
  });

  // One pull lists a table's keys once (known-local-ids.ts); a record saved here after that
  // must still be found and merged, not overwritten as if it were new.
  it('merges with a record saved here after the pull listed the table', async () => {
    const db = open();
    const known = new KnownLocalIds();
    const first = fromServer(meeting(newId()), Date.now() - 1000);
    expect(await applyPulledPage(db, page(first), { known })).toMatchObject({ ok: true });
    const saved = await meetings.save(meeting(newId()));
    const older = fromServer({ ...saved, title: 'Sommermøde' }, Date.now() - 60_000);
    expect(await applyPulledPage(db, page(older), { known, evenWithUnsentChanges: true })).toMatchObject({
      ok: true,
    });
    expect(await db.meetings.get(saved.id)).toMatchObject({ title: 'Forårsmøde' });
  });

  // A pull prepares the next page while it stores this one (sync-once.ts): the record may be
  // saved here in between, and must then be merged, not stored as the new record it looked like.
  it('merges with a record saved here after the page was prepared', async () => {
    const db = open();
    const id = newId();
    const prepared = preparePulledPage(page(fromServer({ ...meeting(id), title: 'Sommermøde' }, Date.now() - 60_000)));
    await meetings.save({ ...meeting(id), location: 'Haven' });
    expect(await applyPrepared(db, prepared, { evenWithUnsentChanges: true })).toMatchObject({ ok: true });
    expect(await db.meetings.get(id)).toMatchObject({ title: 'Forårsmøde', location: 'Haven' });
  });

  it('refuses a page with stamps far ahead of this device’s clock', async () => {
    const db = open();
    const record = fromServer(meeting(newId()), Date.now() + 10 * 60_000);
    expect(await applyPulledPage(db, page(record))).toEqual({ ok: false, reason: 'future-stamps' });
    expect(await db.meetings.count()).toBe(0);
  });
});
