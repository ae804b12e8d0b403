// The Danish name of an OpenMoji symbol, as pure functions (tested without a build).
// In order of preference:
//   1. Rådet's own name in scripts/catalogue/da-labels.json (written for symbols emojibase has
//      no Danish name for, and for names there that are broken or read poorly);
//   2. the Danish CLDR name from emojibase-data, tidied: CLDR writes "mand: rødt hår" and
//      "familie: mand, kvinde og dreng", and a picture's text should read as Danish
//      ("mand med rødt hår"); country flags become "Danmarks flag";
//   3. none: the build leaves the symbol out rather than show an English name in Danish.

export interface DanishName {
  label: string;
  tags: string[];
}

export interface EmojibaseName {
  label: string;
  tags?: string[];
}

export interface OwnDanishName {
  label?: string;
  tags?: string[];
}

/**
 * A usable name: not empty, no replacement character (U+FFFD, a broken encoding), no escape
 * left over from the data ("keycap: \x{23}") and no two names run together ("bookmark..water
 * pistol", which emojibase-data 17 has for keycap 10).
 */
export function isUsableLabel(label: string): boolean {
  const text = label.trim();
  return text.length > 0 && !text.includes('\uFFFD') && !text.includes('\\x{') && !text.includes('..');
}

// Countries whose flag reads better under a shorter name.
const shortCountryNames: Record<string, string> = {
  'Den Europæiske Union': 'EU',
  'De Forenede Nationer': 'FN',
  'Myanmar (Burma)': 'Myanmar',
  'De palæstinensiske områder': 'Palæstina',
};

/** Danish genitive of a name: "Danmarks", "Schweiz'", "Bahamas'", "USA's". */
export function danishGenitive(name: string): string {
  if (/^[A-ZÆØÅ]{2,}$/.test(name)) return `${name}'s`;
  if (/[sxz]$/i.test(name)) return `${name}'`;
  return `${name}s`;
}

/** "Danmark" → "Danmarks flag" (the country's name stays a search word). */
export function countryFlagLabel(countryName: string): string {
  const name = shortCountryNames[countryName] ?? countryName;
  return `${danishGenitive(name)} flag`;
}

/**
 * CLDR's "name: qualifier" labels as Danish phrases. Returns the label unchanged when no rule
 * applies (a test checks that no colon is left in any label the picker shows).
 */
export function tidyCldrLabel(label: string): string {
  const text = label.trim();
  let match: RegExpExecArray | null;
  if ((match = /^(.+): mod højre$/.exec(text))) return `${match[1]} mod højre`;
  if ((match = /^(mand|kvinde|voksen): skaldet$/.exec(text))) return `skaldet ${match[1]}`;
  if ((match = /^(mand|kvinde|voksen): (.+ hår)$/.exec(text))) return `${match[1]} med ${match[2]}`;
  if ((match = /^familie: (.+)$/.exec(text))) return `familie med ${match[1]}`;
  if ((match = /^kys: (.+)$/.exec(text))) return `kys mellem ${match[1]}`;
  if ((match = /^par med hjerte: (.+)$/.exec(text))) return `kærestepar, ${match[1]}`;
  // Unicode's regional indicators are letters to a reader.
  if ((match = /^regional indikator ([A-Z])$/.exec(text))) return `bogstavet ${match[1]}`;
  return text;
}

/** Case-insensitive de-duplication that keeps the first spelling and drops the label itself. */
export function uniqueTags(tags: readonly string[], label: string): string[] {
  const seen = new Set([label.toLocaleLowerCase('da')]);
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase('da');
    if (tag.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/**
 * The Danish name and search words of one symbol, or undefined when there is none worth
 * showing. `countryFlag` says the symbol is a country's flag (emojibase names those by the
 * country alone).
 */
export function danishNameFor(
  emojibase: EmojibaseName | undefined,
  own: OwnDanishName | undefined,
  countryFlag = false,
): DanishName | undefined {
  const ownLabel = own?.label?.trim();
  const cldr = emojibase && isUsableLabel(emojibase.label) ? emojibase.label.trim() : undefined;
  const cldrTags = (emojibase?.tags ?? []).filter(isUsableLabel);
  let label: string | undefined;
  const extraTags: string[] = [];
  if (ownLabel && isUsableLabel(ownLabel)) {
    label = ownLabel;
  } else if (cldr && countryFlag) {
    label = countryFlagLabel(cldr);
    extraTags.push(cldr, 'flag');
  } else if (cldr) {
    label = tidyCldrLabel(cldr);
    if (label !== cldr) extraTags.push(cldr);
  }
  if (!label) return undefined;
  return { label, tags: uniqueTags([...(own?.tags ?? []), ...extraTags, ...cldrTags], label) };
}
