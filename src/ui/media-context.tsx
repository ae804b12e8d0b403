// Screens show photos stored in IndexedDB. ui/ must not import storage, so the app passes
// a resolver down; tests can pass their own.
import { createContext, useContext, useEffect, useState } from 'react';

export type MediaResolver = (
  hash: string,
) => Promise<{ bytes: ArrayBuffer; mime: string; trim?: { start: number; end: number } } | undefined>;

export const MediaContext = createContext<MediaResolver>(async () => undefined);

/** An object URL for a stored media file, revoked when no longer shown. */
export function useMediaUrl(hash: string | undefined): string | undefined {
  const resolve = useContext(MediaContext);
  // Remember which hash the URL belongs to: while a new hash loads, the old (already revoked)
  // URL must not be shown.
  const [loaded, setLoaded] = useState<{ hash: string; url: string }>();
  useEffect(() => {
    if (!hash) return;
    let cancelled = false;
    let created: string | undefined;
    void resolve(hash).then((media) => {
      if (cancelled || !media) return;
      created = URL.createObjectURL(new Blob([media.bytes], { type: media.mime }));
      setLoaded({ hash, url: created });
    });
    return () => {
      cancelled = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [hash, resolve]);
  return hash && loaded?.hash === hash ? loaded.url : undefined;
}
