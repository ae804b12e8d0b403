// The conflict log staff read: values a merge overwrote while another device had changed them
// too. Only staff and administrators see it (a value may be a name or a resident's wish); a
// restore happens on the staff device as an ordinary edit, which then syncs like any other.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  overwrittenListRequestSchema,
  overwrittenListResponseSchema,
  type OverwrittenEntry,
} from '../../../src/domain/sync-protocol';
import { requireRole } from '../auth/permissions';
import type { Database } from '../db/database';
import { SyncRefusal } from './sync-refusal';

interface OverwrittenRow {
  id: string | number;
  table_name: string;
  record_id: string;
  field: string;
  value: unknown;
  winner: unknown;
  at: Date | string;
  device_name: string | null;
}

const toEntry = (row: OverwrittenRow): OverwrittenEntry => ({
  id: Number(row.id),
  table: row.table_name as OverwrittenEntry['table'],
  recordId: row.record_id,
  field: row.field,
  value: row.value,
  winner: row.winner,
  at: new Date(row.at).toISOString(),
  deviceName: row.device_name,
});

export const overwrittenRoutes: FastifyPluginAsync<{ db: Database }> = async (plugin, { db }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  app.addHook('onRequest', requireRole('staff', 'admin'));

  app.get(
    '/',
    { schema: { querystring: overwrittenListRequestSchema, response: { 200: overwrittenListResponseSchema } } },
    async (request) => {
      const { before, limit } = request.query;
      const rows = await db.query<OverwrittenRow>(
        `select o.id, o.table_name, o.record_id, o.field, o.value, o.winner, o.at, d.name as device_name
           from overwritten_values o left join devices d on d.id = o.device_id
          where o.space_id = $1 and o.settled_at is null and ($2::bigint is null or o.id < $2)
          order by o.id desc
          limit $3`,
        [request.device!.spaceId, before ?? null, limit + 1],
      );
      return { entries: rows.slice(0, limit).map(toEntry), more: rows.length > limit };
    },
  );

  app.post(
    '/:id/settle',
    { schema: { params: z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }) } },
    async (request) => {
      const rows = await db.query<{ id: string }>(
        `update overwritten_values set settled_at = coalesce(settled_at, now()), settled_by = coalesce(settled_by, $3)
          where id = $1 and space_id = $2 returning id`,
        [request.params.id, request.device!.spaceId, request.device!.id],
      );
      // Another facility's entry answers exactly like a missing one.
      if (rows.length === 0) throw new SyncRefusal(404, 'not-found', 'There is no such overwritten value.');
      return { settled: true };
    },
  );
};
