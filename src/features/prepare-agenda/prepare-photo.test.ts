import { describe, expect, it } from 'vitest';
import { checkPhotoFile, maxPhotoBytes, scaledSize } from './prepare-photo';

describe('checkPhotoFile', () => {
  it.each([
    ['a JPEG photo', 'image/jpeg', 2_000_000],
    ['a PNG picture', 'image/png', 100],
    ['a photo of exactly 10 MB', 'image/webp', maxPhotoBytes],
  ])('accepts %s', (_name, type, size) => {
    expect(checkPhotoFile({ type, size })).toBeNull();
  });

  it.each([
    ['a PDF', 'application/pdf', 1000],
    ['a file without a type', '', 1000],
    ['an SVG drawing', 'image/svg+xml', 1000],
  ])('refuses %s as not a picture', (_name, type, size) => {
    expect(checkPhotoFile({ type, size })?.key).toBe('validation.notAnImage');
  });

  it('refuses a photo over 10 MB and says the limit', () => {
    expect(checkPhotoFile({ type: 'image/jpeg', size: maxPhotoBytes + 1 })).toMatchObject({
      key: 'validation.imageTooLarge',
      values: { max: 10 },
    });
  });
});

describe('scaledSize', () => {
  it.each([
    [4032, 3024, 1024, 768],
    [3024, 4032, 768, 1024],
    [800, 600, 800, 600],
    [1024, 10, 1024, 10],
    [5000, 1, 1024, 1],
  ])('draws %i×%i at %i×%i', (width, height, w, h) => {
    expect(scaledSize(width, height)).toEqual({ width: w, height: h });
  });
});
