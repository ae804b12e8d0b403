// A stored recording, ready to play: the object URL is made when the screen shows the
// speaker button, so the tap itself can start the sound at once (iOS needs play() inside the
// tap, and the 100 ms target leaves no time to read IndexedDB after it).
import { useContext, useEffect, useState } from 'react';
import { MediaContext } from './media-context';
import type { PlayableRecording } from './recording-player';

export function useRecording(hash: string | undefined): PlayableRecording | undefined {
  const resolve = useContext(MediaContext);
  const [loaded, setLoaded] = useState<{ hash: string; recording: PlayableRecording }>();
  useEffect(() => {
    if (!hash) return;
    let cancelled = false;
    let created: string | undefined;
    void resolve(hash).then((media) => {
      if (cancelled || !media) return;
      created = URL.createObjectURL(new Blob([media.bytes], { type: media.mime }));
      setLoaded({ hash, recording: { url: created, mime: media.mime, trim: media.trim } });
    });
    return () => {
      cancelled = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [hash, resolve]);
  return hash && loaded?.hash === hash ? loaded.recording : undefined;
}
