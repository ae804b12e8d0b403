// Which OpenMoji symbols Rådet leaves out of its picker, and why. Pure data and one pure
// function, so the rules can be read in one place and tested without a build.
//
// The picker is used by staff to choose the picture residents see for an agenda item, a vote
// option or a decision. A symbol is left out when it
//   brand           is a company's or a product's logo (OpenMoji's "brand" extras, and a few
//                   logos and film props filed elsewhere): Rådet does not advertise;
//   regional-flag   is the flag of a region, state or territory (Unicode's subdivision flags,
//                   OpenMoji's extra ones, and the country-code flags of territories that are
//                   not countries). Country flags stay: councils use them for holidays, theme
//                   days, football and residents' home countries. The Faroe Islands, Greenland
//                   and Åland stay as part of the Nordic countries, and so do the EU and the UN;
//   niche-flag      is one of OpenMoji's own flags (colour swatches, film and fan flags, and the
//                   22 identity flags told apart only by their stripes; one of them is sexual).
//                   Unicode's rainbow flag and transgender flag stay;
//   weapon          shows a weapon meant to hurt (pistol, bomb, dagger, swords, atom bomb,
//                   army helmet). Kept on purpose: kitchen knife (cooking), axe (firewood),
//                   bow and arrow (archery), fencing, shield and boomerang (sport and toys);
//   named-person    shows a real, named person (politicians, activists, Guy Fawkes' mask);
//   offensive       could offend or embarrass in a council's minutes (a rude gesture, a drunk
//                   person, a pile of poo, a love hotel);
//   foreign-writing is a button of Japanese or Chinese writing a resident cannot read;
//   english-text    has English words drawn into it ("FREE", "SOON", "NO"), which would
//                   contradict the Danish label under it;
//   technical-glyph is one of Unicode's extra geometric shapes, typographic or licence marks
//                   (OpenMoji's "symbol-other" extras), apart from a few that mean something to
//                   a resident (chess pieces, a star, stick figures, the on/off sign);
//   local           is specific to OpenMoji's home town in Germany (Schwäbisch Gmünd and
//                   Stuttgart buildings, Swabian dishes and customs);
//   colour-variant  is a colour variant without a meaning of its own (jars of blue, green,
//                   purple or brown content).
// Symbols that have no Danish name are not in this list: the build leaves them out as
// 'no-danish-label', and a unit test fails if any are left out that way, so new OpenMoji
// symbols get a Danish name before they can be shown.

export const exclusionReasons = [
  'brand',
  'regional-flag',
  'niche-flag',
  'weapon',
  'named-person',
  'offensive',
  'foreign-writing',
  'english-text',
  'technical-glyph',
  'local',
  'colour-variant',
] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

/** What the rules need of an OpenMoji record. */
export interface OpenMojiGrouping {
  hexcode: string;
  group: string;
  subgroups: string;
}

/** Hexcodes left out one by one, with the rule they fall under. */
export const excludedSymbols: Readonly<Record<string, ExclusionReason>> = {
  // Logos and film props outside OpenMoji's "brand" group.
  E149: 'brand', // TARDIS (Doctor Who)
  E1C9: 'brand', // Raspberry Pi
  E1D3: 'brand', // Arduino
  E1D0: 'brand', // iBeacon
  E381: 'brand', // RSS logo
  '25C9-FE0F-200D-1F534': 'brand', // HAL 9000's eye
  '25C9-FE0F-200D-1F534-200D-25AE-FE0F': 'brand', // HAL 9000
  // Weapons.
  '1F52B': 'weapon', // pistol
  '1F4A3': 'weapon', // bomb
  '1F5E1': 'weapon', // dagger
  '2694': 'weapon', // crossed swords
  '1FA96': 'weapon', // military helmet
  E2DA: 'weapon', // atom bomb
  // Real, named people.
  E183: 'named-person', // Donald Trump
  E188: 'named-person', // Greta Thunberg
  E145: 'named-person', // Guy Fawkes mask
  // Could offend.
  '1F595': 'offensive', // middle finger
  E181: 'offensive', // drunk person
  '1F4A9': 'offensive', // pile of poo
  '1F3E9': 'offensive', // love hotel
  // English words in the drawing.
  '1F191': 'english-text', // CL
  '1F192': 'english-text', // COOL
  '1F193': 'english-text', // FREE
  '1F195': 'english-text', // NEW
  '1F196': 'english-text', // NG
  '1F199': 'english-text', // UP!
  '1F519': 'english-text', // BACK
  '1F51A': 'english-text', // END
  '1F51B': 'english-text', // ON!
  '1F51C': 'english-text', // SOON
  '1F51D': 'english-text', // TOP
  E0A4: 'english-text', // NO stencil
  // Japanese writing.
  '1F201': 'foreign-writing',
  '1F202': 'foreign-writing',
  '1F21A': 'foreign-writing',
  '1F22F': 'foreign-writing',
  '1F232': 'foreign-writing',
  '1F233': 'foreign-writing',
  '1F234': 'foreign-writing',
  '1F235': 'foreign-writing',
  '1F236': 'foreign-writing',
  '1F237': 'foreign-writing',
  '1F238': 'foreign-writing',
  '1F239': 'foreign-writing',
  '1F23A': 'foreign-writing',
  '1F250': 'foreign-writing',
  '1F251': 'foreign-writing',
  '3297': 'foreign-writing',
  '3299': 'foreign-writing',
  '303D': 'foreign-writing',
  // OpenMoji's home town.
  E0C1: 'local', // Maultasche
  E0C2: 'local', // Linsen mit Spätzle
  E146: 'local', // Spätzlepresse
  E148: 'local', // Kehrwoche
  E207: 'local', // Schwäbisch Gmünd, Forum Gold und Silber
  E208: 'local', // Schwäbisch Gmünd, Fünfknopfturm
  E209: 'local', // Schwäbisch Gmünd, Rathaus
  E20A: 'local', // Stuttgart, Fernsehturm
  // Colour variants.
  '1FAD9-200D-1F7E6': 'colour-variant',
  '1FAD9-200D-1F7E9': 'colour-variant',
  '1FAD9-200D-1F7EA': 'colour-variant',
  '1FAD9-200D-1F7EB': 'colour-variant',
};

/** OpenMoji's "symbol-other" extras that do mean something to a resident, so they stay. */
export const keptTechnicalGlyphs: ReadonlySet<string> = new Set([
  '2605', // star
  '23FB', // on/off
  '1FBC5', // stick figure
  '1FBC6', // stick figure with arms raised
  ...['2654', '2655', '2656', '2657', '2658', '2659', '265A', '265B', '265C', '265D', '265E'], // chess
]);

/**
 * Country-code flags of territories that are not countries (ISO 3166-1 codes). The Faroe
 * Islands (FO), Greenland (GL) and Åland (AX) are kept, as are the EU and the UN.
 */
export const territoryFlagCodes: ReadonlySet<string> = new Set(
  (
    'AC AI AQ AS AW BL BM BQ BV CC CK CP CQ CW CX DG EA EH FK GF GG GI GP GS GU HK HM IC IM IO ' +
    'JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TA TC TF TK UM VG VI WF YT'
  ).split(' '),
);

/** "1F1E9-1F1F0" → "DK"; undefined for anything that is not a two-letter country-code flag. */
export function countryCodeOf(hexcode: string): string | undefined {
  const parts = hexcode.split('-').map((part) => Number.parseInt(part, 16));
  if (parts.length !== 2) return undefined;
  const letters = parts.map((code) => code - 0x1f1e6);
  if (letters.some((n) => Number.isNaN(n) || n < 0 || n > 25)) return undefined;
  return String.fromCharCode(...letters.map((n) => 65 + n));
}

/** Why a symbol is left out, or undefined when it may be shown. */
export function exclusionReason(record: OpenMojiGrouping): ExclusionReason | undefined {
  const listed = excludedSymbols[record.hexcode];
  if (listed) return listed;
  const extras = record.group.startsWith('extras-');
  if (extras && record.subgroups === 'brand') return 'brand';
  if (record.subgroups === 'subdivision-flag') return 'regional-flag';
  if (record.subgroups === 'country-flag') {
    const code = countryCodeOf(record.hexcode);
    if (code && territoryFlagCodes.has(code)) return 'regional-flag';
  }
  if (extras && (record.subgroups === 'flags' || record.subgroups === 'queer-symbols')) return 'niche-flag';
  if (extras && record.subgroups === 'symbol-other' && !keptTechnicalGlyphs.has(record.hexcode)) {
    return 'technical-glyph';
  }
  return undefined;
}
