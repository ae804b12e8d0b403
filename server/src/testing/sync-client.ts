// A minimal device for server tests: it edits records the way a tablet's repository does
// (stampChanges with its own clock) and speaks the protocol through `inject` or real HTTP.
import type { FastifyInstance } from 'fastify';
import { formatStamp, tick, type HlcState } from '../../../src/domain/hlc';
import { stampChanges } from '../../../src/domain/stamp-changes';
import type { Stored } from '../../../src/domain/sync-meta';
import { protocolHeader, syncProtocolVersion, type Cursor, type Mutation } from '../../../src/domain/sync-protocol';
import { fieldGroupsOf, type SyncedTableName } from '../../../src/domain/table-registry';

type Entity = Record<string, unknown> & { id: string };

export class TestDevice {
  private clock: HlcState;
  private nextMutation = 1;
  readonly records = new Map<string, Stored<Entity>>();

  /** `app` null: a device of a server in another process, spoken to with fetch and `headers()`. */
  constructor(
    private readonly app: FastifyInstance | null,
    readonly token: string,
    node: string,
    private readonly nowMs: () => number = Date.now,
  ) {
    this.clock = { wallMs: 0, counter: 0, node };
  }

  stamp(): string {
    this.clock = tick(this.clock, this.nowMs());
    return formatStamp(this.clock);
  }

  /** Writes a record locally, stamping only what changed, and returns the mutation to push. */
  edit(table: SyncedTableName, next: Entity, deleted: 0 | 1 = 0): Mutation {
    const key = `${table}/${next.id}`;
    const stored = stampChanges(this.records.get(key), next, deleted, this.stamp(), fieldGroupsOf(table));
    this.records.set(key, stored);
    return { mutationId: this.nextMutation++, table, record: stored };
  }

  headers(): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, [protocolHeader]: String(syncProtocolVersion) };
  }

  private injector(): FastifyInstance {
    if (!this.app) throw new Error('This test device has no app to inject into: use fetch with headers().');
    return this.app;
  }

  push(mutations: Mutation[]) {
    return this.injector().inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: this.headers(),
      payload: { mutations },
    });
  }

  pull(cursor: Cursor, limit?: number) {
    return this.injector().inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: this.headers(),
      payload: { cursor, ...(limit ? { limit } : {}) },
    });
  }
}
