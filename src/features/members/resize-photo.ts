// Decodes a chosen picture and redraws it at most 1024 px on the long side, so members'
// photos stay small in IndexedDB and in backups. WebP where the browser can encode it,
// JPEG otherwise. A file that does not decode is not a picture, whatever its name says.
import { fitWithin } from './photo-validation';

export const photoMaxSide = 1024;
const quality = 0.8;

export type ResizedPhoto = { ok: true; bytes: ArrayBuffer; mime: string } | { ok: false };

interface Decoded {
  source: CanvasImageSource;
  width: number;
  height: number;
  release: () => void;
}

async function decode(file: Blob): Promise<Decoded | undefined> {
  if (typeof createImageBitmap === 'function') {
    try {
      // from-image: respect the EXIF orientation of phone photos.
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return { source: bitmap, width: bitmap.width, height: bitmap.height, release: () => bitmap.close() };
    } catch {
      return undefined;
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('not an image'));
      image.src = url;
    });
    if (image.naturalWidth === 0 || image.naturalHeight === 0) return undefined;
    return { source: image, width: image.naturalWidth, height: image.naturalHeight, release: () => undefined };
  } catch {
    return undefined;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function toBlob(canvas: HTMLCanvasElement, mime: string): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, mime, quality));
}

export async function resizePhoto(file: Blob, maxSide: number = photoMaxSide): Promise<ResizedPhoto> {
  const decoded = await decode(file);
  if (!decoded) return { ok: false };
  try {
    const size = fitWithin(decoded.width, decoded.height, maxSide);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) return { ok: false };
    context.imageSmoothingQuality = 'high';
    context.drawImage(decoded.source, 0, 0, size.width, size.height);
    // Browsers that cannot encode WebP silently return PNG; check the type we got.
    let blob = await toBlob(canvas, 'image/webp');
    if (!blob || blob.type !== 'image/webp') blob = await toBlob(canvas, 'image/jpeg');
    if (!blob) return { ok: false };
    return { ok: true, bytes: await blob.arrayBuffer(), mime: blob.type || 'image/jpeg' };
  } finally {
    decoded.release();
  }
}
