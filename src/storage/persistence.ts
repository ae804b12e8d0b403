// WebKit may wipe the storage of a site unused for 7 days unless it is persisted.
export type PersistenceState = 'persisted' | 'refused' | 'unsupported';

export async function requestPersistentStorage(): Promise<PersistenceState> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'refused';
  }
}
