// Records for this feature's screen tests: a meeting whose picture agenda is ready, open to guests.
import type { Meeting } from '../../domain/meeting';
import { seedCouncil, seedItem, seedMeeting } from '../../testing/seed';

export async function givenMeeting(changes: Partial<Meeting> = {}) {
  const council = await seedCouncil();
  return seedMeeting(council.id, { location: 'Fælleshuset', isOpen: true, status: 'agenda-ready', ...changes });
}

export { seedItem as givenItem };
