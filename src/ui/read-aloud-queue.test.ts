import { describe, expect, it, vi } from 'vitest';
import { fakeSpeech, fakeVoice } from '../testing/fake-speech-synthesis';
import { pauseBetweenItemsMs, readAll, type ReadAllDeps } from './read-aloud-queue';
import { say, type SayDeps } from './say';

const sara = fakeVoice('Sara', 'da-DK');

/** A queue on the fake speech engine; recordings are played by a fake player. */
function setup(voices = [sara]) {
  const speech = fakeSpeech(voices);
  const played: { url: string; end: (completed: boolean) => void }[] = [];
  const sayDeps: SayDeps = {
    speak: (text, lang, hooks) => speech.service.speak(text, lang, hooks) === 'speaking',
    play: (recording, hooks = {}) => {
      speech.service.stop();
      played.push({ url: recording.url, end: (completed) => hooks.onEnd?.(completed) });
      hooks.onPlaying?.(undefined as unknown as HTMLAudioElement);
      return () => hooks.onEnd?.(false);
    },
    canPlay: () => 'yes',
  };
  const deps: ReadAllDeps = {
    say: (item, lang, hooks, audio) => say(item, lang, hooks, audio, sayDeps),
    setTimeout: speech.env.setTimeout,
    clearTimeout: speech.env.clearTimeout,
    createAudio: () => undefined,
    stopSound: () => speech.service.stop(),
  };
  return { ...speech, played, deps };
}

const items = [{ text: 'Punkt 1. Velkommen.' }, { text: 'Punkt 2. Sommertur.' }, { text: 'Punkt 3. Eventuelt.' }];

describe('reading the whole agenda', () => {
  it('says every part as one sentence: a stop after a title, never "?." or ".."', () => {
    const { synth, deps, advance } = setup();
    readAll(
      [{ text: 'Referat: Brugerrådsmøde' }, { text: 'Sommertur til stranden?.' }, { text: 'Vi tager på tur..' }],
      'da',
      { onItem: () => {} },
      deps,
    );
    for (let i = 0; i < 3; i++) {
      synth.start();
      synth.finish();
      advance(pauseBetweenItemsMs);
    }
    expect(synth.spoken.map((u) => u.text)).toEqual([
      'Referat: Brugerrådsmøde.',
      'Sommertur til stranden?',
      'Vi tager på tur.',
    ]);
  });

  it('reads the items one after the other, telling the screen which one is current', () => {
    const { synth, deps, advance } = setup();
    const current: (number | null)[] = [];
    const onFinish = vi.fn();
    readAll(items, 'da', { onItem: (i) => current.push(i), onFinish }, deps);
    // The first item starts at once, inside the tap.
    expect(synth.spoken.map((u) => u.text)).toEqual(['Punkt 1. Velkommen.']);
    synth.start();
    synth.finish();
    // A short breath before the next item.
    expect(synth.spoken).toHaveLength(1);
    advance(pauseBetweenItemsMs);
    expect(synth.last?.text).toBe('Punkt 2. Sommertur.');
    synth.start();
    synth.finish();
    advance(pauseBetweenItemsMs);
    synth.start();
    synth.finish();
    advance(pauseBetweenItemsMs);
    expect(current).toEqual([0, 1, 2, null]);
    expect(onFinish).toHaveBeenCalledWith('done');
  });

  it('plays an item’s recording instead of the synthetic voice, then goes on', () => {
    const { synth, played, deps, advance } = setup();
    const withVoice = [
      items[0]!,
      { text: 'Punkt 2. Sommertur.', recording: { url: 'blob:sommer', mime: 'audio/mp4' } },
      items[2]!,
    ];
    readAll(withVoice, 'da', { onItem: () => undefined }, deps);
    synth.start();
    synth.finish();
    advance(pauseBetweenItemsMs);
    expect(played.map((p) => p.url)).toEqual(['blob:sommer']);
    expect(synth.spoken).toHaveLength(1);
    played[0]!.end(true);
    advance(pauseBetweenItemsMs);
    expect(synth.last?.text).toBe('Punkt 3. Eventuelt.');
  });

  it('stops at once when staff press stop, and reads nothing more', () => {
    const { synth, deps, advance } = setup();
    const onItem = vi.fn();
    const onFinish = vi.fn();
    const queue = readAll(items, 'da', { onItem, onFinish }, deps);
    synth.start();
    queue.stop();
    expect(synth.cancel).toHaveBeenCalled();
    advance(10_000);
    expect(synth.spoken).toHaveLength(1);
    expect(onItem).toHaveBeenLastCalledWith(null);
    expect(onFinish).toHaveBeenCalledWith('stopped');
    expect(queue.running).toBe(false);
  });

  it('stops when something else cancels the speech (another speaker button, leaving the screen)', () => {
    const { synth, service, deps, advance } = setup();
    const onFinish = vi.fn();
    readAll(items, 'da', { onItem: () => undefined, onFinish }, deps);
    synth.start();
    service.stop();
    advance(10_000);
    expect(synth.spoken).toHaveLength(1);
    expect(onFinish).toHaveBeenCalledWith('stopped');
  });

  it('ends with "no-voice" when the device cannot speak the language', () => {
    const { deps } = setup([fakeVoice('Daniel', 'en-GB')]);
    const onFinish = vi.fn();
    readAll(items, 'da', { onItem: () => undefined, onFinish }, deps);
    expect(onFinish).toHaveBeenCalledWith('no-voice');
  });
});

describe('fallback order for one text', () => {
  const speech = () => {
    const s = fakeSpeech([sara]);
    const play = vi.fn(() => () => undefined);
    const deps: SayDeps = {
      speak: (text, lang, hooks) => s.service.speak(text, lang, hooks) === 'speaking',
      play,
      canPlay: () => 'yes',
    };
    return { ...s, play, deps };
  };

  it('plays the recording first', () => {
    const { synth, play, deps } = speech();
    expect(say({ text: 'Hej', recording: { url: 'blob:x', mime: 'audio/mp4' } }, 'da', {}, undefined, deps)).toBe(
      'recording',
    );
    expect(play).toHaveBeenCalled();
    expect(synth.spoken).toHaveLength(0);
  });

  it('uses the synthetic voice when this device cannot play the recording’s format', () => {
    const { synth, play, deps } = speech();
    const outcome = say(
      { text: 'Hej', recording: { url: 'blob:x', mime: 'audio/ogg;codecs=opus' } },
      'da',
      {},
      undefined,
      {
        ...deps,
        canPlay: () => 'no',
      },
    );
    expect(outcome).toBe('synthesis');
    expect(play).not.toHaveBeenCalled();
    expect(synth.last?.text).toBe('Hej');
  });

  it('falls back to the synthetic voice when playing the recording fails', () => {
    const { synth, deps } = speech();
    say({ text: 'Hej', recording: { url: 'blob:x', mime: 'audio/mp4' } }, 'da', {}, undefined, {
      ...deps,
      play: (_recording, hooks = {}) => {
        hooks.onFail?.(new Error('NotAllowedError'));
        return () => undefined;
      },
    });
    expect(synth.last?.text).toBe('Hej');
  });

  it('ends in the visible no-voice hint when nothing can speak', () => {
    const s = fakeSpeech([fakeVoice('Daniel', 'en-GB')]);
    const events: string[] = [];
    s.service.subscribe((e) => events.push(e.type));
    const outcome = say({ text: 'Hej' }, 'da', {}, undefined, {
      speak: (text, lang, hooks) => s.service.speak(text, lang, hooks) === 'speaking',
      play: vi.fn(),
      canPlay: () => 'yes',
    });
    expect(outcome).toBe('no-voice');
    expect(events).toEqual(['no-voice']);
  });
});
