// A chosen photo (an agenda item's picture, a member's face): checked, optionally cropped, shrunk
// to at most 1024 px on the long side and re-encoded (WebP where the browser can, JPEG otherwise;
// within 200 KB where the quality steps allow), so pictures stay small enough to keep offline on
// the tablet and in backups. Phone photos of any usual size are welcome (a 50 MP, 30 MB photo is
// ordinary today): they are decoded at a reduced size, so a big photo never needs hundreds of
// megabytes of memory. Nothing is stored here: the features store the bytes with putMedia.
import { pixelFrame, type Frame, type Size } from './crop-geometry';

/** Far above any phone photo (those are up to about 50 MB): beyond this it is not a photo to use. */
export const maxPhotoMegabytes = 64;
export const maxPhotoBytes = maxPhotoMegabytes * 1024 * 1024;
/** Also far above phones (50 MP is common, some take 200 MP): more pixels than this are refused. */
export const maxPhotoMegapixels = 250;
export const maxPhotoLongSide = 1024;
/** The most pixels decoded at once (16 MP, 64 MB of memory); bigger photos are decoded smaller. */
export const decodePixelBudget = 16_000_000;

export interface PreparedPhoto {
  bytes: ArrayBuffer;
  mime: string;
  width: number;
  height: number;
}

/** Why a file cannot be used: an i18n key in the `common` namespace and its values. */
export interface PhotoProblem {
  key: 'validation.notAnImage' | 'validation.imageTooLarge' | 'validation.imageTooManyPixels';
  values: Record<string, unknown>;
}

/** preparePhoto's refusal of a picture with absurdly many pixels. */
export class PhotoTooManyPixelsError extends Error {
  constructor(readonly megapixels: number) {
    super(`photo has ${megapixels} megapixels`);
  }
}

/** What to tell staff when preparePhoto fails: too many pixels, or else not a picture at all. */
export function photoProblemOf(error: unknown): PhotoProblem {
  return error instanceof PhotoTooManyPixelsError
    ? { key: 'validation.imageTooManyPixels', values: { max: maxPhotoMegapixels } }
    : { key: 'validation.notAnImage', values: {} };
}

/**
 * Why a chosen file cannot be used, or null when it may be. Type and size only; whether the
 * bytes really are a picture is known when preparePhoto decodes them.
 */
export function checkPhotoFile(file: Pick<File, 'type' | 'size'>): PhotoProblem | null {
  const type = file.type.toLowerCase();
  if (!type.startsWith('image/') || type === 'image/svg+xml' || file.size === 0) {
    return { key: 'validation.notAnImage', values: {} };
  }
  if (file.size > maxPhotoBytes) {
    return { key: 'validation.imageTooLarge', values: { max: maxPhotoMegabytes } };
  }
  return null;
}

/** The size to draw at: the long side at most `max`, never enlarged. */
export function scaledSize(width: number, height: number, max = maxPhotoLongSide): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Aim for photos no bigger than this; quality steps down until they fit. */
export const photoByteBudget = 200_000;
/** Qualities tried in turn, best first; the last one is used even if still over budget. */
export const photoQualities = [0.85, 0.8, 0.75, 0.7, 0.65, 0.6] as const;

export type Encode = (mime: string, quality: number) => Promise<Blob | null>;

/**
 * WebP where the browser can encode it (Safari before 17 quietly returns PNG instead: then
 * JPEG), at the best quality that stays within the budget.
 */
export async function encodeWithinBudget(encode: Encode, budget = photoByteBudget): Promise<Blob> {
  const probe = await encode('image/webp', photoQualities[0]);
  const mime = probe?.type === 'image/webp' ? 'image/webp' : 'image/jpeg';
  let best: Blob | null = mime === 'image/webp' ? probe : null;
  for (const quality of photoQualities) {
    const blob = quality === photoQualities[0] && best ? best : await encode(mime, quality);
    if (!blob) continue;
    best = blob;
    if (blob.size <= budget) return blob;
  }
  if (!best) throw new Error('could not encode the photo');
  return best;
}

/**
 * How much to shrink the whole photo when decoding it, so the crop comes out at the final size
 * (at most 1024 px long) without decoding more pixels than needed, and never more than the
 * decode budget. 1 means full size.
 */
export function decodeScale(area: Size, whole: Size, maxLong = maxPhotoLongSide, budget = decodePixelBudget): number {
  const forCrop = maxLong / Math.max(area.width, area.height);
  const forMemory = Math.sqrt(budget / (whole.width * whole.height));
  return Math.min(1, forCrop, forMemory);
}

interface Decoded {
  source: CanvasImageSource;
  width: number;
  height: number;
  release: () => void;
}

/**
 * The photo's size as it is shown (turned by its EXIF orientation), read from the file's header
 * by an <img>: the load event comes before the pixels are decoded.
 */
async function naturalSize(file: Blob): Promise<Size> {
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('not an image'));
      image.src = url;
    });
    return { width: image.naturalWidth, height: image.naturalHeight };
  } finally {
    URL.revokeObjectURL(url);
  }
}

const sameShape = (a: Size, b: Size) =>
  a.width === a.height || b.width === b.height || a.width > a.height === b.width > b.height;

async function decode(file: Blob, whole: Size, scale: number): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    // 'from-image' turns phone photos the right way up (EXIF orientation), as <img> does.
    if (scale < 1) {
      const bitmap = await createImageBitmap(file, {
        imageOrientation: 'from-image',
        resizeWidth: Math.max(1, Math.round(whole.width * scale)),
        resizeHeight: Math.max(1, Math.round(whole.height * scale)),
        resizeQuality: 'high',
      });
      // A browser that resizes before turning the photo would hand back the wrong shape.
      if (sameShape(bitmap, whole))
        return { source: bitmap, width: bitmap.width, height: bitmap.height, release: () => bitmap.close() };
      bitmap.close();
    }
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return { source: bitmap, width: bitmap.width, height: bitmap.height, release: () => bitmap.close() };
  }
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return {
      source: image,
      width: image.naturalWidth,
      height: image.naturalHeight,
      release: () => URL.revokeObjectURL(url),
    };
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
}

/**
 * Decodes the photo (at a reduced size when it is big), cuts out the crop frame (photo pixels;
 * the whole photo without one), shrinks it to at most 1024 px on the long side and compresses
 * it. Rejects when the browser cannot read the file as an image, and with
 * PhotoTooManyPixelsError when it has absurdly many pixels.
 */
export async function preparePhoto(file: Blob, crop?: Frame): Promise<PreparedPhoto> {
  const whole = await naturalSize(file);
  if (whole.width < 1 || whole.height < 1) throw new Error('not an image');
  const megapixels = (whole.width * whole.height) / 1_000_000;
  if (megapixels > maxPhotoMegapixels) throw new PhotoTooManyPixelsError(Math.round(megapixels));
  const wanted = pixelFrame(crop ?? { x: 0, y: 0, width: whole.width, height: whole.height }, whole);
  const decoded = await decode(file, whole, decodeScale(wanted, whole));
  try {
    // The crop frame is in the photo's own pixels; the decoded picture may be smaller.
    const sx = decoded.width / whole.width;
    const sy = decoded.height / whole.height;
    const area = pixelFrame(
      { x: wanted.x * sx, y: wanted.y * sy, width: wanted.width * sx, height: wanted.height * sy },
      decoded,
    );
    const { width, height } = scaledSize(area.width, area.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.imageSmoothingQuality = 'high';
    context.drawImage(decoded.source, area.x, area.y, area.width, area.height, 0, 0, width, height);
    const blob = await encodeWithinBudget(
      (mime, quality) => new Promise((resolve) => canvas.toBlob(resolve, mime, quality)),
    );
    return { bytes: await blob.arrayBuffer(), mime: blob.type, width, height };
  } finally {
    decoded.release();
  }
}
