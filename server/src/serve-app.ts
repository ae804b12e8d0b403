// Serves the built PWA next to the API, from one port. Hashed assets are cached for good;
// index.html, the service worker and the manifest are always revalidated, so an update reaches
// tablets at their next start. Any other path that is not the API gets index.html (the app's
// router decides what it shows).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { contentSecurityPolicyHeader } from '../../src/domain/content-security-policy';

const alwaysRevalidate = /(^|\/)(index\.html|sw\.js|registerSW\.js|manifest\.webmanifest)$/;

export async function serveApp(app: FastifyInstance, distDir: string): Promise<void> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built app in ${distDir}: run \`npm run build\` first (npm start does).`);
  }
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    cacheControl: false,
    setHeaders(reply, path) {
      // Every file of the app, not only index.html: an SVG or a page opened on its own is a document too.
      reply.header('content-security-policy', contentSecurityPolicyHeader);
      reply.header(
        'cache-control',
        alwaysRevalidate.test(path)
          ? 'no-cache'
          : path.includes('/assets/')
            ? 'public, max-age=31536000, immutable'
            : 'public, max-age=3600',
      );
    },
  });
  app.setNotFoundHandler((request, reply) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.url.startsWith('/api/')) {
      return reply
        .status(404)
        .send({ error: 'not-found', message: `No route ${request.method} ${request.url.split('?')[0]}` });
    }
    return reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', contentSecurityPolicyHeader)
      .sendFile('index.html');
  });
}
