import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../testing/render';
import type { RaadetDatabase } from './database';
import { getMedia, putMedia, sha256Hex } from './media-store';

let db: RaadetDatabase;
beforeEach(() => {
  db = freshDatabase();
  return () => db.delete();
});

const bytesOf = (...values: number[]) => new Uint8Array(values).buffer;

describe('media store', () => {
  it('names media by the SHA-256 of their bytes, in lowercase hex', async () => {
    const bytes = bytesOf(0x89, 0x50, 0x4e, 0x47, 0, 255, 128);
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
    const first = await putMedia(bytesOf(1, 2, 3), 'image/jpeg');
    const second = await putMedia(bytesOf(1, 2, 3), 'image/jpeg');
    expect(second).toBe(first);
    expect(await db.media.count()).toBe(1);
    await putMedia(bytesOf(1, 2, 4), 'image/jpeg');
    expect(await db.media.count()).toBe(2);
  });

  it('stores bytes as an ArrayBuffer with their mime type and size', async () => {
    const hash = await putMedia(bytesOf(9, 8, 7, 6), 'audio/webm');
    const row = (await db.media.get(hash))!;
    expect(Object.prototype.toString.call(row.bytes)).toBe('[object ArrayBuffer]');
    expect(row).toMatchObject({ hash, mime: 'audio/webm', size: 4 });
    expect(Number.isNaN(Date.parse(row.createdAt))).toBe(false);
  });

  it('gives back the stored bytes and mime type', async () => {
    const hash = await putMedia(bytesOf(9, 8, 7, 6), 'audio/webm');
    const media = (await getMedia(hash))!;
    expect(media.mime).toBe('audio/webm');
    expect(Array.from(new Uint8Array(media.bytes))).toEqual([9, 8, 7, 6]);
  });

  it('gives nothing for an unknown hash', async () => {
    expect(await getMedia('0'.repeat(64))).toBeUndefined();
  });
});
