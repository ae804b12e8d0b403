import { members } from '../../storage/repositories';

/** Removes a member; relatives who represented them keep their place but represent nobody. */
export async function removeMember(memberId: string, councilId: string): Promise<void> {
  for (const other of await members.where('councilId', councilId)) {
    if (other.representsMemberId === memberId) await members.update(other.id, { representsMemberId: undefined });
  }
  await members.remove(memberId);
}
