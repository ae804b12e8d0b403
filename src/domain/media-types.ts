// The kinds of media file the app keeps, and how it knows the bytes really are one. One rule for
// both sides: the tablet's one media write path (storage/media-store.ts) and the sync server's
// upload check (server/src/media/check-upload.ts) use it, so the tablet never stores a file the
// server would refuse (sync would hold it back forever) and the server never hands out one the
// tablet would refuse.
// Tablets store photos as WebP or JPEG (the crop dialog re-encodes every photo, so a chosen PNG or
// GIF never reaches the media table as it was), pictograms and example portraits as SVG, and
// staff recordings in whatever the browser's MediaRecorder makes (src/ui/recording-format.ts).
// PNG is accepted too: it is what a canvas falls back to. GIF is not: the app never stores one.
// Anything else (text/html above all: opened on its own it would run script in the app's origin)
// is refused, however it is labelled.

/** The largest media file the server takes. Photos aim at 200 KB, a 60 s recording is about 180 KB. */
export const maxMediaBytes = 5 * 1024 * 1024;

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
const startsWith = (signature: readonly number[]) => (bytes: Uint8Array) =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

/** Magic numbers of the binary types; SVG is checked by parsing it (svg-safety.ts). */
const binarySignatures = {
  'image/png': startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': startsWith([0xff, 0xd8, 0xff]),
  'image/webp': (bytes: Uint8Array) => ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP',
  'audio/mp4': (bytes: Uint8Array) => ascii(bytes, 4, 8) === 'ftyp',
  'audio/webm': startsWith([0x1a, 0x45, 0xdf, 0xa3]),
  'audio/ogg': (bytes: Uint8Array) => ascii(bytes, 0, 4) === 'OggS',
} as const;

type BinaryMediaType = keyof typeof binarySignatures;
export type MediaType = BinaryMediaType | 'image/svg+xml';

export const mediaTypes: readonly MediaType[] = [
  ...(Object.keys(binarySignatures) as BinaryMediaType[]),
  'image/svg+xml',
];

function isMediaType(essence: string): essence is MediaType {
  return (mediaTypes as readonly string[]).includes(essence);
}

export function hasSignatureOf(type: BinaryMediaType, bytes: Uint8Array): boolean {
  return binarySignatures[type](bytes);
}

/**
 * The mime type to store for a Content-Type header: the type itself, plus a recording's codecs
 * (the tablet plays `audio/mp4;codecs=opus` differently from AAC in MP4), written the way
 * MediaRecorder writes it. Undefined for anything outside the allow-list or a strange parameter.
 */
export function storedMimeFor(contentType: string): { type: MediaType; mime: string } | undefined {
  const [essencePart = '', ...parameters] = contentType.split(';');
  const type = essencePart.trim().toLowerCase();
  if (!isMediaType(type)) return undefined;
  let codecs: string | undefined;
  for (const parameter of parameters) {
    const [name = '', ...rest] = parameter.split('=');
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (name.trim().toLowerCase() === 'codecs' && type.startsWith('audio/')) {
      if (!/^[a-z0-9.,-]{1,60}$/i.test(value)) return undefined;
      codecs = value;
    }
  }
  return { type, mime: codecs ? `${type};codecs=${codecs}` : type };
}
