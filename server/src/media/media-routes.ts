// Media by SHA-256 for a facility's devices: upload a file before the record that names it,
// download it to show it, and ask which of a list the server lacks. Authorised like records:
// a device sees only its own facility's media, and another facility's hash is simply not found.
import type { FastifyError, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mediaHashSchema } from '../../../src/domain/ids';
import { requireDevice } from '../auth/require-device';
import type { Database } from '../db/database';
import { SyncRefusal } from '../sync/sync-refusal';
import { checkUpload } from './check-upload';
import { findMedia, hasMedia, insertMedia, missingMedia } from './media-rows';
import { maxMediaBytes, mediaTypes } from '../../../src/domain/media-types';

interface MediaRouteOptions {
  db: Database;
}

const hashParams = z.object({ hash: mediaHashSchema });
const uploadResponse = z.object({ hash: z.string() });
/** How many hashes one "which are missing?" question may hold; ask again for more. */
const maxMissingQuestion = 1000;

// Content-addressed: the bytes behind a hash never change, so a device may keep them forever.
const cacheForever = 'private, max-age=31536000, immutable';
// An SVG opened on its own in a browser gets no scripts and loads nothing, whatever it holds.
const svgPolicy = "default-src 'none'; style-src 'unsafe-inline'";

export const mediaRoutes: FastifyPluginAsync<MediaRouteOptions> = async (plugin, { db }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  requireDevice(app, db);

  // Raw bytes, for the allowed types only: any other Content-Type is refused before it is read.
  app.addContentTypeParser(
    [...mediaTypes],
    { parseAs: 'buffer', bodyLimit: maxMediaBytes },
    (_request, body: Buffer, done) => done(null, body),
  );

  app.setErrorHandler((error: FastifyError) => {
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_TYPE')
      throw new SyncRefusal(415, 'unsupported-type', 'The server does not keep files of this type.');
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      throw new SyncRefusal(413, 'too-large', `A media file may be at most ${maxMediaBytes / 1024 / 1024} MB.`);
    // Everything else is answered the way every other route answers it.
    throw error;
  });

  app.put(
    '/:hash',
    {
      bodyLimit: maxMediaBytes,
      schema: { params: hashParams, response: { 200: uploadResponse, 201: uploadResponse } },
    },
    async (request, reply) => {
      const { hash } = request.params;
      const spaceId = request.device!.spaceId;
      // A JSON or empty body reached here through another parser: it is not a media file.
      if (!Buffer.isBuffer(request.body)) {
        throw new SyncRefusal(415, 'unsupported-type', 'Send the file itself, with its own Content-Type.');
      }
      const bytes = new Uint8Array(request.body.buffer, request.body.byteOffset, request.body.byteLength);
      const check = checkUpload(hash, request.headers['content-type'] ?? '', bytes);
      if (!check.ok) throw new SyncRefusal(check.status, check.code, check.message);
      // The same bytes again (a retried upload, a second tablet): nothing to write.
      if (await hasMedia(db, spaceId, hash)) return reply.status(200).send({ hash });
      const stored = await insertMedia(db, { spaceId, hash, mime: check.mime, bytes });
      return reply.status(stored ? 201 : 200).send({ hash });
    },
  );

  app.get('/:hash', { schema: { params: hashParams } }, async (request, reply) => {
    const { hash } = request.params;
    const media = await findMedia(db, request.device!.spaceId, hash);
    if (!media) throw new SyncRefusal(404, 'not-found', 'The server has no such media file.');
    const etag = `"${hash}"`;
    reply
      .header('cache-control', cacheForever)
      .header('etag', etag)
      .header('x-content-type-options', 'nosniff')
      .type(media.mime);
    if (media.mime === 'image/svg+xml') reply.header('content-security-policy', svgPolicy);
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.send(Buffer.from(media.bytes.buffer, media.bytes.byteOffset, media.bytes.byteLength));
  });

  app.post(
    '/missing',
    {
      schema: {
        body: z.object({ hashes: z.array(mediaHashSchema).max(maxMissingQuestion) }),
        response: { 200: z.object({ missing: z.array(z.string()) }) },
      },
    },
    async (request) => ({
      missing: await missingMedia(db, request.device!.spaceId, [...new Set(request.body.hashes)]),
    }),
  );
};
