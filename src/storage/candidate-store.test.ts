import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { naturalKeyId } from '../domain/natural-key-id';
import { freshDatabase } from '../testing/render';
import { addCandidateOnce } from './candidate-store';
import type { RaadetDatabase } from './database';

const cleanup: RaadetDatabase[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((db) => db.delete()));
});

describe('addCandidateOnce', () => {
  it('puts a member up once, under the id every tablet derives, even on a double tap', async () => {
    const db = freshDatabase();
    cleanup.push(db);
    const electionId = newId();
    const memberId = newId();
    const [a, b] = await Promise.all([addCandidateOnce(electionId, memberId), addCandidateOnce(electionId, memberId)]);
    expect(a.id).toBe(naturalKeyId('candidates', { electionId, memberId }));
    expect(b.id).toBe(a.id);
    expect(await db.candidates.count()).toBe(1);
  });
});
