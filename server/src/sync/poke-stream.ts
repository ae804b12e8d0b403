// One device's poke stream (server-sent events): the space's version when it opens, then a
// `poke` each time the space gets a newer one, and a comment line as heartbeat so proxies keep
// the idle connection open. Before every poke and heartbeat the device is looked up again, so
// a revoked device's stream ends within one heartbeat. Pokes that arrive while a look-up is
// running fold into one: the device only needs to know the newest version to pull up to it.
import type { ServerResponse } from 'node:http';
import type { PokeSubscriber } from './poke-hub';

export interface PokeStreamOptions {
  spaceId: string;
  heartbeatMs: number;
  /** Whether the device may still sync (false: revoked). */
  stillAllowed(): Promise<boolean>;
  /** Called once when the stream has ended, for whatever reason. */
  onEnd(): void;
}

export const pokeStreamHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  // Every event must reach the device at once: no caching, no proxy buffering, no compression.
  'cache-control': 'no-cache, no-transform',
  'x-accel-buffering': 'no',
  connection: 'keep-alive',
};

const revokedEvent = `event: revoked\ndata: ${JSON.stringify({ error: 'revoked', message: 'This device no longer has access.' })}\n\n`;

export interface PokeStream extends PokeSubscriber {
  /**
   * Sends the headers and the space's version, read after the stream subscribed, so a push
   * committed in between is not missed: it is in that version or arrives as a poke. Pokes
   * received before are kept (only the newest matters) and sent if newer than `version`.
   */
  open(version: number): void;
}

export function createPokeStream(res: ServerResponse, options: PokeStreamOptions): PokeStream {
  let opened = false;
  let sent = 0;
  let newest = 0;
  let heartbeatDue = false;
  let running = false;
  let ended = false;
  let timer: NodeJS.Timeout | undefined;

  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(timer);
    if (opened && !res.writableEnded) res.end();
    options.onEnd();
  };

  const run = async () => {
    if (running || !opened) return;
    running = true;
    try {
      while (!ended && (newest > sent || heartbeatDue)) {
        const allowed = await options.stillAllowed();
        if (ended) return;
        if (!allowed) {
          res.write(revokedEvent);
          return end();
        }
        if (newest > sent) {
          const version = newest;
          res.write(`event: poke\ndata: ${JSON.stringify({ version })}\n\n`);
          sent = version;
        } else {
          res.write(': heartbeat\n\n');
        }
        heartbeatDue = false;
      }
    } catch {
      // The database could not be asked: end the stream, the device reconnects and pulls.
      end();
    } finally {
      running = false;
    }
  };

  // The device went away (or the server ended the response).
  res.on('close', end);

  return {
    spaceId: options.spaceId,
    open(version) {
      opened = true;
      sent = version;
      res.writeHead(200, pokeStreamHeaders);
      res.write(`event: version\ndata: ${JSON.stringify({ version })}\n\n`);
      if (ended || res.destroyed) {
        end();
        res.end();
        return;
      }
      timer = setInterval(() => {
        heartbeatDue = true;
        void run();
      }, options.heartbeatMs);
      void run();
    },
    poke(version) {
      if (version <= newest) return;
      newest = version;
      void run();
    },
    end,
  };
}
