// Several stored recordings at once (e.g. every member's name on the attendance screen),
// each ready to play the moment it is tapped. Keyed by media hash.
import { useContext, useEffect, useState } from 'react';
import { MediaContext } from './media-context';
import type { PlayableRecording } from './recording-player';

export function useRecordings(hashes: readonly (string | undefined)[]): ReadonlyMap<string, PlayableRecording> {
  const resolve = useContext(MediaContext);
  const key = [...new Set(hashes.filter((h): h is string => Boolean(h)))].sort().join(',');
  const [loaded, setLoaded] = useState<{ key: string; map: Map<string, PlayableRecording> }>({
    key: '',
    map: new Map(),
  });
  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    const urls: string[] = [];
    void Promise.all(
      key.split(',').map(async (hash) => {
        const media = await resolve(hash);
        if (!media) return undefined;
        const url = URL.createObjectURL(new Blob([media.bytes], { type: media.mime }));
        urls.push(url);
        return [hash, { url, mime: media.mime, trim: media.trim }] as const;
      }),
    ).then((entries) => {
      if (cancelled) return;
      setLoaded({ key, map: new Map(entries.filter((e) => e !== undefined)) });
    });
    return () => {
      cancelled = true;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [key, resolve]);
  return loaded.key === key ? loaded.map : emptyMap;
}

const emptyMap: ReadonlyMap<string, PlayableRecording> = new Map();
