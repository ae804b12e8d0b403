// Play / stop of one recording inside the recorder (a fresh take or the stored one): the same
// button starts and stops it, and `previewing` drives its pressed state.
import { useRef, useState } from 'react';
import { playRecording, type TrimWindow } from './recording-player';

export function usePreviewPlayback(onFail: () => void) {
  const [previewing, setPreviewing] = useState(false);
  const stopPreview = useRef<(() => void) | null>(null);

  function toggle(recording: { url: string; mime: string; trim?: TrimWindow | undefined }) {
    if (previewing && stopPreview.current) {
      stopPreview.current();
      return;
    }
    setPreviewing(true);
    stopPreview.current = playRecording(recording, {
      onEnd: () => {
        setPreviewing(false);
        stopPreview.current = null;
      },
      onFail,
    });
  }

  return { previewing, toggle, stop: () => stopPreview.current?.() };
}
