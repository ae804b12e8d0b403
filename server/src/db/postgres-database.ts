// A real PostgreSQL server (DATABASE_URL), for facilities or municipalities that run several
// server processes: everything shared lives in the database, notifications go through
// LISTEN/NOTIFY, so any process can serve any device.
import pg from 'pg';
import type { Database, Sql } from './database';

function wrap(client: Pick<pg.ClientBase, 'query'>): Sql {
  return {
    async query(text, params = []) {
      const result = await client.query(text, params as unknown[]);
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
  const listeners = new Set<pg.Client>();
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
      const client = new pg.Client({ connectionString });
      await client.connect();
      client.on('notification', (message) => {
        if (message.channel === channel) onNotify(message.payload ?? '');
      });
      await client.query(`listen ${pg.escapeIdentifier(channel)}`);
      listeners.add(client);
      return async () => {
        listeners.delete(client);
        await client.end();
      };
    },
    async close() {
      await Promise.all([...listeners].map((client) => client.end()));
      listeners.clear();
      await pool.end();
    },
  };
}
