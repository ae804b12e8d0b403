// Drawn portraits for the example members, so residents trying the app meet faces instead of
// initials. They are the project's own drawings (CC BY-SA 4.0, like our pictograms), in the
// pictogram style: a 72×72 view, a dark 2-unit outline with round joins and flat fills from
// OpenMoji's palette. Each is a plain SVG string, stored with the data like any photo, so the
// example works offline without anything extra in the service worker's precache.

export type HairStyle = 'short' | 'long' | 'bun' | 'curly' | 'bald' | 'ponytail' | 'bob' | 'spiky';

export interface PortraitSpec {
  skin: string;
  hair: string;
  hairStyle: HairStyle;
  shirt: string;
  background: string;
  glasses?: boolean;
  beard?: boolean;
  /** A small badge on the shirt: how residents tell staff apart on the example. */
  badge?: boolean;
}

// OpenMoji's skin tones and colours (openmoji/data/color-palette.json).
const skin = {
  light: '#fadcbc',
  mediumLight: '#debb90',
  medium: '#c19a65',
  mediumDark: '#a57939',
  dark: '#6a462f',
} as const;
const hair = {
  black: '#3f3f3f',
  brown: '#6a462f',
  blond: '#f1b31c',
  red: '#d22f27',
  grey: '#9b9b9a',
  auburn: '#a57939',
} as const;

const outline = (width = 2) => `stroke="#000" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"`;
const line = outline();

/** Hair drawn behind the head (long hair, buns, curls, tails). */
function backHair(style: HairStyle, colour: string): string {
  const fill = `fill="${colour}" ${line}`;
  switch (style) {
    case 'long':
      return `<path ${fill} d="M21 31C19 18 27 12 36 12S53 18 51 31L53 54C46 57 26 57 19 54Z"/>`;
    case 'bob':
      return `<path ${fill} d="M21 31C20 18 27 12 36 12S52 18 51 31L52 45C46 48 26 48 20 45Z"/>`;
    case 'bun':
      return `<circle ${fill} cx="36" cy="10" r="6.5"/>`;
    case 'curly':
      return `<path ${fill} d="M18 30C13 26 15 17 21 16C22 9 31 7 36 10C41 7 50 9 51 16C57 17 59 26 54 30C57 36 52 42 49 40L23 40C20 42 15 36 18 30Z"/>`;
    case 'ponytail':
      return `<path ${fill} d="M48 20C57 20 59 32 55 42C54 36 51 31 48 29Z"/>`;
    default:
      return '';
  }
}

/** Hair drawn over the top of the head. */
function frontHair(style: HairStyle, colour: string): string {
  const fill = `fill="${colour}" ${line}`;
  switch (style) {
    case 'short':
    case 'bun':
    case 'ponytail':
      return `<path ${fill} d="M23 29C21 19 28 14 36 14S51 19 49 29C46 23 41 21 36 21C30 21 26 23 23 29Z"/>`;
    case 'long':
    case 'bob':
      return `<path ${fill} d="M23 30C22 19 28 14 36 14S50 19 49 30C45 24 40 21 33 22C29 23 25 26 23 30Z"/>`;
    case 'curly':
      return `<path ${fill} d="M23 27C23 21 27 18 30 19C31 16 35 15 37 17C40 15 44 17 44 20C48 20 50 24 49 27C45 23 28 23 23 27Z"/>`;
    case 'spiky':
      return `<path ${fill} d="M23 29C22 23 23 19 26 17L27 13L31 16L34 11L37 15L41 11L43 16L47 14L47 19C50 22 50 26 49 29C45 23 28 23 23 29Z"/>`;
    case 'bald':
      return `<path ${fill} d="M22.5 34C21 29 22 25 24 23C25 27 25 30 25.5 34Z"/><path ${fill} d="M49.5 34C51 29 50 25 48 23C47 27 47 30 46.5 34Z"/>`;
  }
}

/** One friendly face, head and shoulders, as an SVG document. */
export function portraitSvg(spec: PortraitSpec): string {
  const parts = [
    `<rect width="72" height="72" fill="${spec.background}"/>`,
    // Shoulders and shirt, then the neck.
    `<path fill="${spec.shirt}" ${line} d="M9 73C9 58 20 51 36 51S63 58 63 73Z"/>`,
    `<path fill="${spec.skin}" ${line} d="M31 43V52C33 55 39 55 41 52V43Z"/>`,
    spec.badge ? `<rect fill="#fff" ${line} x="44" y="58" width="9" height="6" rx="1"/>` : '',
    backHair(spec.hairStyle, spec.hair),
    // Ears, then the head over them.
    `<circle fill="${spec.skin}" ${line} cx="23" cy="33" r="3.5"/>`,
    `<circle fill="${spec.skin}" ${line} cx="49" cy="33" r="3.5"/>`,
    `<ellipse fill="${spec.skin}" ${line} cx="36" cy="31" rx="13" ry="15"/>`,
    spec.beard
      ? `<path fill="${spec.hair}" ${line} d="M23.5 33C24 43 29 47.5 36 47.5S48 43 48.5 33C46 38 43 40.5 36 40.5S26 38 23.5 33Z"/>`
      : '',
    frontHair(spec.hairStyle, spec.hair),
    // Eyebrows, rosy cheeks, eyes and a smile.
    `<path fill="none" ${outline(1.6)} d="M28.5 26.5Q31 25 33.5 26.5M38.5 26.5Q41 25 43.5 26.5"/>`,
    // Eyes with whites and an open smile with teeth: they read on every skin tone, dark too.
    `<g fill="#fff" ${outline(1.2)}><ellipse cx="31" cy="30.5" rx="2.4" ry="2.6"/><ellipse cx="41" cy="30.5" rx="2.4" ry="2.6"/></g>`,
    `<circle cx="31.2" cy="30.9" r="1.5"/><circle cx="41.2" cy="30.9" r="1.5"/>`,
    `<circle fill="#e27022" fill-opacity="0.25" cx="27.5" cy="36" r="2.5"/><circle fill="#e27022" fill-opacity="0.25" cx="44.5" cy="36" r="2.5"/>`,
    `<path fill="#fff" ${line} d="M30 36.5Q36 38 42 36.5Q40.5 42.5 36 42.5T30 36.5Z"/>`,
    spec.glasses
      ? `<g fill="none" ${outline(1.8)}><circle cx="31" cy="30.5" r="4.6"/><circle cx="41" cy="30.5" r="4.6"/><path d="M35.6 30.5H36.4M26.4 30L23.5 29M45.6 30L48.5 29"/></g>`
      : '',
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72">${parts.join('')}</svg>`;
}

/** The example people, varied in hair, skin, glasses and age, by their key in the example. */
export const examplePortraits: Record<string, PortraitSpec> = {
  anna: { skin: skin.light, hair: hair.brown, hairStyle: 'long', shirt: '#d22f27', background: '#ffe0e0' },
  bo: {
    skin: skin.medium,
    hair: hair.black,
    hairStyle: 'short',
    shirt: '#1e50a0',
    background: '#d6ecfb',
    glasses: true,
  },
  camilla: { skin: skin.dark, hair: hair.black, hairStyle: 'curly', shirt: '#f1b31c', background: '#fff3c4' },
  dennis: {
    skin: skin.light,
    hair: hair.grey,
    hairStyle: 'bald',
    shirt: '#5c9e31',
    background: '#e3f1d6',
    beard: true,
    glasses: true,
  },
  emma: { skin: skin.mediumLight, hair: hair.blond, hairStyle: 'ponytail', shirt: '#b399c8', background: '#efe6f7' },
  frederik: { skin: skin.light, hair: hair.red, hairStyle: 'spiky', shirt: '#92d3f5', background: '#ffe9cc' },
  gitte: {
    skin: skin.light,
    hair: hair.grey,
    hairStyle: 'bob',
    shirt: '#b1cc33',
    background: '#e9f3cf',
    glasses: true,
  },
  mette: {
    skin: skin.mediumDark,
    hair: hair.brown,
    hairStyle: 'bun',
    shirt: '#00807a',
    background: '#d3efec',
    badge: true,
  },
  jonas: {
    skin: skin.dark,
    hair: hair.black,
    hairStyle: 'short',
    shirt: '#f4aa41',
    background: '#fde9cf',
    beard: true,
    badge: true,
  },
};
