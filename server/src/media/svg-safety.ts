// Whether an uploaded SVG is safe to keep and hand to other devices, decided on the very tree a
// browser's XML parser builds from the bytes (no HTML re-parse, so no parser differential).
//
// An SVG opened on its own is a document that can run scripts and fetch things in the server's
// origin, so the bytes must be inert: no scripts, no event handlers, no foreignObject (HTML
// inside), no external references. DOMPurify's SVG profile on a jsdom window removes what it
// finds unsafe; any removal refuses the file instead of storing different bytes, because the
// hash in the URL must stay the hash of what is stored (content addressing).
//
// References: `href`/`xlink:href` may only point at a `#fragment` in the same file. data: URIs
// are refused too: one can carry another SVG or HTML document that would need sanitising in
// turn, and nothing the app stores needs them (photos travel as their own media). The same holds
// for CSS: `url(...)` only to `#fragments`, no `@import`. A DOCTYPE (entities) and processing
// instructions (`<?xml-stylesheet?>` loads a style sheet) outside the root are refused as well.
import createDOMPurify from 'dompurify';
import { JSDOM, type DOMWindow } from 'jsdom';

export type SvgVerdict = { ok: true } | { ok: false; reason: 'not-svg' | 'unsafe-svg'; detail: string };

const svgNamespace = 'http://www.w3.org/2000/svg';
const commentNode = 8;
// Inkscape's bookkeeping (one OpenMoji flag carries it): attributes nothing renders or runs.
const editorAttribute = /^(?:xmlns:)?(?:sodipodi|inkscape)(?::|$)/;
const localReference = /^#[^\s]*$/;

interface Purifier {
  window: DOMWindow;
  purify: ReturnType<typeof createDOMPurify>;
}

// One jsdom window per process, made on first use: it holds no data between checks.
let purifier: Purifier | undefined;

function getPurifier(): Purifier {
  if (purifier) return purifier;
  const { window } = new JSDOM('');
  const purify = createDOMPurify(window as never);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (editorAttribute.test(data.attrName)) data.forceKeepAttr = true;
    else if ((data.attrName === 'href' || data.attrName.endsWith(':href')) && !localReference.test(data.attrValue))
      data.keepAttr = false;
    else if (hasExternalCss(data.attrValue)) data.keepAttr = false;
  });
  purifier = { window, purify };
  return purifier;
}

/**
 * CSS (a style attribute, a <style> sheet, a fill="url(...)") that could load something: any
 * `url()` but a local one, `image-set()`, `@import`, or a CSS escape that could spell them.
 */
function hasExternalCss(css: string): boolean {
  const withoutLocal = css.replace(/url\(\s*(['"]?)#[^'"()\s\\]*\1\s*\)/gi, '');
  return /url\s*\(|image-set|@import|\\/i.test(withoutLocal);
}

const refuse = (reason: 'not-svg' | 'unsafe-svg', detail: string): SvgVerdict => ({ ok: false, reason, detail });

export function checkSvg(bytes: Uint8Array): SvgVerdict {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('not-svg', 'An SVG file must be UTF-8 text.');
  }
  // A browser decodes by the declared encoding: any other than UTF-8 could show it a different file.
  const declared = /^\uFEFF?<\?xml[^>]*\bencoding\s*=\s*["']([^"']*)["']/.exec(text)?.[1];
  if (declared !== undefined && declared.toLowerCase() !== 'utf-8')
    return refuse('not-svg', 'An SVG file must be UTF-8 text.');

  const { window, purify } = getPurifier();
  const document = new window.DOMParser().parseFromString(text, 'image/svg+xml');
  const root = document.documentElement;
  if (document.getElementsByTagNameNS('*', 'parsererror').length > 0 || !root)
    return refuse('not-svg', 'The file is not well-formed SVG.');
  if (root.namespaceURI !== svgNamespace || root.localName !== 'svg')
    return refuse('not-svg', 'The file is not an SVG drawing.');
  for (const node of Array.from(document.childNodes)) {
    if (node !== root && node.nodeType !== commentNode)
      return refuse('unsafe-svg', 'The SVG has a document type or processing instruction.');
  }

  try {
    purify.sanitize(root as never, { USE_PROFILES: { svg: true, svgFilters: true }, IN_PLACE: true });
  } catch {
    return refuse('unsafe-svg', 'The SVG could not be checked safely.');
  }
  const removed = purify.removed[0];
  if (removed) {
    const what =
      'attribute' in removed ? `the attribute ${removed.attribute?.name ?? ''}` : `the element ${elementName(removed)}`;
    return refuse('unsafe-svg', `The SVG holds something unsafe (${what}).`);
  }
  for (const sheet of Array.from(root.getElementsByTagName('style'))) {
    if (hasExternalCss(sheet.textContent ?? '')) return refuse('unsafe-svg', 'The SVG style sheet loads something.');
  }
  return { ok: true };
}

function elementName(removed: { element: unknown }): string {
  return (removed.element as { nodeName?: string } | null)?.nodeName ?? '';
}
