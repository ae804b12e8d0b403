// Finds where speech starts and ends in a recording, so the fumble before the first word and
// the reach for the stop button are not played. Works on decoded samples (AudioBuffer data);
// pure, so it is tested with generated signals.

export interface TrimOptions {
  /** RMS level (0–1) above which a window counts as sound. */
  threshold?: number;
  /** Window length in seconds. */
  window?: number;
  /** Kept before the first and after the last sound, so soft consonants are not cut. */
  padBefore?: number;
  padAfter?: number;
}

export interface TrimResult {
  /** Seconds into the file where playback should start and stop. */
  start: number;
  end: number;
  duration: number;
  /** True when no window was loud enough: the microphone heard nothing. */
  silent: boolean;
}

export function findSpeechWindow(samples: Float32Array, sampleRate: number, options: TrimOptions = {}): TrimResult {
  const { threshold = 0.02, window = 0.02, padBefore = 0.15, padAfter = 0.3 } = options;
  const duration = samples.length / sampleRate;
  const size = Math.max(1, Math.round(window * sampleRate));
  let first = -1;
  let last = -1;
  for (let offset = 0; offset < samples.length; offset += size) {
    const end = Math.min(samples.length, offset + size);
    let sum = 0;
    for (let i = offset; i < end; i += 1) sum += samples[i]! * samples[i]!;
    const rms = Math.sqrt(sum / (end - offset));
    if (rms >= threshold) {
      if (first < 0) first = offset;
      last = end;
    }
  }
  if (first < 0) return { start: 0, end: duration, duration, silent: true };
  const start = Math.max(0, first / sampleRate - padBefore);
  const stop = Math.min(duration, last / sampleRate + padAfter);
  return { start: round(start), end: round(stop), duration, silent: false };
}

const round = (seconds: number) => Math.round(seconds * 100) / 100;

/** Whether trimming is worth storing: less than a tenth of a second saved is not. */
export function worthTrimming(result: TrimResult): boolean {
  return !result.silent && (result.start > 0.1 || result.duration - result.end > 0.1);
}
