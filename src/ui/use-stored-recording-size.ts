// The stored recording's size in bytes, shown to staff beside its length: read from the media
// store for an existing recording, remembered directly after a new take is saved.
import { useContext, useEffect, useState } from 'react';
import { RecordingStoreContext } from './recording-store-context';

export function useStoredRecordingSize(value: string | undefined) {
  const store = useContext(RecordingStoreContext);
  const [storedSize, setStoredSize] = useState<{ hash: string; bytes: number } | undefined>();

  useEffect(() => {
    if (!value) return;
    let cancelled = false;
    void store.size(value).then((bytes) => {
      if (!cancelled && bytes !== undefined) setStoredSize({ hash: value, bytes });
    });
    return () => {
      cancelled = true;
    };
  }, [store, value]);

  const bytes = value && storedSize?.hash === value ? storedSize.bytes : undefined;
  return { bytes, remember: (hash: string, size: number) => setStoredSize({ hash, bytes: size }) };
}
