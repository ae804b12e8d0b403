import type { FollowUpStatus } from '../../domain/decision';
import { decisions } from '../../storage/repositories';

export async function setFollowUp(decisionId: string, followUp: FollowUpStatus): Promise<void> {
  await decisions.update(decisionId, { followUp });
}

/** An empty note clears it. */
export async function setFollowUpNote(decisionId: string, note: string): Promise<void> {
  const trimmed = note.trim();
  await decisions.update(decisionId, { followUpNote: trimmed ? trimmed : undefined });
}
