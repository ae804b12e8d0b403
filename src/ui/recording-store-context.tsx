// The voice recorder lives in ui/, which must not import storage. The app passes down how a
// finished recording is stored (the media table, by content hash); tests can pass their own.
import { createContext } from 'react';
import type { TrimWindow } from './recording-player';

export interface RecordingStore {
  /** Stores the bytes (never as base64 in a record) and resolves with their hash. */
  save(bytes: ArrayBuffer, mime: string, trim: TrimWindow | undefined): Promise<string>;
  /** Stored size in bytes, for the staff line "24 KB". */
  size(hash: string): Promise<number | undefined>;
}

export const RecordingStoreContext = createContext<RecordingStore>({
  save: () => Promise.reject(new Error('no recording store')),
  size: () => Promise.resolve(undefined),
});
