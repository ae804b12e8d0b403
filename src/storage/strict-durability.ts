// Browsers may confirm an IndexedDB write before it reaches the disk ("relaxed" durability, the
// default in Chromium): fast, but a power cut right after can take the write back. For most
// edits that is a fair trade. For what people did in a meeting (a vote cast, who was there, a
// decision) it is not: "your vote is counted" must still be true after the tablet dies, and
// the vote cannot be taken again. A transaction that writes any table the registry marks
// `durable` therefore commits with strict durability; every other write stays relaxed.
import type { DBCore, Middleware } from 'dexie';
import { durableTableNames } from '../domain/table-registry';

const durable = new Set<string>(durableTableNames);

export const strictDurability: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'strict-durability',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      mode === 'readwrite' && stores.some((store) => durable.has(store))
        ? down.transaction(stores, mode, { ...options, durability: 'strict' })
        : down.transaction(stores, mode, options),
  }),
};
