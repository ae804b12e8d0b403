// Reads text aloud with the device's own offline voices.
//
// Rules that come from real devices (see LESSONS "Voice"):
// - iOS only starts speech from a direct tap: `speak` never awaits before `synth.speak()`.
// - Voices arrive late (Chrome, Android) or never (some Android brands): the list is read again
//   on every call and refreshed on `voiceschanged`; nothing waits for it on the way to speaking.
// - Safari queues utterances forever unless the previous one is cancelled first.
// - Online voices add seconds of delay: a local voice is preferred, an online one is used only
//   when staff picked it themselves.
// - Never silent without saying so: when no voice for the language exists, or the engine
//   reports it cannot speak, or nothing starts within a few seconds, a 'no-voice' event goes
//   out and the app shows staff how to install a voice.
import { voiceSettings, type VoiceSettings } from './voice-settings';

export type SpeakOutcome = 'speaking' | 'no-voice' | 'unsupported' | 'empty';
export type NoVoiceReason = 'unsupported' | 'no-voice-for-language' | 'engine-failed';

export type SpeechEvent =
  | { type: 'start'; text: string }
  | { type: 'boundary'; text: string; charIndex: number; charLength: number }
  | { type: 'end'; text: string; completed: boolean }
  | { type: 'no-voice'; lang: string; reason: NoVoiceReason };

export interface SpeakHooks {
  /**
   * Called once when a started utterance stops: `completed` is false when it was cancelled or
   * failed. Not called when speech did not start (the return value says why).
   */
  onEnd?: (completed: boolean) => void;
}

/** What the service needs from the browser; tests pass a controllable double. */
export interface SpeechEnvironment {
  synth: SpeechSynthesis | undefined;
  Utterance: typeof SpeechSynthesisUtterance | undefined;
  settings: () => VoiceSettings;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/** How long speech may take to start before we tell staff it did not. */
export const startWatchdogMs = 4000;

export function speechLang(lang: string): string {
  return lang.toLowerCase().startsWith('en') ? 'en-GB' : 'da-DK';
}

function matchesLanguage(voice: SpeechSynthesisVoice, lang: string): boolean {
  const prefix = lang.toLowerCase().slice(0, 2);
  return voice.lang.toLowerCase().replace('_', '-').startsWith(prefix);
}

/** The voices for a language, local (offline) ones first, then by name. */
export function voicesForLanguage(lang: string, voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice[] {
  const exact = speechLang(lang).toLowerCase();
  return voices
    .filter((v) => matchesLanguage(v, lang))
    .sort(
      (a, b) =>
        Number(b.localService) - Number(a.localService) ||
        Number(b.lang.toLowerCase().replace('_', '-') === exact) -
          Number(a.lang.toLowerCase().replace('_', '-') === exact) ||
        Number(b.default) - Number(a.default) ||
        a.name.localeCompare(b.name),
    );
}

/**
 * The voice to use: the one staff chose on this device if it still exists, otherwise the best
 * local voice for the language. An online voice is only used when chosen explicitly.
 */
export function pickVoice(
  lang: string,
  voices: readonly SpeechSynthesisVoice[],
  preferredUri?: string,
): SpeechSynthesisVoice | undefined {
  const candidates = voicesForLanguage(lang, voices);
  const preferred = preferredUri ? candidates.find((v) => v.voiceURI === preferredUri) : undefined;
  return preferred ?? candidates.find((v) => v.localService);
}

export type VoiceStatus = 'ok' | 'no-voice' | 'unknown' | 'unsupported';

export class SpeechService {
  private listeners = new Set<(event: SpeechEvent) => void>();
  private current: {
    token: number;
    text: string;
    hooks?: SpeakHooks | undefined;
    done: boolean;
    watchdog?: unknown;
  } | null = null;
  private token = 0;
  private voiceList: SpeechSynthesisVoice[] = [];
  private loading: Promise<SpeechSynthesisVoice[]> | null = null;

  constructor(private readonly env: SpeechEnvironment) {
    this.refreshVoices();
    env.synth?.addEventListener?.('voiceschanged', () => {
      this.refreshVoices();
      this.emitVoicesChanged();
    });
  }

  private voicesListeners = new Set<() => void>();
  private emitVoicesChanged() {
    for (const listener of this.voicesListeners) listener();
  }

  /** Called when the device's voice list changes (voices often arrive late). */
  onVoicesChanged(listener: () => void): () => void {
    this.voicesListeners.add(listener);
    return () => this.voicesListeners.delete(listener);
  }

  get supported(): boolean {
    return this.env.synth !== undefined && this.env.Utterance !== undefined;
  }

  private refreshVoices(): SpeechSynthesisVoice[] {
    try {
      const list = this.env.synth?.getVoices() ?? [];
      if (list.length > 0 || this.voiceList.length === 0) this.voiceList = [...list];
    } catch {
      // Some engines throw while starting up; keep what we had.
    }
    return this.voiceList;
  }

  voices(): SpeechSynthesisVoice[] {
    return this.refreshVoices();
  }

  /**
   * Resolves with the voice list once the device has reported it, or after `timeoutMs` with
   * whatever there is (possibly nothing). Never rejects; screens never wait on it to render.
   */
  loadVoices(timeoutMs = 2000): Promise<SpeechSynthesisVoice[]> {
    const synth = this.env.synth;
    if (!synth) return Promise.resolve([]);
    if (this.refreshVoices().length > 0) return Promise.resolve(this.voiceList);
    this.loading ??= new Promise<SpeechSynthesisVoice[]>((resolve) => {
      let settled = false;
      const finish = () => {
        if (settled) return;
        settled = true;
        synth.removeEventListener?.('voiceschanged', onChange);
        this.env.clearTimeout(timer);
        this.loading = null;
        resolve(this.refreshVoices());
      };
      const onChange = () => {
        if (this.refreshVoices().length > 0) finish();
      };
      synth.addEventListener?.('voiceschanged', onChange);
      const timer = this.env.setTimeout(finish, timeoutMs);
    });
    return this.loading;
  }

  /** Whether this device can speak the language: 'unknown' until the voice list is in. */
  voiceStatus(lang: string): VoiceStatus {
    if (!this.supported) return 'unsupported';
    const voices = this.refreshVoices();
    if (voices.length === 0) return 'unknown';
    return pickVoice(lang, voices, this.env.settings().voices[lang.slice(0, 2)]) ? 'ok' : 'no-voice';
  }

  subscribe(listener: (event: SpeechEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: SpeechEvent) {
    for (const listener of [...this.listeners]) listener(event);
  }

  get speaking(): boolean {
    return this.current !== null && !this.current.done;
  }

  /** Reads `text` aloud now. Call it from inside the tap handler; it never awaits. */
  speak(text: string, lang: string, hooks?: SpeakHooks): SpeakOutcome {
    const { synth, Utterance } = this.env;
    const trimmed = text.trim();
    if (!trimmed) return 'empty';
    this.stop();
    if (!synth || !Utterance) {
      this.emit({ type: 'no-voice', lang, reason: 'unsupported' });
      return 'unsupported';
    }
    const settings = this.env.settings();
    const voices = this.refreshVoices();
    const voice = pickVoice(lang, voices, settings.voices[lang.slice(0, 2)]);
    // Voices are known and none speaks this language: reading Danish with an English voice
    // helps nobody. Say so instead.
    if (voices.length > 0 && !voice) {
      this.emit({ type: 'no-voice', lang, reason: 'no-voice-for-language' });
      return 'no-voice';
    }

    const utterance = new Utterance(trimmed);
    utterance.lang = voice?.lang.replace('_', '-') ?? speechLang(lang);
    if (voice) utterance.voice = voice;
    utterance.rate = settings.rate;
    utterance.pitch = settings.pitch;

    const token = ++this.token;
    const entry: NonNullable<SpeechService['current']> = { token, text: trimmed, hooks, done: false };
    this.current = entry;
    const isCurrent = () => this.current?.token === token && !entry.done;
    const finish = (completed: boolean) => {
      if (entry.done) return;
      entry.done = true;
      this.env.clearTimeout(entry.watchdog);
      if (this.current?.token === token) this.current = null;
      this.emit({ type: 'end', text: trimmed, completed });
      hooks?.onEnd?.(completed);
    };

    utterance.onstart = () => {
      this.env.clearTimeout(entry.watchdog);
      if (isCurrent()) this.emit({ type: 'start', text: trimmed });
    };
    utterance.onboundary = (event) => {
      if (!isCurrent() || (event.name && event.name !== 'word')) return;
      this.emit({ type: 'boundary', text: trimmed, charIndex: event.charIndex, charLength: event.charLength ?? 0 });
    };
    utterance.onend = () => finish(true);
    utterance.onerror = (event) => {
      const error = (event as SpeechSynthesisErrorEvent).error;
      if (error !== 'canceled' && error !== 'interrupted' && isCurrent()) {
        this.emit({ type: 'no-voice', lang, reason: 'engine-failed' });
      }
      finish(false);
    };

    // Safari queues utterances forever unless the previous one is cancelled first.
    synth.cancel();
    synth.speak(utterance);
    entry.watchdog = this.env.setTimeout(() => {
      // Some engines stay silent without an error (no voice installed, engine not running).
      if (isCurrent() && !synth.speaking) {
        this.emit({ type: 'no-voice', lang, reason: 'engine-failed' });
        synth.cancel();
        finish(false);
      }
    }, startWatchdogMs);
    return 'speaking';
  }

  /** Stops whatever is being said; the utterance ends as not completed. */
  stop(): void {
    const entry = this.current;
    this.current = null;
    if (this.env.synth) {
      try {
        this.env.synth.cancel();
      } catch {
        // Nothing to cancel.
      }
    }
    if (entry && !entry.done) {
      entry.done = true;
      this.env.clearTimeout(entry.watchdog);
      this.emit({ type: 'end', text: entry.text, completed: false });
      entry.hooks?.onEnd?.(false);
    }
  }
}

function browserEnvironment(): SpeechEnvironment {
  // Read on every use: some browsers attach speechSynthesis late, and tests stub it.
  return {
    get synth() {
      return typeof globalThis.speechSynthesis !== 'undefined' ? globalThis.speechSynthesis : undefined;
    },
    get Utterance() {
      return typeof SpeechSynthesisUtterance !== 'undefined' ? SpeechSynthesisUtterance : undefined;
    },
    settings: voiceSettings,
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}

let service: SpeechService | null = null;

/** The app's one speech service. */
export function speechService(): SpeechService {
  service ??= new SpeechService(browserEnvironment());
  return service;
}

/** For tests: use a service built on a controllable double (or reset to the browser's). */
export function setSpeechService(next: SpeechService | null): void {
  service = next;
}

/** Reads text aloud; returns whether speech started. Call from inside a tap handler. */
export function speak(text: string, lang: string, hooks?: SpeakHooks): boolean {
  stopOtherSound?.();
  return speechService().speak(text, lang, hooks) === 'speaking';
}

export function stopSpeaking(): void {
  speechService().stop();
}

// Recordings register how to stop themselves here, so speech and a recording never overlap.
let stopOtherSound: (() => void) | undefined;
export function registerRecordingStopper(stop: () => void): void {
  stopOtherSound = stop;
}
