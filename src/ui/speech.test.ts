import { describe, expect, it, vi } from 'vitest';
import { fakeSpeech, fakeVoice } from '../testing/fake-speech-synthesis';
import { pickVoice, startWatchdogMs, type SpeechEvent } from './speech';

const sara = fakeVoice('Sara', 'da-DK');
const googleDansk = fakeVoice('Google dansk', 'da-DK', false);
const magnus = fakeVoice('Magnus', 'da_DK');
const daniel = fakeVoice('Daniel', 'en-GB', true, true);

function collect(service: { subscribe: (l: (e: SpeechEvent) => void) => () => void }) {
  const events: SpeechEvent[] = [];
  service.subscribe((e) => events.push(e));
  return events;
}

describe('choosing a voice', () => {
  it.each([
    {
      name: 'a local Danish voice over an online one',
      voices: [googleDansk, sara, daniel],
      lang: 'da',
      expected: 'Sara',
    },
    { name: 'an Android-style da_DK voice', voices: [daniel, magnus], lang: 'da', expected: 'Magnus' },
    { name: 'the English voice for English', voices: [sara, daniel], lang: 'en', expected: 'Daniel' },
    { name: 'no online voice unless staff chose it', voices: [googleDansk, daniel], lang: 'da', expected: undefined },
  ])('picks $name', ({ voices, lang, expected }) => {
    expect(pickVoice(lang, voices)?.name).toBe(expected);
  });

  it('uses the voice staff chose on this device, even an online one', () => {
    expect(pickVoice('da', [sara, googleDansk], googleDansk.voiceURI)?.name).toBe('Google dansk');
    // A chosen voice that is gone falls back to the best local one.
    expect(pickVoice('da', [sara], 'gone')?.name).toBe('Sara');
  });

  it('speaks Danish with the Danish voice, the Danish language tag and a slower rate', () => {
    const { synth, service } = fakeSpeech([daniel, sara]);
    expect(service.speak('Vi taler om sommerturen', 'da')).toBe('speaking');
    expect(synth.last?.voice?.name).toBe('Sara');
    expect(synth.last?.lang).toBe('da-DK');
    expect(synth.last?.rate).toBeLessThan(1);
  });

  it('applies the rate and pitch chosen on the device', () => {
    const { synth, service } = fakeSpeech([sara], { rate: 0.7, pitch: 1.2 });
    service.speak('Hej', 'da');
    expect(synth.last).toMatchObject({ rate: 0.7, pitch: 1.2 });
  });
});

describe('fallback when there is no voice', () => {
  it('says so instead of reading Danish with an English voice', () => {
    const { synth, service } = fakeSpeech([daniel]);
    const events = collect(service);
    expect(service.speak('Hej', 'da')).toBe('no-voice');
    expect(synth.spoken).toHaveLength(0);
    expect(events).toContainEqual({ type: 'no-voice', lang: 'da', reason: 'no-voice-for-language' });
    expect(service.voiceStatus('da')).toBe('no-voice');
    expect(service.voiceStatus('en')).toBe('ok');
  });

  it('reports a browser without speech synthesis', () => {
    const { service, env } = fakeSpeech([sara]);
    env.synth = undefined;
    const events = collect(service);
    expect(service.speak('Hej', 'da')).toBe('unsupported');
    expect(events[0]).toMatchObject({ type: 'no-voice', reason: 'unsupported' });
  });

  it('tries the language tag alone while voices have not arrived, and speaks up if nothing starts', () => {
    const { synth, service, advance } = fakeSpeech([]);
    const events = collect(service);
    expect(service.speak('Hej', 'da')).toBe('speaking');
    expect(synth.last?.lang).toBe('da-DK');
    expect(synth.last?.voice).toBeNull();
    advance(startWatchdogMs);
    expect(events).toContainEqual({ type: 'no-voice', lang: 'da', reason: 'engine-failed' });
  });

  it('does not complain when speech started in time', () => {
    const { synth, service, advance } = fakeSpeech([]);
    const events = collect(service);
    service.speak('Hej', 'da');
    synth.start();
    advance(startWatchdogMs * 2);
    expect(events.some((e) => e.type === 'no-voice')).toBe(false);
  });

  it('reports an engine error other than a cancel', () => {
    const { synth, service } = fakeSpeech([sara]);
    const events = collect(service);
    service.speak('Hej', 'da');
    synth.fail('synthesis-failed');
    expect(events).toContainEqual({ type: 'no-voice', lang: 'da', reason: 'engine-failed' });
  });
});

describe('voices that arrive late', () => {
  it('waits for voiceschanged and then resolves with the list', async () => {
    const { synth, service } = fakeSpeech([]);
    const loading = service.loadVoices(2000);
    synth.setVoices([sara]);
    await expect(loading).resolves.toEqual([sara]);
    expect(service.voiceStatus('da')).toBe('ok');
  });

  it('never waits longer than the timeout', async () => {
    const { service, advance } = fakeSpeech([]);
    const loading = service.loadVoices(2000);
    advance(2000);
    await expect(loading).resolves.toEqual([]);
    expect(service.voiceStatus('da')).toBe('unknown');
  });
});

describe('one thing at a time', () => {
  it('cancels what is being said before speaking again (Safari queues forever otherwise)', () => {
    const { synth, service } = fakeSpeech([sara]);
    const firstEnd = vi.fn();
    service.speak('Først', 'da', { onEnd: firstEnd });
    synth.start();
    service.speak('Så', 'da');
    expect(synth.cancel).toHaveBeenCalled();
    expect(firstEnd).toHaveBeenCalledWith(false);
    expect(synth.queue.map((u) => u.text)).toEqual(['Så']);
  });

  it('reports word boundaries of the current utterance only', () => {
    const { synth, service } = fakeSpeech([sara]);
    const events = collect(service);
    service.speak('Vi tager på tur', 'da');
    synth.start();
    synth.boundary(3, 5);
    expect(events).toContainEqual({ type: 'boundary', text: 'Vi tager på tur', charIndex: 3, charLength: 5 });
    synth.finish();
    expect(events.at(-1)).toEqual({ type: 'end', text: 'Vi tager på tur', completed: true });
  });

  it('stop ends the utterance as not completed', () => {
    const { synth, service } = fakeSpeech([sara]);
    const onEnd = vi.fn();
    service.speak('Hej', 'da', { onEnd });
    synth.start();
    service.stop();
    expect(onEnd).toHaveBeenCalledWith(false);
    expect(service.speaking).toBe(false);
  });
});
