// How this device speaks: which voice per language, how fast and how high. Chosen by staff in
// Settings and kept in localStorage, because it belongs to the device (an iPad and an Android
// tablet have different voices) and must never travel with the council's data.
import { useSyncExternalStore } from 'react';

export interface VoiceSettings {
  /** `SpeechSynthesisVoice.voiceURI` chosen per language ('da', 'en'); absent = pick automatically. */
  voices: Partial<Record<string, string>>;
  /** 0.5–1.5. Slower than the browser's 1 by default: many residents need time to follow. */
  rate: number;
  /** 0.5–1.5. */
  pitch: number;
}

export const defaultVoiceSettings: VoiceSettings = { voices: {}, rate: 0.85, pitch: 1 };
export const rateRange = { min: 0.5, max: 1.5, step: 0.05 } as const;
export const pitchRange = { min: 0.5, max: 1.5, step: 0.05 } as const;

const storageKey = 'raadet.voice';
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: VoiceSettings } | null = null;

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** Reads whatever is stored, repairing anything odd rather than failing. */
export function parseVoiceSettings(raw: string | null): VoiceSettings {
  if (!raw) return defaultVoiceSettings;
  try {
    const data = JSON.parse(raw) as Partial<VoiceSettings> | null;
    const voices: Record<string, string> = {};
    if (data && typeof data.voices === 'object' && data.voices) {
      for (const [lang, uri] of Object.entries(data.voices)) if (typeof uri === 'string' && uri) voices[lang] = uri;
    }
    return {
      voices,
      rate: clamp(data?.rate, rateRange.min, rateRange.max, defaultVoiceSettings.rate),
      pitch: clamp(data?.pitch, pitchRange.min, pitchRange.max, defaultVoiceSettings.pitch),
    };
  } catch {
    return defaultVoiceSettings;
  }
}

function readRaw(): string | null {
  try {
    return globalThis.localStorage?.getItem(storageKey) ?? null;
  } catch {
    return null;
  }
}

export function voiceSettings(): VoiceSettings {
  const raw = readRaw();
  if (!cached || cached.raw !== raw) cached = { raw, value: parseVoiceSettings(raw) };
  return cached.value;
}

export function saveVoiceSettings(next: VoiceSettings): void {
  try {
    globalThis.localStorage?.setItem(storageKey, JSON.stringify(next));
  } catch {
    // Private mode may refuse storage: the choice then lasts until the page closes.
    cached = { raw: JSON.stringify(next), value: next };
  }
  for (const listener of listeners) listener();
}

export function updateVoiceSettings(changes: Partial<VoiceSettings>): void {
  saveVoiceSettings({ ...voiceSettings(), ...changes });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useVoiceSettings(): VoiceSettings {
  return useSyncExternalStore(subscribe, voiceSettings, () => defaultVoiceSettings);
}
