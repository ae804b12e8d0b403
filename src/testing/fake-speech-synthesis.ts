// A controllable stand-in for the Web Speech API: tests decide which voices the device has,
// when they arrive, and when each utterance starts, reaches a word and ends.
import { vi } from 'vitest';
import { SpeechService, type SpeechEnvironment } from '../ui/speech';
import { defaultVoiceSettings, type VoiceSettings } from '../ui/voice-settings';

export function fakeVoice(name: string, lang: string, localService = true, isDefault = false): SpeechSynthesisVoice {
  return { name, lang, localService, default: isDefault, voiceURI: `${name}-${lang}` } as SpeechSynthesisVoice;
}

export class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  pitch = 1;
  volume = 1;
  onstart: ((e: unknown) => void) | null = null;
  onend: ((e: unknown) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  onboundary: ((e: unknown) => void) | null = null;
  constructor(public text: string) {}
}

export class FakeSpeechSynthesis {
  private voiceList: SpeechSynthesisVoice[];
  private listeners = new Set<() => void>();
  /** Everything ever passed to speak(), in order. */
  spoken: FakeUtterance[] = [];
  /** Utterances waiting or being spoken. */
  queue: FakeUtterance[] = [];
  speaking = false;
  pending = false;
  paused = false;
  cancel = vi.fn(() => {
    const dropped = this.queue.splice(0);
    this.speaking = false;
    for (const u of dropped) u.onerror?.({ error: 'canceled' });
  });

  constructor(voices: SpeechSynthesisVoice[] = []) {
    this.voiceList = voices;
  }

  getVoices() {
    return this.voiceList;
  }

  /** Voices arriving late, as on Chrome and Android. */
  setVoices(voices: SpeechSynthesisVoice[]) {
    this.voiceList = voices;
    for (const listener of [...this.listeners]) listener();
  }

  addEventListener(type: string, listener: () => void) {
    if (type === 'voiceschanged') this.listeners.add(listener);
  }

  removeEventListener(type: string, listener: () => void) {
    if (type === 'voiceschanged') this.listeners.delete(listener);
  }

  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance);
    this.queue.push(utterance);
  }

  /** The engine starts the first queued utterance. */
  start() {
    const u = this.queue[0];
    if (!u) throw new Error('nothing queued');
    this.speaking = true;
    u.onstart?.({});
  }

  boundary(charIndex: number, charLength = 1) {
    this.queue[0]?.onboundary?.({ name: 'word', charIndex, charLength });
  }

  /** The first queued utterance finishes. */
  finish() {
    const u = this.queue.shift();
    if (!u) throw new Error('nothing queued');
    this.speaking = this.queue.length > 0;
    u.onend?.({});
  }

  fail(error: string) {
    const u = this.queue.shift();
    this.speaking = false;
    u?.onerror?.({ error });
  }

  get last(): FakeUtterance | undefined {
    return this.spoken.at(-1);
  }
}

/** A speech service on a fake engine with fake timers the test controls. */
export function fakeSpeech(voices: SpeechSynthesisVoice[] = [], settings: Partial<VoiceSettings> = {}) {
  const synth = new FakeSpeechSynthesis(voices);
  const timers: { fn: () => void; at: number; id: number }[] = [];
  let now = 0;
  let nextId = 1;
  const env: SpeechEnvironment = {
    synth: synth as unknown as SpeechSynthesis,
    Utterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
    settings: () => ({ ...defaultVoiceSettings, ...settings }),
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ fn, at: now + ms, id });
      return id;
    },
    clearTimeout: (id) => {
      const index = timers.findIndex((t) => t.id === id);
      if (index >= 0) timers.splice(index, 1);
    },
  };
  const service = new SpeechService(env);
  return {
    synth,
    service,
    env,
    /** Moves the fake clock on, running timers that fall due. */
    advance(ms: number) {
      now += ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const due = timers[0];
        if (!due || due.at > now) break;
        timers.shift();
        due.fn();
      }
    },
  };
}
