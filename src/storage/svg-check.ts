// The SVG check of domain/svg-safety.ts on this browser's own DOM (the server runs the same rule
// on jsdom), so the tablet refuses exactly the SVGs the sync server refuses.
import createDOMPurify from 'dompurify';
import { checkSvgWith, svgAttributeHook, svgPurifyConfig, type SvgTools, type SvgVerdict } from '../domain/svg-safety';

// Made on first use: DOMPurify binds to the window it is given, and holds no data between checks.
let tools: SvgTools | undefined;

function getTools(): SvgTools {
  if (tools) return tools;
  const purify = createDOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (_node, data) => svgAttributeHook(data));
  tools = {
    parse: (text) => new DOMParser().parseFromString(text, 'image/svg+xml'),
    sanitizeInPlace(root) {
      purify.sanitize(root as unknown as Node, svgPurifyConfig);
      return purify.removed[0] as never;
    },
  };
  return tools;
}

export function checkSvg(bytes: Uint8Array): SvgVerdict {
  return checkSvgWith(getTools(), bytes);
}
