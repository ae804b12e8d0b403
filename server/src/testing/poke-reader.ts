// Reads a poke stream over real HTTP the way the app will: fetch() with the Authorization
// header (EventSource cannot send one) and a stream reader. `inject` cannot stream, so tests of
// the poke stream listen on a port.
import { protocolHeader, syncProtocolVersion } from '../../../src/domain/sync-protocol';

export interface PokeEvent {
  event: string;
  data: unknown;
}

export interface PokeReader {
  status: number;
  /** Waits for the next event with this name (earlier events of other names are skipped). */
  next(event: string): Promise<PokeEvent>;
  /** Every event received so far, in order. */
  readonly received: readonly PokeEvent[];
  /** Resolves when the server has ended the stream. */
  readonly ended: Promise<void>;
  close(): Promise<void>;
}

export async function openPokeReader(baseUrl: string, token: string): Promise<PokeReader> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/sync/poke`, {
    headers: { authorization: `Bearer ${token}`, [protocolHeader]: String(syncProtocolVersion) },
    signal: controller.signal,
  });
  const received: PokeEvent[] = [];
  let seen = 0;
  let wake = () => {};
  let done = false;

  const ended = (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        buffer += value;
        let split: number;
        while ((split = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, split);
          buffer = buffer.slice(split + 2);
          const lines = block.split('\n').filter((line) => !line.startsWith(':'));
          if (lines.length === 0) {
            received.push({ event: 'heartbeat', data: undefined });
          } else {
            const event = lines.find((line) => line.startsWith('event: '))?.slice('event: '.length) ?? 'message';
            const data = lines.find((line) => line.startsWith('data: '))?.slice('data: '.length);
            received.push({ event, data: data === undefined ? undefined : JSON.parse(data) });
          }
          wake();
        }
      }
    } catch {
      // Aborted by close().
    } finally {
      done = true;
      wake();
    }
  })();

  return {
    status: response.status,
    received,
    ended,
    async next(event) {
      for (;;) {
        while (seen < received.length) {
          const candidate = received[seen++]!;
          if (candidate.event === event) return candidate;
        }
        if (done) throw new Error(`The poke stream ended before a "${event}" event`);
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    async close() {
      controller.abort();
      await ended;
    },
  };
}
