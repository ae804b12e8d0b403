// One thing to read aloud, with its fallback order: the staff recording when there is one and
// this device can play it, else the synthetic voice in the current language, else (when the
// device has no voice for it) the 'no-voice' hint to staff. Never silent without saying so.
import { canPlayRecording } from './recording-format';
import { playRecording, type PlayableRecording } from './recording-player';
import { speak } from './speech';

export interface Sayable {
  text: string;
  recording?: PlayableRecording | undefined;
}

export type SayOutcome = 'recording' | 'synthesis' | 'no-voice' | 'empty';

export interface SayHooks {
  /** Sound has started (recording: the audio element's `playing` event). */
  onPlaying?: (source: 'recording' | 'synthesis') => void;
  /** Once, when the sound stops; `completed` is false when it was stopped or failed. */
  onEnd?: (completed: boolean) => void;
}

export interface SayDeps {
  play: typeof playRecording;
  speak: typeof speak;
  canPlay: (mime: string) => 'yes' | 'no' | 'unknown';
}

const browserDeps: SayDeps = { play: playRecording, speak, canPlay: (mime) => canPlayRecording(mime) };

/** Starts reading `item` now. Call from inside a tap handler (iOS). */
export function say(
  item: Sayable,
  lang: string,
  hooks: SayHooks = {},
  audio?: HTMLAudioElement,
  deps: SayDeps = browserDeps,
): SayOutcome {
  const synthesize = (): SayOutcome => {
    if (!item.text.trim()) return 'empty';
    const started = deps.speak(item.text, lang, { onEnd: (completed) => hooks.onEnd?.(completed) });
    if (started) hooks.onPlaying?.('synthesis');
    return started ? 'synthesis' : 'no-voice';
  };

  if (item.recording && deps.canPlay(item.recording.mime) !== 'no') {
    let fellBack = false;
    deps.play(
      item.recording,
      {
        onPlaying: () => hooks.onPlaying?.('recording'),
        onEnd: (completed) => {
          if (!fellBack) hooks.onEnd?.(completed);
        },
        onFail: () => {
          // The format or the browser refused: the synthetic voice says it instead.
          fellBack = true;
          synthesize();
        },
      },
      audio,
    );
    return 'recording';
  }
  return synthesize();
}
