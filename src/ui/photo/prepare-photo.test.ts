import { describe, expect, it } from 'vitest';
import {
  checkPhotoFile,
  decodeScale,
  encodeWithinBudget,
  maxPhotoBytes,
  photoProblemOf,
  PhotoTooManyPixelsError,
  scaledSize,
} from './prepare-photo';

describe('checkPhotoFile', () => {
  it.each([
    ['a JPEG photo', 'image/jpeg', 2_000_000],
    ['a PNG picture', 'image/png', 100],
    ['a 12 MB phone photo', 'image/jpeg', 12 * 1024 * 1024],
    ['a 50 MB photo from a 200 MP camera', 'image/jpeg', 50 * 1024 * 1024],
    ['a photo of exactly the limit', 'image/webp', maxPhotoBytes],
    ['a HEIC photo from an iPad', 'image/heic', 4_000_000],
    ['a type in capitals', 'IMAGE/JPEG', 1000],
  ])('accepts %s', (_name, type, size) => {
    expect(checkPhotoFile({ type, size })).toBeNull();
  });

  it.each([
    ['a PDF', 'application/pdf', 1000],
    ['a file without a type', '', 1000],
    ['an SVG drawing', 'image/svg+xml', 1000],
    ['a text file', 'text/plain', 10],
    ['a video', 'video/mp4', 1_000_000],
    ['an empty picture file', 'image/png', 0],
  ])('refuses %s as not a picture', (_name, type, size) => {
    expect(checkPhotoFile({ type, size })?.key).toBe('validation.notAnImage');
  });

  it('refuses a file over 64 MB (no phone photo is that big) and says the limit', () => {
    expect(checkPhotoFile({ type: 'image/jpeg', size: maxPhotoBytes + 1 })).toEqual({
      key: 'validation.imageTooLarge',
      values: { max: 64 },
    });
  });
});

describe('decodeScale', () => {
  it.each([
    ['a small photo, whole', { width: 800, height: 600 }, { width: 800, height: 600 }, 1],
    [
      'a 12 MP photo, whole: just enough for 1024 px',
      { width: 4000, height: 3000 },
      { width: 4000, height: 3000 },
      1024 / 4000,
    ],
    ['a 50 MP photo, whole', { width: 8160, height: 6120 }, { width: 8160, height: 6120 }, 1024 / 8160],
    ['a small crop of a 12 MP photo: full size', { width: 500, height: 500 }, { width: 4000, height: 3000 }, 1],
  ])('%s', (_name, area, whole, scale) => {
    expect(decodeScale(area, whole)).toBeCloseTo(scale, 6);
  });

  it('never decodes more than 16 MP, even for a small crop of a huge photo', () => {
    const whole = { width: 16_320, height: 12_240 }; // 200 MP
    const scale = decodeScale({ width: 800, height: 800 }, whole);
    expect(whole.width * scale * whole.height * scale).toBeLessThanOrEqual(16_000_001);
  });
});

describe('photoProblemOf', () => {
  it('names the pixel limit for a photo with absurdly many pixels', () => {
    expect(photoProblemOf(new PhotoTooManyPixelsError(400))).toEqual({
      key: 'validation.imageTooManyPixels',
      values: { max: 250 },
    });
  });

  it('calls anything else not a picture', () => {
    expect(photoProblemOf(new Error('decode failed')).key).toBe('validation.notAnImage');
  });
});

describe('scaledSize', () => {
  it.each([
    [4032, 3024, 1024, 768],
    [3024, 4032, 768, 1024],
    [800, 600, 800, 600],
    [1024, 10, 1024, 10],
    [5000, 1, 1024, 1],
    [1024, 1024, 1024, 1024],
    [5000, 10, 1024, 2],
  ])('draws %i×%i at %i×%i', (width, height, w, h) => {
    expect(scaledSize(width, height)).toEqual({ width: w, height: h });
  });
});

describe('encodeWithinBudget', () => {
  const blobOf = (type: string, size: number) => new Blob([new Uint8Array(size)], { type });
  /** A fake encoder whose output shrinks with quality; `webp` says whether WebP is supported. */
  function encoder(webp: boolean, sizeAt: (quality: number) => number) {
    const calls: [string, number][] = [];
    const encode = async (mime: string, quality: number) => {
      calls.push([mime, quality]);
      const type = mime === 'image/webp' && !webp ? 'image/png' : mime;
      return blobOf(type, sizeAt(quality));
    };
    return { encode, calls };
  }

  it('keeps the best quality when it is small enough', async () => {
    const { encode, calls } = encoder(true, () => 150_000);
    const blob = await encodeWithinBudget(encode);
    expect(blob.type).toBe('image/webp');
    expect(calls).toEqual([['image/webp', 0.85]]);
  });

  it('steps the quality down until the photo is within 200 KB', async () => {
    const { encode, calls } = encoder(true, (q) => Math.round(q * 300_000));
    const blob = await encodeWithinBudget(encode);
    expect(blob.size).toBeLessThanOrEqual(200_000);
    expect(calls.map(([, q]) => q)).toEqual([0.85, 0.8, 0.75, 0.7, 0.65]);
  });

  it('uses JPEG where WebP cannot be encoded', async () => {
    const { encode } = encoder(false, () => 100_000);
    expect((await encodeWithinBudget(encode)).type).toBe('image/jpeg');
  });

  it('settles for the lowest quality when nothing fits', async () => {
    const { encode, calls } = encoder(true, () => 500_000);
    const blob = await encodeWithinBudget(encode);
    expect(blob.size).toBe(500_000);
    expect(calls.at(-1)).toEqual(['image/webp', 0.6]);
  });
});
