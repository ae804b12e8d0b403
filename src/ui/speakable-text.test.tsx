import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeSpeech, fakeVoice } from '../testing/fake-speech-synthesis';
import { currentWordIndex, SpeakableText, splitWords } from './speakable-text';
import { setSpeechService } from './speech';

afterEach(() => setSpeechService(null));

describe('word highlighting', () => {
  it('finds the spoken word inside a longer spoken sentence', () => {
    const spoken = 'Punkt 2. Vi tager på sommertur. 15 minutter.';
    expect(currentWordIndex('Vi tager på sommertur', { text: spoken, charIndex: spoken.indexOf('tager') })).toBe(1);
    expect(currentWordIndex('Vi tager på sommertur', { text: spoken, charIndex: spoken.indexOf('15') })).toBe(-1);
    expect(currentWordIndex('Noget andet', { text: spoken, charIndex: 3 })).toBe(-1);
    expect(splitWords('  to  ord ').map((w) => w.word)).toEqual(['to', 'ord']);
  });

  it('lights up the word the voice has reached, and clears when speech ends', () => {
    const { synth, service } = fakeSpeech([fakeVoice('Sara', 'da-DK')]);
    setSpeechService(service);
    render(<SpeakableText text="Vi tager på tur" />);
    act(() => {
      service.speak('Punkt 1. Vi tager på tur.', 'da');
      synth.start();
      synth.boundary('Punkt 1. Vi '.length, 5);
    });
    expect(screen.getByText('tager')).toHaveClass('speakable-text__word--current');
    act(() => synth.finish());
    expect(screen.getByText('tager')).not.toHaveClass('speakable-text__word--current');
  });
});
