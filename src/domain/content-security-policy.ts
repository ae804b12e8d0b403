// The app's Content-Security-Policy, one text for every way the built app is served: a <meta> in
// the built index.html (vite/content-security-plugin.ts: `vite preview`, any static host) and a
// response header from the sync server (server/src/serve-app.ts), which alone can say
// `frame-ancestors`. Not in the dev server: Vite's dev page runs inline scripts (React refresh).
//
// No inline script anywhere ('self' only, so a script a hostile file smuggles into the page or a
// blob: document never runs), no plugins, no <base> elsewhere. Pictures come from the app, from
// blob: URLs of stored media and data: (OpenMoji and canvas previews); recordings play from blob:.
// The sync server is the app's own origin. style-src keeps 'unsafe-inline': React sets `style={}`
// through the CSSOM (never blocked), but the <noscript> notice in index.html carries a style
// attribute and CSS cannot run script, so refusing inline styles would buy nothing.
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** For the <meta> element, where `frame-ancestors` is ignored. */
export const contentSecurityPolicy = directives.join('; ');

/** For the HTTP header: the page may not be framed by another site (clickjacking). */
export const contentSecurityPolicyHeader = [...directives, "frame-ancestors 'none'"].join('; ');
