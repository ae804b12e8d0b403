import { describe, expect, it } from 'vitest';
import { findSpeechWindow, worthTrimming } from './silence-trim';

const rate = 8000;
/** Silence, then a tone from `from` to `to` seconds, then silence, `total` seconds long. */
function signal(total: number, from: number, to: number, amplitude = 0.3) {
  const samples = new Float32Array(Math.round(total * rate));
  for (let i = Math.round(from * rate); i < Math.round(to * rate); i += 1)
    samples[i] = amplitude * Math.sin((2 * Math.PI * 220 * i) / rate);
  return samples;
}

describe('finding the speech in a recording', () => {
  it('trims the silence before and after, keeping a little padding', () => {
    const result = findSpeechWindow(signal(10, 1.5, 7), rate);
    expect(result.silent).toBe(false);
    expect(result.start).toBeCloseTo(1.35, 1);
    expect(result.end).toBeCloseTo(7.3, 1);
    expect(worthTrimming(result)).toBe(true);
  });

  it('never goes outside the file', () => {
    const result = findSpeechWindow(signal(3, 0, 3), rate);
    expect(result.start).toBe(0);
    expect(result.end).toBe(3);
    expect(worthTrimming(result)).toBe(false);
  });

  it('ignores background hiss below the threshold', () => {
    const samples = signal(4, 1, 2);
    for (let i = 0; i < samples.length; i += 1) samples[i] = samples[i]! + (i % 2 ? 0.004 : -0.004);
    const result = findSpeechWindow(samples, rate);
    expect(result.start).toBeCloseTo(0.85, 1);
    expect(result.end).toBeCloseTo(2.3, 1);
  });

  it('tells when the microphone heard nothing', () => {
    const result = findSpeechWindow(new Float32Array(rate * 2), rate);
    expect(result.silent).toBe(true);
    expect(worthTrimming(result)).toBe(false);
  });
});
