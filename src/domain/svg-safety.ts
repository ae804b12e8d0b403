// Whether an SVG file is safe to keep and hand to other devices, decided on the very tree an XML
// parser builds from the bytes (no HTML re-parse, so no parser differential). One rule for the
// tablet (a real browser DOM, storage/svg-check.ts) and the sync server (jsdom,
// server/src/media/svg-safety.ts): each side passes its own parser and DOMPurify, so this file
// stays plain TypeScript.
//
// An SVG opened on its own is a document that can run scripts and fetch things in the app's
// origin, so the bytes must be inert: no scripts, no event handlers, no foreignObject (HTML
// inside), no external references. DOMPurify's SVG profile removes what it finds unsafe; any
// removal refuses the file instead of storing different bytes, because a media file's name is
// the hash of its bytes (content addressing) and both sides must agree on what is kept.
//
// References: `href`/`xlink:href` may only point at a `#fragment` in the same file. data: URIs
// are refused too: one can carry another SVG or HTML document that would need sanitising in
// turn, and nothing the app stores needs them (photos travel as their own media). The same holds
// for CSS: `url(...)` only to `#fragments`, no `@import`. A DOCTYPE (entities) and processing
// instructions (`<?xml-stylesheet?>` loads a style sheet) outside the root are refused as well.

export type SvgVerdict = { ok: true } | { ok: false; reason: 'not-svg' | 'unsafe-svg'; detail: string };

/** The little of an XML DOM the check reads (the server type-checks without the DOM library). */
interface SvgNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
}
interface SvgElement extends SvgNode {
  readonly namespaceURI: string | null;
  readonly localName: string;
  getElementsByTagName(name: string): ArrayLike<SvgNode>;
}
interface SvgDocument {
  readonly documentElement: SvgElement | null;
  readonly childNodes: ArrayLike<SvgNode>;
  getElementsByTagNameNS(namespace: string, name: string): ArrayLike<SvgNode>;
}

/** What DOMPurify reports in `removed`: an element, or an attribute taken from one. */
type PurifyRemoval = { element: unknown } | { attribute: { name: string } | null; from: unknown };

export interface SvgTools {
  /** Parses the text as XML (`image/svg+xml`), as a browser does for an SVG file. */
  parse(text: string): SvgDocument;
  /**
   * Runs DOMPurify on the root in place with `svgPurifyConfig` and `svgAttributeHook` on
   * `uponSanitizeAttribute`, and returns the first thing it removed (undefined: nothing).
   */
  sanitizeInPlace(root: SvgElement): PurifyRemoval | undefined;
}

export const svgPurifyConfig = { USE_PROFILES: { svg: true, svgFilters: true }, IN_PLACE: true } as const;

const svgNamespace = 'http://www.w3.org/2000/svg';
const commentNode = 8;
// Inkscape's bookkeeping (one OpenMoji flag carries it): attributes nothing renders or runs.
const editorAttribute = /^(?:xmlns:)?(?:sodipodi|inkscape)(?::|$)/;
const localReference = /^#[^\s]*$/;

/** DOMPurify's `uponSanitizeAttribute` hook: the references and CSS the profile alone lets through. */
export function svgAttributeHook(data: {
  attrName: string;
  attrValue: string;
  keepAttr: boolean;
  forceKeepAttr?: boolean | undefined;
}): void {
  if (editorAttribute.test(data.attrName)) data.forceKeepAttr = true;
  else if ((data.attrName === 'href' || data.attrName.endsWith(':href')) && !localReference.test(data.attrValue))
    data.keepAttr = false;
  else if (hasExternalCss(data.attrValue)) data.keepAttr = false;
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

export function checkSvgWith(tools: SvgTools, bytes: Uint8Array): SvgVerdict {
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

  const document = tools.parse(text);
  const root = document.documentElement;
  if (document.getElementsByTagNameNS('*', 'parsererror').length > 0 || !root)
    return refuse('not-svg', 'The file is not well-formed SVG.');
  if (root.namespaceURI !== svgNamespace || root.localName !== 'svg')
    return refuse('not-svg', 'The file is not an SVG drawing.');
  for (const node of Array.from(document.childNodes)) {
    if (node !== root && node.nodeType !== commentNode)
      return refuse('unsafe-svg', 'The SVG has a document type or processing instruction.');
  }

  let removed: PurifyRemoval | undefined;
  try {
    removed = tools.sanitizeInPlace(root);
  } catch {
    return refuse('unsafe-svg', 'The SVG could not be checked safely.');
  }
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
