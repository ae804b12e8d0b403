// Screens show photos stored in IndexedDB. ui/ must not import storage, so the app passes
// a resolver down; tests can pass their own.
import { createContext, useContext, useEffect, useState } from 'react';

export type MediaResolver = (hash: string) => Promise<{ bytes: ArrayBuffer; mime: string } | undefined>;

export const MediaContext = createContext<MediaResolver>(async () => undefined);

/** An object URL for a stored media file, revoked when no longer shown. */
export function useMediaUrl(hash: string | undefined): string | undefined {
  const resolve = useContext(MediaContext);
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!hash) {
      setUrl(undefined);
      return;
    }
    let cancelled = false;
    let created: string | undefined;
    void resolve(hash).then((media) => {
      if (cancelled || !media) return;
      created = URL.createObjectURL(new Blob([media.bytes], { type: media.mime }));
      setUrl(created);
    });
    return () => {
      cancelled = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [hash, resolve]);
  return url;
}
