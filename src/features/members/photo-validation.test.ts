import { describe, expect, it } from 'vitest';
import { checkPhotoFile, fitWithin, maxPhotoBytes } from './photo-validation';

describe('checkPhotoFile', () => {
  it.each([
    ['image/jpeg', 2_000_000],
    ['image/png', 1],
    ['image/webp', maxPhotoBytes],
    ['image/heic', 4_000_000],
  ])('accepts a %s picture of %i bytes', (type, size) => {
    expect(checkPhotoFile({ type, size })).toEqual({ ok: true });
  });

  it.each([
    ['application/pdf', 20_000],
    ['text/plain', 10],
    ['', 5_000],
    ['video/mp4', 1_000_000],
    ['image/png', 0],
  ])('rejects %s (%i bytes) as not a picture', (type, size) => {
    expect(checkPhotoFile({ type, size })).toEqual({ ok: false, key: 'validation.notAnImage' });
  });

  it('rejects a picture over 10 MB and says the limit', () => {
    expect(checkPhotoFile({ type: 'image/jpeg', size: maxPhotoBytes + 1 })).toEqual({
      ok: false,
      key: 'validation.imageTooLarge',
      values: { max: 10 },
    });
  });
});

describe('fitWithin', () => {
  it.each([
    [4032, 3024, 1024, 768],
    [3024, 4032, 768, 1024],
    [800, 600, 800, 600],
    [1024, 1024, 1024, 1024],
    [5000, 10, 1024, 2],
  ])('fits %ix%i into %ix%i', (w, h, ew, eh) => {
    expect(fitWithin(w, h, 1024)).toEqual({ width: ew, height: eh });
  });
});
