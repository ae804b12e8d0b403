// Decodes a finished take once to find where the speech starts and ends (silence-trim.ts),
// so the stored recording plays only that window. Undefined when the device cannot decode.
import type { TrimWindow } from './recording-player';
import { findSpeechWindow, worthTrimming } from './silence-trim';

export function audioContextClass(): typeof AudioContext | undefined {
  const w = globalThis as unknown as { AudioContext?: typeof AudioContext; webkitAudioContext?: typeof AudioContext };
  return w.AudioContext ?? w.webkitAudioContext;
}

export async function analyseTake(
  bytes: ArrayBuffer,
): Promise<{ trim: TrimWindow | undefined; seconds: number; silent: boolean } | undefined> {
  const Context = audioContextClass();
  if (!Context) return undefined;
  const context = new Context();
  try {
    // decodeAudioData detaches the buffer it is given: hand it a copy.
    const buffer = await context.decodeAudioData(bytes.slice(0));
    const result = findSpeechWindow(buffer.getChannelData(0), buffer.sampleRate);
    return {
      trim: worthTrimming(result) ? { start: result.start, end: result.end } : undefined,
      seconds: result.silent ? result.duration : result.end - result.start,
      silent: result.silent,
    };
  } catch {
    return undefined;
  } finally {
    void context.close().catch(() => undefined);
  }
}
