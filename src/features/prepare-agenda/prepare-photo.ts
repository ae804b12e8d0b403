// A photo for an agenda item: checked, shrunk to at most 1024 px on the long side and
// re-encoded (WebP where the browser can, JPEG otherwise), so a meeting's pictures stay small
// enough to keep offline on the tablet.
import type { FieldError } from '../../domain/validation-issue';

export const maxPhotoMegabytes = 10;
export const maxPhotoBytes = maxPhotoMegabytes * 1024 * 1024;
export const maxPhotoLongSide = 1024;

export interface PreparedPhoto {
  bytes: ArrayBuffer;
  mime: string;
  width: number;
  height: number;
}

/** Why a chosen file cannot be used, or null when it may be. */
export function checkPhotoFile(file: Pick<File, 'type' | 'size'>): FieldError | null {
  if (!file.type.startsWith('image/') || file.type === 'image/svg+xml') {
    return { field: 'picture', key: 'validation.notAnImage', values: {} };
  }
  if (file.size > maxPhotoBytes) {
    return { field: 'picture', key: 'validation.imageTooLarge', values: { max: maxPhotoMegabytes } };
  }
  return null;
}

/** The size to draw at: the long side at most `max`, never enlarged. */
export function scaledSize(width: number, height: number, max = maxPhotoLongSide): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

interface Decoded {
  source: CanvasImageSource;
  width: number;
  height: number;
  release: () => void;
}

async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    // 'from-image' turns phone photos the right way up (EXIF orientation).
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

function toBlob(canvas: HTMLCanvasElement, mime: string): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, mime, 0.85));
}

/** Decodes and shrinks the photo; rejects when the browser cannot read it as an image. */
export async function preparePhoto(file: Blob): Promise<PreparedPhoto> {
  const decoded = await decode(file);
  try {
    const { width, height } = scaledSize(decoded.width, decoded.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.imageSmoothingQuality = 'high';
    context.drawImage(decoded.source, 0, 0, width, height);
    // Safari before 17 cannot encode WebP and quietly returns PNG instead: fall back to JPEG.
    let blob = await toBlob(canvas, 'image/webp');
    if (!blob || blob.type !== 'image/webp') blob = await toBlob(canvas, 'image/jpeg');
    if (!blob) throw new Error('could not encode the photo');
    return { bytes: await blob.arrayBuffer(), mime: blob.type, width, height };
  } finally {
    decoded.release();
  }
}
