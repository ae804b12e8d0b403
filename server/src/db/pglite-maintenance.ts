// PostgreSQL's autovacuum daemon keeps the planner's statistics fresh and clears dead row
// versions; the embedded database runs as a single user without it. Without statistics the
// planner guesses a table is tiny and sorts it instead of reading the index: at 10,000 records a
// pull page took 18 ms instead of 2. This does the daemon's job in the same spirit: soon after a
// burst of writes, and now and then after a few.
import type { PGlite } from '@electric-sql/pglite';

export interface MaintenanceTimes {
  /** How often to look whether maintenance is due. */
  checkEveryMs: number;
  /** Write transactions after which maintenance runs at the next check. */
  burst: number;
  /** How long a few writes may wait for maintenance. */
  atMostEveryMs: number;
}

const defaultTimes: MaintenanceTimes = { checkEveryMs: 5_000, burst: 10, atMostEveryMs: 60_000 };

export interface Maintenance {
  /** Called after every committed write transaction. */
  noteWrite(): void;
  /** Runs maintenance now if anything was written since the last run (tests, shutdown). */
  runIfDue(): Promise<void>;
  stop(): Promise<void>;
}

/** The server's own tables: the system catalogs change only with migrations and cost most. */
async function vacuumOwnTables(db: PGlite): Promise<void> {
  const { rows } = await db.query<{ name: string }>(
    `select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`,
  );
  if (rows.length > 0) await db.exec(`vacuum (analyze) ${rows.map((row) => row.name).join(', ')}`);
}

/**
 * `startsWithData`: the data folder may hold records written before this process started, by a
 * version that did not maintain them, so maintenance runs once at start.
 */
export function maintainDatabase(
  db: PGlite,
  { startsWithData, times = defaultTimes }: { startsWithData: boolean; times?: MaintenanceTimes },
): Maintenance {
  let writes = startsWithData ? 1 : 0;
  let lastRun = 0;
  let running: Promise<void> | undefined;

  const run = (): Promise<void> => {
    if (running) return running;
    writes = 0;
    lastRun = Date.now();
    running = vacuumOwnTables(db)
      // A failed run is tried again at the next check; it never affects requests.
      .then(
        () => undefined,
        () => void (writes += 1),
      )
      .finally(() => (running = undefined));
    return running;
  };

  const timer = setInterval(() => {
    if (writes >= times.burst || (writes > 0 && Date.now() - lastRun >= times.atMostEveryMs)) void run();
  }, times.checkEveryMs);
  // Maintenance alone never keeps the process alive.
  timer.unref();
  if (writes > 0) setTimeout(() => void run(), 0).unref();

  return {
    noteWrite: () => void (writes += 1),
    runIfDue: () => (writes > 0 ? run() : (running ?? Promise.resolve())),
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
