// Putting a member up for election, once. The id comes from the election and the member
// (domain/natural-key-id.ts), so two tablets make the same candidate record; the check for an
// existing candidate and the write share one transaction, so a double tap makes one row.
import type { Candidate } from '../domain/election';
import { naturalKeyId } from '../domain/natural-key-id';
import { stripMeta } from '../domain/sync-meta';
import { database } from './database';
import { candidates } from './repositories';

export async function addCandidateOnce(electionId: string, memberId: string): Promise<Candidate> {
  const db = database();
  return db.transaction('rw', [db.candidates, db.meta, db.outbox], async () => {
    const rows = await db.candidates.where('electionId').equals(electionId).toArray();
    const already = rows.find((c) => c.memberId === memberId && c._deleted !== 1);
    if (already) return stripMeta<Candidate>(already);
    return candidates.save({ id: naturalKeyId('candidates', { electionId, memberId }), electionId, memberId });
  });
}
