// The server's poke stream (server-sent events): "something changed in your facility, pull
// now". Read with fetch and a stream reader rather than EventSource, which cannot send the
// Authorization header. Reconnects with backoff for as long as it runs.
import { nextDelay } from './backoff';
import type { SyncHttp } from './sync-http';

/**
 * Parses SSE text as it arrives; calls `onPoke` for each `poke` event, and for `revoked` too:
 * the sync that follows meets the 401 and shows the revoked screen.
 */
export function pokeParser(onPoke: () => void): (chunk: string) => void {
  let buffer = '';
  return (chunk) => {
    buffer += chunk.replaceAll('\r\n', '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = block
        .split('\n')
        .find((line) => line.startsWith('event:'))
        ?.slice('event:'.length)
        .trim();
      if (event === 'poke' || event === 'revoked') onPoke();
    }
  };
}

export function openPokeStream(http: SyncHttp, onPoke: () => void, random = Math.random): () => void {
  const controller = new AbortController();
  let failures = 0;
  const run = async () => {
    while (!controller.signal.aborted) {
      try {
        const response = await http.request('/api/sync/poke', {
          headers: { accept: 'text/event-stream' },
          signal: controller.signal,
        });
        const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
        const parse = pokeParser(onPoke);
        failures = 0;
        // A (re)connected stream may have missed pokes: pull once.
        onPoke();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parse(value);
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      failures += 1;
      await new Promise((resolve) => setTimeout(resolve, nextDelay(failures, random)));
    }
  };
  void run();
  return () => controller.abort();
}
