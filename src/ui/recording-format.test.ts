import { describe, expect, it } from 'vitest';
import { canPlayRecording, formatName, pickRecordingMime } from './recording-format';

describe('choosing the recording format', () => {
  it.each([
    {
      device: 'Safari on iPad',
      supported: ['audio/mp4', 'audio/mp4;codecs=mp4a.40.2'],
      expected: 'audio/mp4;codecs=mp4a.40.2',
    },
    {
      device: 'Chrome 126+ (MP4 with Opus)',
      supported: ['audio/mp4', 'audio/webm;codecs=opus'],
      expected: 'audio/mp4',
    },
    {
      device: 'older Chrome on Android',
      supported: ['audio/webm;codecs=opus', 'audio/webm'],
      expected: 'audio/webm;codecs=opus',
    },
    { device: 'Firefox', supported: ['audio/ogg;codecs=opus'], expected: 'audio/ogg;codecs=opus' },
    { device: 'a browser that cannot record', supported: [] as string[], expected: undefined },
  ])('picks $expected on $device', ({ supported, expected }) => {
    expect(pickRecordingMime((mime) => supported.includes(mime))).toBe(expected);
  });

  it('skips a format whose check throws', () => {
    expect(
      pickRecordingMime((mime) => {
        if (mime.startsWith('audio/mp4')) throw new Error('unknown');
        return mime === 'audio/webm;codecs=opus';
      }),
    ).toBe('audio/webm;codecs=opus');
  });
});

describe('can this device play a stored recording', () => {
  it.each([
    { answer: 'probably', expected: 'yes' },
    { answer: 'maybe', expected: 'yes' },
    { answer: '', expected: 'no' },
  ])('"$answer" from canPlayType means $expected', ({ answer, expected }) => {
    expect(canPlayRecording('audio/webm;codecs=opus', () => answer)).toBe(expected);
  });

  it('says "unknown" when the check itself fails', () => {
    expect(
      canPlayRecording('audio/mp4', () => {
        throw new Error('no media');
      }),
    ).toBe('unknown');
  });

  it('names the format for staff', () => {
    expect(formatName('audio/mp4;codecs=mp4a.40.2')).toBe('AAC (MP4)');
    expect(formatName('audio/mp4;codecs=opus')).toBe('Opus (MP4)');
    expect(formatName('audio/webm;codecs=opus')).toBe('Opus (WebM)');
    expect(formatName('audio/ogg;codecs=opus')).toBe('Opus (Ogg)');
  });
});
