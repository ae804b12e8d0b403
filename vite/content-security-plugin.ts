// Puts the app's Content-Security-Policy (src/domain/content-security-policy.ts) into the built
// index.html as a <meta>, first in <head> so it covers everything after it. Build only: the dev
// server's page needs inline scripts (React refresh) that the policy refuses.
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../src/domain/content-security-policy';

export function contentSecurityPlugin(): Plugin {
  return {
    name: 'raadet-content-security',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}
