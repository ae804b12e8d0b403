// Records for this feature's screen tests: a planned meeting without a place yet.
import type { Meeting } from '../../domain/meeting';
import { seedCouncil, seedItem, seedMeeting } from '../../testing/seed';

export async function givenMeeting(changes: Partial<Meeting> = {}) {
  const council = await seedCouncil();
  return seedMeeting(council.id, changes);
}

export { seedItem as givenItem };
