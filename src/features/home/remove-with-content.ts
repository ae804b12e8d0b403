// Deleting a facility also deletes its councils and what belongs to them, children first (see
// storage/remove-cascade.ts): if the tablet stops half-way, the facility is still there.
import { removeCouncilWithContent } from '../../storage/remove-cascade';
import { councils, facilities } from '../../storage/repositories';

export async function removeFacilityWithContent(facilityId: string): Promise<void> {
  for (const council of await councils.where('facilityId', facilityId)) {
    await removeCouncilWithContent(council.id);
  }
  await facilities.remove(facilityId);
}
