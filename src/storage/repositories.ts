// One repository per synced table of the registry (domain/table-registry.ts). Secret ballots and
// evaluation answers have none on purpose: they never leave the device and are written once,
// by storage/ballot-box.ts and storage/evaluation-store.ts, and never updated.
import { syncedTableNames, type RecordOf, type SyncedTableName } from '../domain/table-registry';
import { createRepository, type Repository } from './repository';

type Repositories = { readonly [N in SyncedTableName]: Repository<RecordOf<N>> };

export const repositories = Object.fromEntries(
  syncedTableNames.map((name) => [name, createRepository(name)]),
) as unknown as Repositories;

export const {
  facilities,
  councils,
  members,
  meetings,
  agendaItems,
  decisions,
  attendance,
  votes,
  ballots,
  pictogramUsage,
  hasVoted,
  elections,
  candidates,
  evaluations,
} = repositories;
