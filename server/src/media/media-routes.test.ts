// @vitest-environment node
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import { protocolHeader, syncProtocolVersion } from '../../../src/domain/sync-protocol';
import { createDevice, createSpace, revokeDevice } from '../auth/devices';
import type { Database } from '../db/database';
import { testDatabases } from '../testing/test-databases';
import { useTestServer } from '../testing/test-server';
import { maxMediaBytes } from '../../../src/domain/media-types';

// A real 1×1 PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const svg = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72"><defs><linearGradient id="g"><stop offset="0" stop-color="#fcea2b"/></linearGradient></defs><circle cx="36" cy="36" r="23" fill="url(#g)" stroke="#000" stroke-width="2"/></svg>',
);
// The first bytes of a WebM file (EBML header), as MediaRecorder writes them.
const webm = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01]);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const hostileSvgs: [string, string][] = [
  ['a script element', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
  [
    'an onload attribute',
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>',
  ],
  [
    'a javascript: link',
    '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect width="9" height="9"/></a></svg>',
  ],
  [
    'an external xlink:href',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://example.com/track.png" width="1" height="1"/></svg>',
  ],
  [
    'a data: image',
    '<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,PHN2Zy8+" width="1" height="1"/></svg>',
  ],
  [
    'a foreignObject',
    '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject></svg>',
  ],
  ['a <use> of another file', '<svg xmlns="http://www.w3.org/2000/svg"><use href="http://example.com/a.svg#x"/></svg>'],
  [
    'an external paint',
    '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://example.com/p.svg#g)"/></svg>',
  ],
  [
    'a style sheet import',
    '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://example.com/a.css);</style></svg>',
  ],
  [
    'an xml-stylesheet instruction',
    '<?xml-stylesheet href="https://example.com/a.css"?><svg xmlns="http://www.w3.org/2000/svg"/>',
  ],
  [
    'a DOCTYPE with entities',
    '<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
  ],
  [
    'an HTML script inside',
    '<svg xmlns="http://www.w3.org/2000/svg"><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></svg>',
  ],
];

describe.each(testDatabases)('media on $name', (testDb) => {
  let db: Database;
  let app: FastifyInstance;
  let spaceId: string;
  let token: string;
  let deviceId: string;
  let otherToken: string;
  useTestServer(testDb, {}, (server) => ({ db, app } = server));

  // Each test gets facilities of its own, so tests never see each other's media.
  beforeEach(async () => {
    spaceId = await createSpace(db, 'Solhjem');
    const tablet = await createDevice(db, spaceId, 'tablet', 'shared-tablet');
    token = tablet.token;
    deviceId = tablet.device.id;
    otherToken = (await createDevice(db, await createSpace(db, 'Kastanjehuset'), 'other', 'staff')).token;
  });

  const headers = (bearer = token) => ({
    authorization: `Bearer ${bearer}`,
    [protocolHeader]: String(syncProtocolVersion),
  });

  function put(hash: string, contentType: string, payload: Buffer, extra: Record<string, string> = headers()) {
    return app.inject({
      method: 'PUT',
      url: `/api/media/${hash}`,
      headers: { ...extra, 'content-type': contentType },
      payload,
    });
  }
  function get(hash: string, extra: Record<string, string> = headers()) {
    return app.inject({ method: 'GET', url: `/api/media/${hash}`, headers: extra });
  }
  async function storedCount(): Promise<number> {
    const [row] = await db.query<{ n: number }>('select count(*)::int as n from media where space_id = $1', [spaceId]);
    return row!.n;
  }

  it('stores a PNG and gives back the same bytes, cacheable forever', async () => {
    const hash = sha256(png);
    const upload = await put(hash, 'image/png', png);
    expect(upload.statusCode).toBe(201);
    expect(upload.json()).toEqual({ hash });

    const download = await get(hash);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(png)).toBe(true);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(download.headers.etag).toBe(`"${hash}"`);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toBeUndefined();

    const revalidated = await get(hash, { ...headers(), 'if-none-match': `"${hash}"` });
    expect(revalidated.statusCode).toBe(304);
  });

  it('stores a safe SVG byte for byte and serves it under a policy that runs and loads nothing', async () => {
    const hash = sha256(svg);
    expect((await put(hash, 'image/svg+xml', svg)).statusCode).toBe(201);
    const download = await get(hash);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(svg)).toBe(true);
    expect(download.headers['content-type']).toBe('image/svg+xml');
    expect(download.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
  });

  it("keeps a recording's codecs with its type", async () => {
    const hash = sha256(webm);
    expect((await put(hash, 'audio/webm; codecs="opus"', webm)).statusCode).toBe(201);
    expect((await get(hash)).headers['content-type']).toBe('audio/webm;codecs=opus');
  });

  it('treats a repeated upload as done, rewriting nothing', async () => {
    const hash = sha256(png);
    await put(hash, 'image/png', png);
    const rowsOfThisFile = () =>
      db.query('select created_at, xmin::text as row_version from media where space_id = $1 and hash = $2', [
        spaceId,
        hash,
      ]);
    const before = await rowsOfThisFile();
    const again = await put(hash, 'image/png', png);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ hash });
    // The same row, untouched: an update would have given it a new xmin.
    expect(await rowsOfThisFile()).toEqual(before);
    expect(before).toHaveLength(1);
  });

  it('refuses bytes that do not hash to the address, storing nothing', async () => {
    const response = await put(sha256(svg), 'image/png', png);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'hash-mismatch' });
    expect(await storedCount()).toBe(0);
  });

  it.each([
    ['a type outside the allow-list', 'text/html', Buffer.from('<p>hi</p>')],
    ['JSON', 'application/json', Buffer.from('{"a":1}')],
    ['text labelled as PNG', 'image/png', Buffer.from('this is not a picture')],
    ['a PNG labelled as JPEG', 'image/jpeg', png],
    ['a PNG labelled as SVG', 'image/svg+xml', png],
    ['an SVG labelled as WebP', 'image/webp', svg],
    ['an SVG without its namespace', 'image/svg+xml', Buffer.from('<svg><rect/></svg>')],
    ['a GIF, which the app never stores', 'image/gif', Buffer.from('GIF89a\x01\x00\x01\x00')],
  ])('refuses %s (415), storing nothing', async (_name, contentType, bytes) => {
    const response = await put(sha256(bytes), contentType, bytes);
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ error: 'unsupported-type' });
    expect(await storedCount()).toBe(0);
  });

  it('refuses an upload without a Content-Type (415)', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: `/api/media/${sha256(png)}`,
      headers: headers(),
      payload: png,
    });
    expect(response.statusCode).toBe(415);
    expect(await storedCount()).toBe(0);
  });

  it('refuses a file over the size limit (413), storing nothing', async () => {
    const big = Buffer.concat([png, Buffer.alloc(maxMediaBytes)]);
    const response = await put(sha256(big), 'image/png', big);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: 'too-large' });
    expect(await storedCount()).toBe(0);
  });

  it.each(hostileSvgs)('refuses an SVG with %s (422), storing nothing', async (_name, text) => {
    const bytes = Buffer.from(text);
    const response = await put(sha256(bytes), 'image/svg+xml', bytes);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ error: 'unsafe-svg' });
    expect(await storedCount()).toBe(0);
  });

  it("never shows one facility another's media, nor that it exists", async () => {
    const hash = sha256(png);
    await put(hash, 'image/png', png);
    const response = await get(hash, headers(otherToken));
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'not-found' });
    const missing = await app.inject({
      method: 'POST',
      url: '/api/media/missing',
      headers: headers(otherToken),
      payload: { hashes: [hash] },
    });
    expect(missing.json()).toEqual({ missing: [hash] });
    // The other facility uploads the same file as its own: a new row, not a no-op.
    expect((await put(hash, 'image/png', png, headers(otherToken))).statusCode).toBe(201);
  });

  it('answers 404 for media nobody uploaded', async () => {
    expect((await get(sha256(Buffer.from('never uploaded')))).statusCode).toBe(404);
  });

  it('tells a device which media the server lacks', async () => {
    const pngHash = sha256(png);
    const svgHash = sha256(svg);
    await put(pngHash, 'image/png', png);
    const response = await app.inject({
      method: 'POST',
      url: '/api/media/missing',
      headers: headers(),
      payload: { hashes: [pngHash, svgHash, svgHash] },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ missing: [svgHash] });
  });

  it.each([
    ['a malformed hash', { hashes: ['not-a-hash'] }],
    ['too many hashes', { hashes: Array.from({ length: 1001 }, (_, i) => sha256(Buffer.from(String(i)))) }],
    ['no list', {}],
  ])('refuses a missing-media question with %s (400)', async (_name, payload) => {
    const response = await app.inject({ method: 'POST', url: '/api/media/missing', headers: headers(), payload });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'bad-request' });
  });

  it.each(['abc', sha256(png).toUpperCase(), `${sha256(png)}0`, '..%2F..%2Fetc'])(
    'refuses the malformed address %s (400)',
    async (hash) => {
      const upload = await put(hash, 'image/png', png);
      expect(upload.statusCode).toBe(400);
      expect(upload.json()).toMatchObject({ error: 'bad-request' });
      expect((await get(hash)).statusCode).toBe(400);
      expect(await storedCount()).toBe(0);
    },
  );

  it('refuses a device without a token or with a revoked one (401), storing nothing', async () => {
    const hash = sha256(png);
    const noToken = { [protocolHeader]: String(syncProtocolVersion) };
    const upload = await put(hash, 'image/png', png, noToken);
    expect(upload.statusCode).toBe(401);
    expect(upload.json()).toMatchObject({ error: 'no-token' });
    expect((await get(hash, noToken)).statusCode).toBe(401);

    await revokeDevice(db, deviceId);
    const revoked = await put(hash, 'image/png', png);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json()).toMatchObject({ error: 'unknown-token' });
    expect(await storedCount()).toBe(0);
  });

  it('tells a device on another protocol version to update (426)', async () => {
    const response = await put(sha256(png), 'image/png', png, {
      authorization: `Bearer ${token}`,
      [protocolHeader]: '0',
    });
    expect(response.statusCode).toBe(426);
    expect(response.json()).toMatchObject({ error: 'update-app' });
    expect(await storedCount()).toBe(0);
  });
});
