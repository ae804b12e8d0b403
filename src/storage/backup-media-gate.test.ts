// A backup's media pass the same gate as every other media file (media-store.ts): a file
// carrying a hostile SVG or an HTML page is refused whole, says which media file, and changes
// nothing. (Kept apart from backup-file.test.ts: the gate is media-store's rule.)
import { beforeEach, describe, expect, it } from 'vitest';
import type { Backup } from '../domain/backup';
import { freshDatabase } from '../testing/render';
import { exportBackup, importBackupText } from './backup-file';
import type { RaadetDatabase } from './database';
import { putMedia, sha256Hex } from './media-store';

const cleanup: RaadetDatabase[] = [];
beforeEach(() => () => Promise.all(cleanup.splice(0).map((db) => db.delete())).then(() => undefined));

function open(): RaadetDatabase {
  const db = freshDatabase();
  cleanup.push(db);
  return db;
}

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]).buffer;
const scriptedSvg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';

async function withMedia(backup: Backup, text: string, mime: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const hash = await sha256Hex(bytes.buffer);
  backup.media.push({ hash, mime, data: btoa(text) });
  return JSON.stringify(backup);
}

describe('media in a backup', () => {
  it.each([
    ['an SVG with a script', scriptedSvg, 'image/svg+xml', 'unsafe-svg'],
    ['an HTML page', '<html><script>alert(1)</script></html>', 'text/html', 'unsupported-type'],
  ])('refuses a file with %s and changes nothing', async (_name, text, mime, refusal) => {
    open();
    await putMedia(png, 'image/png');
    const file = await withMedia(await exportBackup(), text, mime);
    const db = open();
    expect(await importBackupText(file)).toEqual({ ok: false, reason: 'refused-media', mediaNumber: 2, refusal });
    expect(await db.media.count()).toBe(0);
  });
});
