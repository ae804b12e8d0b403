// One LISTEN per server process, fanned out to the poke streams open on this process. The
// set of open streams is the only sync state held in memory, and no other process needs it:
// every process hears every NOTIFY and pokes its own connections.
import type { Database } from '../db/database';
import { readPokePayload, syncChannel } from './poke-channel';

/** An open stream, as the hub sees it. */
export interface PokeSubscriber {
  readonly spaceId: string;
  poke(version: number): void;
  /** Ends the stream (the server is shutting down). */
  end(): void;
}

export interface PokeHub {
  /** Starts delivering this space's pokes; returns the function that stops it. */
  subscribe(subscriber: PokeSubscriber): () => void;
  /** Ends every open stream and stops listening, so the server can close. */
  close(): Promise<void>;
}

export async function startPokeHub(db: Database): Promise<PokeHub> {
  const bySpace = new Map<string, Set<PokeSubscriber>>();
  const unlisten = await db.listen(syncChannel, (payload) => {
    const poke = readPokePayload(payload);
    if (!poke) return;
    for (const subscriber of bySpace.get(poke.spaceId) ?? []) subscriber.poke(poke.version);
  });
  return {
    subscribe(subscriber) {
      let set = bySpace.get(subscriber.spaceId);
      if (!set) bySpace.set(subscriber.spaceId, (set = new Set()));
      set.add(subscriber);
      return () => {
        set.delete(subscriber);
        if (set.size === 0 && bySpace.get(subscriber.spaceId) === set) bySpace.delete(subscriber.spaceId);
      };
    },
    async close() {
      for (const set of [...bySpace.values()]) for (const subscriber of [...set]) subscriber.end();
      bySpace.clear();
      await unlisten();
    },
  };
}
