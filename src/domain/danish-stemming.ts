/**
 * Text folding, tokenising and light stemming for Danish and English search words.
 * Pure functions, no dependencies. Everything works on *folded* text (see foldText).
 */

const letterFolds: Record<string, string> = {
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  ä: 'ae', // Swedish/German spellings typed on other keyboards: "brandövelse" ≈ "brandøvelse"
  ö: 'oe',
  ß: 'ss',
};

/**
 * Lower-case, ASCII-only form used for matching: æ→ae, ø→oe, å→aa (so "vasketoej" and
 * "vasketøj", "paa" and "på" meet), ä→ae, ö→oe, other accents dropped (é→e), apostrophes removed
 * ("don’t" → "dont"), everything else that is not a letter or digit becomes a space.
 */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/[æøåäöß]/g, (ch) => letterFolds[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Folded words of a text, in order (duplicates kept). */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  return folded.length === 0 ? [] : folded.split(' ');
}

const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Drops one letter of a final double consonant: "kaff" → "kaf", "buss" → "bus". */
function undouble(stem: string): string {
  const last = stem.charAt(stem.length - 1);
  if (stem.length >= 4 && last === stem.charAt(stem.length - 2) && !vowels.has(last)) {
    return stem.slice(0, -1);
  }
  return stem;
}

// Longest first. Definite plural (-erne, -ene), definite singular (-en, -et), plural (-er, -e, -r
// after a vowel is covered by -er/-e), genitive (-s, also stacked: -ens, -ets, -ernes).
const danishSuffixes = ['ernes', 'erne', 'enes', 'ene', 'ens', 'ets', 'ers', 'en', 'et', 'er', 'e', 's'];
const minimumStem = 3;

/**
 * Light Danish stemmer for folded words: strips one inflection ending and undoubles a final
 * consonant, so "kage", "kager", "kagen", "kagerne", "kagens" all become "kag" and "bus",
 * "busser", "bussen" become "bus". Stems keep at least three letters. Words that end in a
 * double "s" ("stress") keep it. Deliberately light: it only has to make both sides of a
 * search meet, not produce dictionary forms.
 */
export function stemDanish(word: string): string {
  for (const suffix of danishSuffixes) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length < minimumStem) continue;
    if (suffix === 's' && (stem.endsWith('s') || word.length < 5)) continue;
    return undouble(stem);
  }
  return undouble(word);
}

/** Light English stemmer for folded words: plural endings only ("cakes" → "cake", "parties" → "party"). */
export function stemEnglish(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

// Three rows of scratch space, reused by every call (search is synchronous and hot).
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * Restricted Damerau–Levenshtein distance (insert, delete, substitute, swap neighbours) if it is
 * at most `max`, otherwise `max + 1`. Stops early once every path is over the limit.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb) <= max ? Math.max(la, lb) : max + 1;
  if (lb + 1 > rows[0].length) {
    const size = 2 * (lb + 1);
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let [previous2, previous, current] = rows;
  for (let j = 0; j <= lb; j++) previous[j] = j;
  for (let i = 1; i <= la; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    const caBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = previous[j - 1]! + (ca === cb ? 0 : 1);
      const deletion = previous[j]! + 1;
      if (deletion < value) value = deletion;
      const insertion = current[j - 1]! + 1;
      if (insertion < value) value = insertion;
      if (j > 1 && ca === b.charCodeAt(j - 2) && caBefore === cb) {
        const swap = previous2[j - 2]! + 1;
        if (swap < value) value = swap;
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = previous2;
    previous2 = previous;
    previous = current;
    current = spare;
  }
  const distance = previous[lb]!;
  return distance <= max ? distance : max + 1;
}
