// @vitest-environment node
// The SVG check on its own (no database): what the app really stores must pass, byte for byte,
// and what could run or load something must not. media-routes.test.ts covers it over HTTP.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSvg } from './svg-safety';

const root = join(import.meta.dirname, '../../..');
const corePictograms = readdirSync(join(root, 'pictograms')).filter((file) => file.endsWith('.svg'));
// OpenMoji drawings with the features a strict check could trip on: gradients and clip paths
// referenced by url(#…), and Inkscape's sodipodi attributes.
const openMoji = [
  '1F600',
  '1F3F4-E0063-E0061-E006F-E006E-E007F',
  '1F3F4-E0065-E0073-E0063-E006D-E007F',
  '1F3F4-E0063-E0061-E0071-E0063-E007F',
];

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('checkSvg', () => {
  it.each(corePictograms)('accepts our pictogram %s', (file) => {
    expect(checkSvg(readFileSync(join(root, 'pictograms', file)))).toEqual({ ok: true });
  });

  it.each(openMoji)('accepts the OpenMoji drawing %s', (code) => {
    expect(checkSvg(readFileSync(join(root, 'node_modules/openmoji/color/svg', `${code}.svg`)))).toEqual({ ok: true });
  });

  it('accepts local references, an XML declaration and comments outside the drawing', () => {
    const svg =
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"><defs><clipPath id="c"><rect width="9" height="9"/></clipPath></defs><style>rect{fill:url(#c)}</style><a href="#c"><rect clip-path="url(\'#c\')" style="stroke:url(#c)"/></a></svg>';
    expect(checkSvg(bytesOf(svg))).toEqual({ ok: true });
  });

  it.each([
    [
      'Latin-1 bytes',
      Uint8Array.from([
        ...bytesOf('<svg xmlns="http://www.w3.org/2000/svg"><text>'),
        0xe6,
        ...bytesOf('</text></svg>'),
      ]),
    ],
    [
      'another declared encoding',
      bytesOf('<?xml version="1.0" encoding="UTF-7"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
    ],
    ['broken XML', bytesOf('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>')],
    ['HTML', bytesOf('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')],
    ['plain text', bytesOf('hello')],
  ])('does not take %s for an SVG', (_name, bytes) => {
    expect(checkSvg(bytes)).toMatchObject({ ok: false, reason: 'not-svg' });
  });

  it.each([
    ['an event handler', '<svg xmlns="http://www.w3.org/2000/svg"><rect onclick="alert(1)"/></svg>'],
    [
      'an animation that sets a handler',
      '<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="onload" to="alert(1)"/></svg>',
    ],
    [
      'a link with a space before javascript:',
      '<svg xmlns="http://www.w3.org/2000/svg"><a href=" javascript:alert(1)"><text>x</text></a></svg>',
    ],
    [
      'an escaped url() in a style sheet',
      '<svg xmlns="http://www.w3.org/2000/svg"><style>rect{fill:u\\72l(https://example.com/)}</style></svg>',
    ],
    [
      'an external style url',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://example.com/#g)"/></svg>',
    ],
    [
      'an image-set',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:image-set(\'https://example.com/a.png\' 1x)"/></svg>',
    ],
    [
      'an HTML iframe',
      '<svg xmlns="http://www.w3.org/2000/svg"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://example.com/"/></svg>',
    ],
  ])('refuses %s as unsafe', (_name, text) => {
    expect(checkSvg(bytesOf(text))).toMatchObject({ ok: false, reason: 'unsafe-svg' });
  });
});
