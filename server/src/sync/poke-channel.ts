// The PostgreSQL notification channel through which every server process learns that a space
// has a new version, whichever process took the push. NOTIFY is delivered at commit, so a
// process that pokes its devices knows the change is already visible to their pull.
import { z } from 'zod';

export const syncChannel = 'raadet_sync';

const payloadSchema = z.object({ spaceId: z.string(), version: z.number().int().min(0) });
export type Poke = z.infer<typeof payloadSchema>;

export function pokePayload(spaceId: string, version: number): string {
  return JSON.stringify({ spaceId, version } satisfies Poke);
}

/** The poke a notification names, or undefined for anything else on the channel. */
export function readPokePayload(payload: string): Poke | undefined {
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
