// A chosen photo (an agenda item's picture, a member's face): checked, optionally cropped, shrunk
// to at most 1024 px on the long side and re-encoded (WebP where the browser can, JPEG otherwise;
// within 200 KB where the quality steps allow), so pictures stay small enough to keep offline on
// the tablet and in backups. Nothing is stored here: the features store the bytes with putMedia.
import { pixelFrame, type Frame } from './crop-geometry';

export const maxPhotoMegabytes = 10;
export const maxPhotoBytes = maxPhotoMegabytes * 1024 * 1024;
export const maxPhotoLongSide = 1024;

export interface PreparedPhoto {
  bytes: ArrayBuffer;
  mime: string;
  width: number;
  height: number;
}

/** Why a file cannot be used: an i18n key in the `common` namespace and its values. */
export interface PhotoProblem {
  key: 'validation.notAnImage' | 'validation.imageTooLarge';
  values: Record<string, unknown>;
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

interface Decoded {
  source: CanvasImageSource;
  width: number;
  height: number;
  release: () => void;
}

async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    // 'from-image' turns phone photos the right way up (EXIF orientation), as <img> does.
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return { source: bitmap, width: bitmap.width, height: bitmap.height, release: () => bitmap.close() };
  }
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return { source: image, width: image.naturalWidth, height: image.naturalHeight, release: () => URL.revokeObjectURL(url) };
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
}

/**
 * Decodes the photo, cuts out the crop frame (photo pixels; the whole photo without one),
 * shrinks it to at most 1024 px on the long side and compresses it. Rejects when the
 * browser cannot read the file as an image.
 */
export async function preparePhoto(file: Blob, crop?: Frame): Promise<PreparedPhoto> {
  const decoded = await decode(file);
  try {
    const area = pixelFrame(crop ?? { x: 0, y: 0, width: decoded.width, height: decoded.height }, decoded);
    const { width, height } = scaledSize(area.width, area.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.imageSmoothingQuality = 'high';
    context.drawImage(decoded.source, area.x, area.y, area.width, area.height, 0, 0, width, height);
    const blob = await encodeWithinBudget((mime, quality) => new Promise((resolve) => canvas.toBlob(resolve, mime, quality)));
    return { bytes: await blob.arrayBuffer(), mime: blob.type, width, height };
  } finally {
    decoded.release();
  }
}
