// The SVG check of src/domain/svg-safety.ts on a jsdom window: the server has no browser DOM.
import createDOMPurify from 'dompurify';
import { JSDOM, type DOMWindow } from 'jsdom';
import {
  checkSvgWith,
  svgAttributeHook,
  svgPurifyConfig,
  type SvgTools,
  type SvgVerdict,
} from '../../../src/domain/svg-safety';

// One jsdom window per process, made on first use: it holds no data between checks.
let tools: SvgTools | undefined;

function getTools(): SvgTools {
  if (tools) return tools;
  const window: DOMWindow = new JSDOM('').window;
  const purify = createDOMPurify(window as never);
  purify.addHook('uponSanitizeAttribute', (_node, data) => svgAttributeHook(data));
  tools = {
    parse: (text) => new window.DOMParser().parseFromString(text, 'image/svg+xml'),
    sanitizeInPlace(root) {
      purify.sanitize(root as never, svgPurifyConfig);
      return purify.removed[0] as never;
    },
  };
  return tools;
}

export function checkSvg(bytes: Uint8Array): SvgVerdict {
  return checkSvgWith(getTools(), bytes);
}
