// Records for this feature's screen tests: a council, and a planned meeting in Fælleshuset.
import type { Meeting } from '../../domain/meeting';
import { seedCouncil, seedItem, seedMeeting } from '../../testing/seed';

export function givenCouncil(name = 'Brugerrådet') {
  return seedCouncil({ name });
}

export async function givenMeeting(changes: Partial<Meeting> = {}) {
  const council = await givenCouncil();
  const meeting = await seedMeeting(council.id, { location: 'Fælleshuset', ...changes });
  return { council, meeting };
}

export { seedItem as givenItem };
