import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../testing/render';
import type { RaadetDatabase } from './database';
import { checkMedia, getMedia, MediaRefusedError, putMedia, sha256Hex } from './media-store';

let db: RaadetDatabase;
beforeEach(() => {
  db = freshDatabase();
  return () => db.delete();
});

const bytesOf = (...values: number[]) => new Uint8Array(values).buffer;
const textOf = (text: string) => new TextEncoder().encode(text).buffer;
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const jpeg = [0xff, 0xd8, 0xff];
const webm = [0x1a, 0x45, 0xdf, 0xa3];

describe('media store', () => {
  it('names media by the SHA-256 of their bytes, in lowercase hex', async () => {
    const bytes = bytesOf(...png, 0, 255, 128);
    const hash = await putMedia(bytes, 'image/png');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(createHash('sha256').update(new Uint8Array(bytes)).digest('hex'));
    expect(await sha256Hex(bytes)).toBe(hash);
  });

  it('hashes an empty file like everyone else does', async () => {
    expect(await sha256Hex(new ArrayBuffer(0))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('stores the same bytes only once', async () => {
    const first = await putMedia(bytesOf(...jpeg, 1, 2, 3), 'image/jpeg');
    const second = await putMedia(bytesOf(...jpeg, 1, 2, 3), 'image/jpeg');
    expect(second).toBe(first);
    expect(await db.media.count()).toBe(1);
    await putMedia(bytesOf(...jpeg, 1, 2, 4), 'image/jpeg');
    expect(await db.media.count()).toBe(2);
  });

  it('stores bytes as an ArrayBuffer with their mime type and size', async () => {
    const hash = await putMedia(bytesOf(...webm, 9, 8, 7, 6), 'audio/webm');
    const row = (await db.media.get(hash))!;
    expect(Object.prototype.toString.call(row.bytes)).toBe('[object ArrayBuffer]');
    expect(row).toMatchObject({ hash, mime: 'audio/webm', size: 8 });
    expect(Number.isNaN(Date.parse(row.createdAt))).toBe(false);
  });

  it('gives back the stored bytes and mime type', async () => {
    const hash = await putMedia(bytesOf(...webm, 9, 8, 7, 6), 'audio/webm');
    const media = (await getMedia(hash))!;
    expect(media.mime).toBe('audio/webm');
    expect(Array.from(new Uint8Array(media.bytes))).toEqual([...webm, 9, 8, 7, 6]);
  });

  it('gives nothing for an unknown hash', async () => {
    expect(await getMedia('0'.repeat(64))).toBeUndefined();
  });
});

const svgOf = (inner: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 72 72"${attributes}>${inner}</svg>`;

describe('the media gate', () => {
  it.each([
    ['a PNG', bytesOf(...png, 1), 'image/png', 'image/png'],
    ['a JPEG', bytesOf(...jpeg, 0xe0), 'image/jpeg', 'image/jpeg'],
    ['a WebP', textOf('RIFF\0\0\0\0WEBPVP8 '), 'image/webp', 'image/webp'],
    ['an AAC recording', textOf('\0\0\0\x18ftypM4A '), 'audio/mp4;codecs=mp4a.40.2', 'audio/mp4;codecs=mp4a.40.2'],
    ['a WebM recording', bytesOf(...webm, 0x42), 'audio/webm;codecs=opus', 'audio/webm;codecs=opus'],
    ['an Ogg recording', textOf('OggS\0\x02'), 'audio/ogg; codecs="opus"', 'audio/ogg;codecs=opus'],
    [
      'a clean SVG',
      textOf(
        svgOf(
          '<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><circle cx="36" cy="36" r="30" fill="url(#g)"/>',
        ),
      ),
      'image/svg+xml',
      'image/svg+xml',
    ],
  ])('accepts %s under its own type', (_name, bytes, mime, stored) => {
    expect(checkMedia(bytes, mime)).toEqual({ ok: true, mime: stored });
  });

  it.each([
    ['text/html', textOf('<script>alert(1)</script>'), 'text/html', 'unsupported-type'],
    ['an HTML page labelled as a PNG', textOf('<html><script>alert(1)</script></html>'), 'image/png', 'wrong-bytes'],
    ['a PNG labelled as a JPEG', bytesOf(...png, 1), 'image/jpeg', 'wrong-bytes'],
    ['a GIF, which the app never makes', textOf('GIF89a'), 'image/gif', 'unsupported-type'],
    ['an empty type', bytesOf(...png), '', 'unsupported-type'],
    [
      'HTML labelled as SVG',
      textOf('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'),
      'image/svg+xml',
      'wrong-bytes',
    ],
  ])('refuses %s', (_name, bytes, mime, reason) => {
    expect(checkMedia(bytes, mime)).toEqual({ ok: false, reason });
  });

  it.each([
    ['a <script>', svgOf('<script>alert(1)</script>')],
    ['an onload handler', svgOf('<rect width="9" height="9"/>', ' onload="alert(1)"')],
    ['a <foreignObject>', svgOf('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>')],
    ['an external xlink:href', svgOf('<image xlink:href="http://example.com/a.png" width="9" height="9"/>')],
    ['a <use> of another file', svgOf('<use href="other.svg#x"/>')],
    ['a CSS url() in a style attribute', svgOf('<rect width="9" height="9" style="fill:url(http://example.com/x)"/>')],
  ])('refuses an SVG with %s', (_name, text) => {
    expect(checkMedia(textOf(text), 'image/svg+xml')).toEqual({ ok: false, reason: 'unsafe-svg' });
  });

  it('stores nothing it refuses', async () => {
    await expect(putMedia(textOf(svgOf('<script>alert(1)</script>')), 'image/svg+xml')).rejects.toEqual(
      new MediaRefusedError('unsafe-svg'),
    );
    await expect(putMedia(textOf('<p>hi</p>'), 'text/html')).rejects.toBeInstanceOf(MediaRefusedError);
    expect(await db.media.count()).toBe(0);
  });

  it('stores a recording under the allow-list spelling of its type', async () => {
    const hash = await putMedia(bytesOf(...webm, 1), 'Audio/WebM; codecs=opus');
    expect((await db.media.get(hash))?.mime).toBe('audio/webm;codecs=opus');
  });

  it('never hands out a file stored before the gate under a type it is not', async () => {
    // What an old backup import could leave: an HTML page, and a PNG that claims to be a JPEG.
    await db.media.bulkPut([
      { hash: 'a'.repeat(64), mime: 'text/html', bytes: textOf('<script>1</script>'), size: 18, createdAt: '' },
      { hash: 'b'.repeat(64), mime: 'image/jpeg', bytes: bytesOf(...png), size: 8, createdAt: '' },
    ]);
    expect(await getMedia('a'.repeat(64))).toBeUndefined();
    expect(await getMedia('b'.repeat(64))).toBeUndefined();
  });
});
