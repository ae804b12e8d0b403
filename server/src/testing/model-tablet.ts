// A tablet reduced to what sync needs, for the convergence property test. It keeps its records
// in a Map and follows the app's sync engine step for step (storage/sync-push-batch.ts,
// storage/sync-pull-page.ts): an outbox of changed records, a pending batch resent with the same
// mutation ids until answered, the base stamps of the last copy pulled, pulled records merged
// with the domain's `mergeIncoming` (the rule the tablet uses), a page holding a record with
// unsent changes pushed first, and every pulled stamp observed by its clock.
//
// It also reports to a `CausalHistory` what each device knew when it wrote a stamp, which is
// what "concurrent" means independently of the server's bookkeeping.
import type { FastifyInstance } from 'fastify';
import { unitOf, type FieldGroup } from '../../../src/domain/field-groups';
import { formatStamp, parseStamp, receive, tick, type HlcState } from '../../../src/domain/hlc';
import { stampChanges } from '../../../src/domain/stamp-changes';
import { mergeIncoming } from '../../../src/domain/sync-merge';
import type { SyncMeta } from '../../../src/domain/sync-meta';
import {
  protocolHeader,
  startCursor,
  syncProtocolVersion,
  type Cursor,
  type Mutation,
  type PullResponse,
  type PushResponse,
} from '../../../src/domain/sync-protocol';
import { fieldGroupsOf, travelOf, type SyncedTableName } from '../../../src/domain/table-registry';

export type Row = Record<string, unknown> & SyncMeta & { id: string };

function sameStamps(a: SyncMeta, b: SyncMeta): boolean {
  const fields = Object.keys(a._stamps);
  return (
    a._deleted === b._deleted &&
    fields.length === Object.keys(b._stamps).length &&
    fields.every((field) => a._stamps[field] === b._stamps[field])
  );
}

/** The merge units of a record: its stamped fields, a field group counted once. */
export function unitsOf(table: SyncedTableName, record: Row): FieldGroup[] {
  const groups = fieldGroupsOf(table);
  const units = new Map<string, FieldGroup>();
  for (const field of Object.keys(record._stamps)) {
    if (field === 'id' || field === '_deleted') continue;
    const unit = unitOf(field, groups);
    units.set(unit.join('+'), unit);
  }
  return [...units.values()];
}

export function unitStamp(record: Row, unit: FieldGroup): string {
  return unit.reduce((max, field) => {
    const stamp = record._stamps[field] ?? '';
    return stamp > max ? stamp : max;
  }, '');
}

export function unitValue(record: Row, unit: FieldGroup): string {
  return JSON.stringify(unit.map((field) => (field in record ? record[field] : '(absent)')));
}

/**
 * Who knew what: for every stamp a device wrote on a unit of a record, the stamps of that unit
 * the device had held before (its own earlier edits and everything it pulled, transitively).
 * Two edits are concurrent when neither stamp is in the other's past.
 */
export class CausalHistory {
  private readonly pasts = new Map<string, ReadonlySet<string>>();

  static unitKey(table: string, id: string, unit: FieldGroup): string {
    return `${table}/${id}/${unit.join('+')}`;
  }

  record(unitKey: string, stamp: string, past: ReadonlySet<string>): void {
    if (!this.pasts.has(`${unitKey}@${stamp}`)) this.pasts.set(`${unitKey}@${stamp}`, past);
  }

  pastOf(unitKey: string, stamp: string): ReadonlySet<string> {
    return this.pasts.get(`${unitKey}@${stamp}`) ?? new Set();
  }

  /** Whether the edit that wrote `later` had seen `earlier`. */
  knows(unitKey: string, later: string, earlier: string): boolean {
    return this.pastOf(unitKey, later).has(earlier);
  }
}

interface PendingBatch {
  mutations: Mutation[];
  seqs: number[];
  sent: boolean;
}

export type PushMode = 'answered' | 'response-lost' | 'sent-twice';

export class ModelTablet {
  readonly records = new Map<string, Row>();
  /** Merges the schema refused (none are expected from the fields the test edits). */
  readonly refusedMerges: string[] = [];
  private readonly bases = new Map<string, Record<string, string>>();
  private outbox: { seq: number; key: string }[] = [];
  private nextSeq = 1;
  private nextMutationId = 1;
  private pending: PendingBatch | undefined;
  private cursor: Cursor = startCursor;
  private clock: HlcState;
  /** Every stamp this device has held, per unit of a record. */
  private readonly seen = new Map<string, Set<string>>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly token: string,
    readonly node: string,
    private readonly nowMs: () => number,
    private readonly history: CausalHistory,
    /** Called once per mutation the server applies, in the order it applies them. */
    private readonly onApplied: (mutation: Mutation) => void = () => {},
  ) {
    this.clock = { wallMs: 0, counter: 0, node };
  }

  /** Writes a record the way a repository does: stamping only what changed, queued for sync. */
  write(table: SyncedTableName, next: Record<string, unknown> & { id: string }, deleted: 0 | 1 = 0): void {
    const key = `${table}/${next.id}`;
    const existing = this.records.get(key);
    this.clock = tick(this.clock, this.nowMs());
    const stamp = formatStamp(this.clock);
    const stored = stampChanges(existing, next, deleted, stamp, fieldGroupsOf(table)) as Row;
    if (existing && JSON.stringify(existing._stamps) === JSON.stringify(stored._stamps)) return;
    for (const unit of unitsOf(table, stored)) {
      if (unitStamp(stored, unit) !== stamp) continue;
      const unitKey = CausalHistory.unitKey(table, next.id, unit);
      this.history.record(unitKey, stamp, new Set(this.seen.get(unitKey)));
    }
    this.records.set(key, stored);
    this.learn(table, stored);
    this.outbox.push({ seq: this.nextSeq++, key });
  }

  get(table: SyncedTableName, id: string): Row | undefined {
    return this.records.get(`${table}/${id}`);
  }

  hasUnsent(): boolean {
    return this.outbox.length > 0;
  }

  private learn(table: SyncedTableName, record: Row): void {
    if (travelOf(table) === 'insert-only') return;
    for (const unit of unitsOf(table, record)) {
      const unitKey = CausalHistory.unitKey(table, record.id, unit);
      const stamp = unitStamp(record, unit);
      const seen = this.seen.get(unitKey) ?? new Set<string>();
      seen.add(stamp);
      for (const earlier of this.history.pastOf(unitKey, stamp)) seen.add(earlier);
      this.seen.set(unitKey, seen);
    }
  }

  private headers() {
    return { authorization: `Bearer ${this.token}`, [protocolHeader]: String(syncProtocolVersion) };
  }

  private takeBatch(): PendingBatch | undefined {
    if (this.pending) return this.pending;
    if (this.outbox.length === 0) return undefined;
    const rows = this.outbox.slice(0, 200);
    const mutations: Mutation[] = [];
    const keys = new Set<string>();
    for (const row of rows) {
      if (keys.has(row.key)) continue;
      keys.add(row.key);
      const [table] = row.key.split('/') as [SyncedTableName];
      const record = structuredClone(this.records.get(row.key)!);
      const base = this.bases.get(row.key);
      mutations.push({ mutationId: this.nextMutationId++, table, record, ...(base ? { base: { ...base } } : {}) });
    }
    this.pending = { mutations, seqs: rows.map((row) => row.seq), sent: false };
    return this.pending;
  }

  private async send(mutations: Mutation[]): Promise<PushResponse> {
    const response = await this.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: this.headers(),
      payload: { mutations },
    });
    if (response.statusCode !== 200) throw new Error(`push answered ${response.statusCode}: ${response.body}`);
    return response.json<PushResponse>();
  }

  /** Sends the outbox (one batch). `response-lost`: the server applies it, the answer never comes. */
  async push(mode: PushMode = 'answered'): Promise<void> {
    const batch = this.takeBatch();
    if (!batch) return;
    const first = await this.send(batch.mutations);
    if (!batch.sent) {
      batch.sent = true;
      for (const mutation of batch.mutations) this.onApplied(mutation);
    }
    if (mode === 'response-lost') return;
    const answer = mode === 'sent-twice' ? await this.send(batch.mutations) : first;
    const last = batch.mutations[batch.mutations.length - 1]!.mutationId;
    if (answer.lastMutationId !== last) throw new Error(`push acknowledged ${answer.lastMutationId}, sent ${last}`);
    if (answer.refused.length > 0) throw new Error(`server refused merges: ${JSON.stringify(answer.refused)}`);
    const done = new Set(batch.seqs);
    this.outbox = this.outbox.filter((row) => !done.has(row.seq));
    this.pending = undefined;
  }

  async pushAll(): Promise<boolean> {
    let pushed = false;
    while (this.outbox.length > 0) {
      await this.push();
      pushed = true;
    }
    return pushed;
  }

  /** Pulls up to `pages` pages; `loseResponseOf` is the page whose answer never arrives. */
  async pull(limit: number, pages = Infinity, loseResponseOf = -1): Promise<void> {
    for (let page = 0; page < pages; page++) {
      const response = await this.app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        headers: this.headers(),
        payload: { cursor: this.cursor, limit },
      });
      if (response.statusCode !== 200) throw new Error(`pull answered ${response.statusCode}: ${response.body}`);
      if (page === loseResponseOf) return;
      const body = response.json<PullResponse>();
      const unsent = new Set(this.outbox.map((row) => row.key));
      if (body.changes.some((change) => unsent.has(`${change.table}/${change.record.id}`))) {
        await this.pushAll();
        page -= 1;
        continue;
      }
      this.apply(body);
      if (!body.more) return;
    }
  }

  private apply(page: PullResponse): void {
    let newest = '';
    for (const { table, record } of page.changes) {
      const incoming = record as Row;
      for (const stamp of Object.values(incoming._stamps)) if (stamp > newest) newest = stamp;
      const key = `${table}/${incoming.id}`;
      const merge = mergeIncoming(table, this.records.get(key), incoming);
      if (!merge.ok) {
        this.refusedMerges.push(`${key}: ${merge.reason}`);
        continue;
      }
      this.records.set(key, merge.merged);
      this.bases.set(key, { ...incoming._stamps });
      this.learn(table, merge.merged);
      // Only what the server lacks goes back: the local copy had fields newer than the server's.
      if (!sameStamps(merge.merged, incoming)) this.outbox.push({ seq: this.nextSeq++, key });
    }
    if (newest) this.clock = receive(this.clock, parseStamp(newest)!, this.nowMs());
    this.cursor = page.cursor;
  }
}
