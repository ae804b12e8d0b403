// "Read the whole agenda": reads items one after the other, telling the screen which one is
// being read so it can highlight and scroll to it. The first item starts inside the tap; the
// rest follow from the previous one's end, which iOS allows once sound has started from a tap.
import { asSentence } from '../domain/spoken-sentences';
import { stopAllSound } from './recording-player';
import { say, type Sayable, type SayOutcome } from './say';

export interface ReadAllHooks {
  /** The item now being read, or null when the queue has finished or was stopped. */
  onItem: (index: number | null) => void;
  /** The queue ended: 'done' after the last item, 'stopped' by staff, 'no-voice' when nothing can speak. */
  onFinish?: (how: 'done' | 'stopped' | 'no-voice') => void;
}

export interface ReadAllDeps {
  say: (
    item: Sayable,
    lang: string,
    hooks: { onEnd?: (completed: boolean) => void },
    audio?: HTMLAudioElement,
  ) => SayOutcome;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  /** One audio element for every recording in the queue, created inside the tap (iOS). */
  createAudio: () => HTMLAudioElement | undefined;
  stopSound: () => void;
}

/** A short breath between items, so residents hear where one ends. */
export const pauseBetweenItemsMs = 700;

const browserDeps: ReadAllDeps = {
  say: (item, lang, hooks, audio) => say(item, lang, hooks, audio),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  createAudio: () => (typeof Audio === 'undefined' ? undefined : new Audio()),
  stopSound: stopAllSound,
};

export interface ReadAllQueue {
  stop(): void;
  readonly running: boolean;
}

export function readAll(
  given: readonly Sayable[],
  lang: string,
  hooks: ReadAllHooks,
  deps: ReadAllDeps = browserDeps,
): ReadAllQueue {
  // Each part ends with one stop, so the voice pauses after a title and never says "?.".
  const items = given.map((item) => ({ ...item, text: asSentence(item.text) }));
  let index = -1;
  let running = true;
  let timer: unknown;
  const audio = items.some((item) => item.recording) ? deps.createAudio() : undefined;

  const finish = (how: 'done' | 'stopped' | 'no-voice') => {
    if (!running) return;
    running = false;
    deps.clearTimeout(timer);
    hooks.onItem(null);
    hooks.onFinish?.(how);
  };

  const next = () => {
    if (!running) return;
    index += 1;
    if (index >= items.length) {
      finish('done');
      return;
    }
    const mine = index;
    hooks.onItem(mine);
    const outcome = deps.say(
      items[mine]!,
      lang,
      {
        onEnd: (completed) => {
          if (!running || index !== mine) return;
          // Stopped from outside (another speaker button, leaving the screen): stop the queue too.
          if (!completed) finish('stopped');
          else timer = deps.setTimeout(next, pauseBetweenItemsMs);
        },
      },
      audio,
    );
    if (outcome === 'no-voice') finish('no-voice');
    else if (outcome === 'empty') timer = deps.setTimeout(next, 0);
  };

  next();
  return {
    stop() {
      if (!running) return;
      running = false;
      deps.clearTimeout(timer);
      deps.stopSound();
      hooks.onItem(null);
      hooks.onFinish?.('stopped');
    },
    get running() {
      return running;
    },
  };
}
