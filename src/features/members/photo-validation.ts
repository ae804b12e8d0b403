// The checks a chosen photo must pass before anything else happens to it. Pure, so it is
// tested without a browser; decoding and resizing live in resize-photo.ts.

export const maxPhotoMegabytes = 10;
export const maxPhotoBytes = maxPhotoMegabytes * 1024 * 1024;

export type PhotoProblem = { key: 'validation.notAnImage' } | { key: 'validation.imageTooLarge'; values: { max: number } };

export type PhotoCheck = { ok: true } | ({ ok: false } & PhotoProblem);

/** Type and size only; whether the bytes really are a picture is known after decoding. */
export function checkPhotoFile(file: { type: string; size: number }): PhotoCheck {
  if (!file.type.toLowerCase().startsWith('image/') || file.size === 0) {
    return { ok: false, key: 'validation.notAnImage' };
  }
  if (file.size > maxPhotoBytes) {
    return { ok: false, key: 'validation.imageTooLarge', values: { max: maxPhotoMegabytes } };
  }
  return { ok: true };
}

/** The long side after resizing: never enlarge, never exceed `maxSide`. */
export function fitWithin(width: number, height: number, maxSide: number): { width: number; height: number } {
  const longest = Math.max(width, height);
  if (longest <= maxSide) return { width, height };
  const scale = maxSide / longest;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
