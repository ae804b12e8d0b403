// A real PostgreSQL server (DATABASE_URL), for facilities or municipalities that run several
// server processes: everything shared lives in the database, notifications go through
// LISTEN/NOTIFY, so any process can serve any device.
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Database, Sql } from './database';

const statementNames = new Map<string, string>();

/**
 * A name for the prepared statement of `text`. Named statements are parsed and planned once per
 * connection instead of on every request, which was about a third of what PostgreSQL spent on a
 * pull. Every statement the server runs is a constant text, so the set of names stays small.
 */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `raadet_${createHash('sha1').update(text).digest('hex')}`;
    statementNames.set(text, name);
  }
  return name;
}

function wrap(client: Pick<pg.ClientBase, 'query'>): Sql {
  return {
    async query(text, params = []) {
      const result =
        params.length > 0
          ? await client.query({ name: statementName(text), text, values: params as unknown[] })
          : await client.query(text);
      return result.rows as never;
    },
    async script(text) {
      // Without parameters pg uses the simple protocol, which runs several statements.
      await client.query(text);
    },
  };
}

export async function openPostgresDatabase(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // Fail at start, not at the first request, when the database cannot be reached.
  await pool.query('select 1');
  // An idle pooled connection that PostgreSQL drops is removed by the pool; without a handler
  // its error would end the process.
  pool.on('error', () => {});
  const listeners = new Set<pg.Client>();
  let closing = false;
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onNotify) {
      let stopped = false;
      let reconnecting = false;
      let client: pg.Client | undefined;
      const connect = async (): Promise<void> => {
        const next = new pg.Client({ connectionString });
        // A dropped connection (PostgreSQL restarted, a proxy timed out) would otherwise be an
        // unhandled error that ends the process; listen again on a new one instead.
        next.on('error', () => {});
        next.on('end', () => {
          listeners.delete(next);
          if (!stopped && !closing) void reconnect();
        });
        next.on('notification', (message) => {
          if (message.channel === channel) onNotify(message.payload ?? '');
        });
        await next.connect();
        listeners.add(next);
        client = next;
        await next.query(`listen ${pg.escapeIdentifier(channel)}`);
      };
      const reconnect = async () => {
        if (reconnecting) return;
        reconnecting = true;
        try {
          for (let delayMs = 250; !stopped && !closing; delayMs = Math.min(delayMs * 2, 10_000)) {
            await new Promise((resolve) => setTimeout(resolve, delayMs));
            if (stopped || closing) return;
            try {
              return await connect();
            } catch {
              // Still unreachable: try again a little later.
            }
          }
        } finally {
          reconnecting = false;
        }
      };
      try {
        await connect();
      } catch (error) {
        stopped = true;
        throw error;
      }
      return async () => {
        stopped = true;
        if (client) listeners.delete(client);
        await client?.end();
      };
    },
    async close() {
      closing = true;
      await Promise.all([...listeners].map((client) => client.end()));
      listeners.clear();
      await pool.end();
    },
  };
}
