// Plays a staff recording. The <audio> element is created inside the tap handler and started
// there, because iOS plays sound only from a direct user gesture; the object URL must
// therefore be ready before the tap (see use-recording.ts), never fetched after it.
//
// Recordings are stored untrimmed with a trim window (seconds of speech inside the file), and
// playback starts at the window's start and pauses at its end. Both the media fragment
// (`#t=start,end`) and an explicit seek/stop are used: the fragment is honoured by Chrome and
// Safari, the explicit guard covers any browser that ignores it.
import { registerRecordingStopper, stopSpeaking } from './speech';

export interface TrimWindow {
  start: number;
  end: number;
}

export interface PlayableRecording {
  url: string;
  mime: string;
  trim?: TrimWindow | undefined;
}

export interface PlaybackHooks {
  /** The audio element reported `playing`: sound is coming out. */
  onPlaying?: (audio: HTMLAudioElement) => void;
  /** Once, when playback stops: `completed` is false when stopped early or when it failed. */
  onEnd?: (completed: boolean) => void;
  /** Playback could not start (format, autoplay rule). */
  onFail?: (error: unknown) => void;
}

let current: { audio: HTMLAudioElement; finish: (completed: boolean) => void } | null = null;

export function stopRecording(): void {
  const playing = current;
  current = null;
  playing?.finish(false);
}

registerRecordingStopper(stopRecording);

/** Stops any speech and any recording: used before new sound and when the screen changes. */
export function stopAllSound(): void {
  stopRecording();
  stopSpeaking();
}

export function fragmentUrl(url: string, trim: TrimWindow | undefined): string {
  if (!trim) return url;
  return `${url}#t=${trim.start.toFixed(2)},${trim.end.toFixed(2)}`;
}

/**
 * Starts a recording now. Returns a stop function. Call from inside the tap handler, or reuse
 * an element that was started in one (`audio`), as "read the whole agenda" does.
 */
export function playRecording(
  recording: PlayableRecording,
  hooks: PlaybackHooks = {},
  audio?: HTMLAudioElement,
): () => void {
  stopAllSound();
  const element = audio ?? new Audio();
  let done = false;
  const finish = (completed: boolean) => {
    if (done) return;
    done = true;
    element.removeEventListener('playing', onPlaying);
    element.removeEventListener('ended', onEnded);
    element.removeEventListener('timeupdate', onTime);
    element.removeEventListener('error', onError);
    if (!element.paused) element.pause();
    if (current?.audio === element) current = null;
    hooks.onEnd?.(completed);
  };
  const onPlaying = () => hooks.onPlaying?.(element);
  const onEnded = () => finish(true);
  const onTime = () => {
    if (recording.trim && element.currentTime >= recording.trim.end) finish(true);
  };
  const onError = () => {
    hooks.onFail?.(element.error);
    finish(false);
  };
  element.addEventListener('playing', onPlaying);
  element.addEventListener('ended', onEnded);
  element.addEventListener('timeupdate', onTime);
  element.addEventListener('error', onError);
  element.preload = 'auto';
  element.src = fragmentUrl(recording.url, recording.trim);
  if (recording.trim && recording.trim.start > 0) {
    try {
      element.currentTime = recording.trim.start;
    } catch {
      // Not seekable before metadata on some engines; the media fragment covers it.
    }
  }
  current = { audio: element, finish };
  const started = element.play();
  // Older engines return undefined instead of a promise.
  if (started && typeof started.catch === 'function') {
    started.catch((error: unknown) => {
      if (done) return;
      hooks.onFail?.(error);
      finish(false);
    });
  }
  return () => {
    if (current?.audio === element) current = null;
    finish(false);
  };
}
