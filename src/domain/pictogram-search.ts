/**
 * Symbol search for staff: Danish and English, case- and accent-insensitive (æ/ø/å also match
 * ae/oe/aa), prefix matching while typing, typo tolerant, Danish inflections ("kager" → cake) and
 * compounds ("kaffemaskine" → coffee), and the head of a Danish compound ("kande" → mælkekande,
 * tekande). Core pictograms come first when a match is equally good. In the user's language an
 * exact word always outranks everything else: "have" (garden) brings gardens before "hav" (sea)
 * by inflection, and a Danish keyword beats an English label.
 *
 * Pure code: no DOM, no fetch. Build once with createPictogramIndex(entries) — typically the
 * entries of loadCatalogue(fetch) — then call search() on every keystroke (well under 5 ms).
 */
import { boundedEditDistance, foldText, stemDanish, stemEnglish, tokenize } from './danish-stemming';

export { loadCatalogue } from './catalogue-schema';

export type SearchLanguage = 'da' | 'en';

/** What the search needs of an entry (CatalogueEntry has it). */
export interface SearchableEntry {
  id: string;
  source: string;
  labels: { da: string; en: string };
  tags: { da: readonly string[]; en: readonly string[] };
  category?: string;
}

export interface SearchOptions {
  /** The user's language: its labels weigh a little more. Default 'da'. */
  lang?: SearchLanguage;
  /** Maximum number of results. Default 60. */
  limit?: number;
}

export type MatchKind = 'exact' | 'stem' | 'head' | 'prefix' | 'compound' | 'fuzzy';

export interface SearchHit<T extends SearchableEntry> {
  entry: T;
  score: number;
  /** How many of the query's words this entry matched (all of them for an AND match). */
  matchedWords: number;
  /** The query's word count (after removing duplicates). */
  queryWords: number;
}

export interface PictogramIndex<T extends SearchableEntry> {
  readonly size: number;
  /** Ranked entries for a query; [] for an empty query. */
  search(query: string, options?: SearchOptions): T[];
  /** Like search, with scores: for tests and tuning. */
  searchHits(query: string, options?: SearchOptions): SearchHit<T>[];
  get(id: string): T | undefined;
  /** Entries of one category, core first, in catalogue order. */
  inCategory(category: string): T[];
}

// ---- Scoring -------------------------------------------------------------------------------
// Match tiers dominate (exact > inflection > compound head > prefix > compound part > typo);
// the field and the language decide within a tier; core entries win ties.
const tierScore: Record<MatchKind, number> = {
  exact: 1000,
  stem: 900,
  head: 650,
  prefix: 600,
  compound: 500,
  fuzzy: 400,
};
const fuzzyStep = 100; // each extra edit costs this much
const compoundBothParts = 15; // one entry matched by both parts of a compound
const compoundOnePart = 50; // less when only one part of the split is a known word
const prefixCoverage = 20; // + up to this for "how much of the word was typed"
// A word of the other language counts less: enough that an exact Danish keyword (1000 + 50)
// beats an exact English label (1000 + 90 - 60) in the Danish app, not so much that English
// typed in the Danish app stops working (it still beats any Danish prefix or typo).
const otherLanguage = -60;
const minimumHead = 4; // "kande" finds "mælkekande"; "te" or "bus" do not look inside words
const minimumHeadModifier = 2; // letters before the head: "te" + "kande"
const coreBonus = 3;
const phraseBonus = { label: 250, tag: 120 };
// Within a tier, a label that holds the word beats one that only has it as a keyword: "kande"
// brings "tekande" before "amfora" (tagged kande), "kaffe" brings "kaffekande" before "latte".
const labelHoldsWord = 10;

// Field codes in postings: 0 whole label, 1 word of a label, 2 whole tag, 3 word of a tag.
const fieldScore = [90, 70, 50, 40] as const;
const LANG_EN = 4; // bit in the posting code
const CODE_BITS = 3;
const CODE_MASK = 7;

interface TermInfo {
  postings: number[]; // entryIndex << CODE_BITS | code
}

const addPosting = (map: Map<string, TermInfo>, key: string, posting: number) => {
  let info = map.get(key);
  if (!info) {
    info = { postings: [] };
    map.set(key, info);
  }
  info.postings.push(posting);
};

export function createPictogramIndex<T extends SearchableEntry>(entries: readonly T[]): PictogramIndex<T> {
  const count = entries.length;
  const terms = new Map<string, TermInfo>(); // folded word → postings
  const stems = new Map<string, TermInfo>(); // stem (da or en) → postings
  const labelPhrases = new Map<string, number[]>(); // folded whole label → entry indexes
  const tagPhrases = new Map<string, number[]>();
  const byId = new Map<string, number>();
  const isCore = new Uint8Array(count);
  const labelLengthDa = new Uint16Array(count);
  const labelLengthEn = new Uint16Array(count);
  const foldedLabels = { da: new Array<string>(count), en: new Array<string>(count) };
  // Words repeat a lot across labels and tags: stem each one once.
  const stemCache = { da: new Map<string, string>(), en: new Map<string, string>() };

  entries.forEach((entry, index) => {
    byId.set(entry.id, index);
    if (entry.source === 'core') isCore[index] = 1;
    labelLengthDa[index] = entry.labels.da.length;
    labelLengthEn[index] = entry.labels.en.length;
    // Padded with spaces so a whole-word test is one includes(" te ").
    foldedLabels.da[index] = ` ${foldText(entry.labels.da)} `;
    foldedLabels.en[index] = ` ${foldText(entry.labels.en)} `;
    for (const lang of ['da', 'en'] as const) {
      const langBit = lang === 'en' ? LANG_EN : 0;
      const stemmer = lang === 'da' ? stemDanish : stemEnglish;
      const cache = stemCache[lang];
      const fields: Array<[string, 0 | 2]> = [
        [entry.labels[lang], 0],
        ...entry.tags[lang].map((tag): [string, 0 | 2] => [tag, 2]),
      ];
      for (const [text, kind] of fields) {
        const words = tokenize(text);
        if (words.length === 0) continue;
        const phrase = words.join(' ');
        const phrases = kind === 0 ? labelPhrases : tagPhrases;
        const list = phrases.get(phrase) ?? [];
        if (list[list.length - 1] !== index) list.push(index);
        phrases.set(phrase, list);
        const code = (words.length === 1 ? kind : kind + 1) | langBit;
        for (const word of words) {
          const posting = (index << CODE_BITS) | code;
          addPosting(terms, word, posting);
          let stemmed = cache.get(word);
          if (stemmed === undefined) {
            stemmed = stemmer(word);
            cache.set(word, stemmed);
          }
          addPosting(stems, stemmed, posting);
        }
      }
    }
  });

  // Sorted words for prefix ranges; reversed words for compound heads (a suffix is a prefix of
  // the reversed word); words grouped by length for typo search.
  const sortedTerms = [...terms.keys()].sort();
  const reverse = (word: string) => [...word].reverse().join('');
  const reversedTerms = sortedTerms.map(reverse).sort();
  const termsByLength: string[][] = [];
  for (const term of sortedTerms) (termsByLength[term.length] ??= []).push(term);

  // Scratch space reused by every query (search is synchronous).
  const tokenBest = new Float64Array(count);
  const tokenKinds = new Uint8Array(count); // bit per compound part matched
  const total = new Float64Array(count);
  const matched = new Uint8Array(count);
  let touchedToken: number[] = [];
  const touchedAll: number[] = [];

  function fieldBonus(code: number, lang: SearchLanguage): number {
    const field = code & 3;
    const entryLang: SearchLanguage = code & LANG_EN ? 'en' : 'da';
    return fieldScore[field as 0 | 1 | 2 | 3] + (entryLang === lang ? 0 : otherLanguage);
  }

  function offer(postings: readonly number[], base: number, lang: SearchLanguage, partBit = 0) {
    for (const posting of postings) {
      const index = posting >>> CODE_BITS;
      const score = base + fieldBonus(posting & CODE_MASK, lang) + (isCore[index] ? coreBonus : 0);
      if (tokenBest[index] === 0 && tokenKinds[index] === 0) touchedToken.push(index);
      if (partBit) tokenKinds[index]! |= partBit;
      if (score > tokenBest[index]!) tokenBest[index] = score;
    }
  }

  function lowerBound(prefix: string, list: readonly string[] = sortedTerms): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Known whole word or stem for a compound part. */
  function partPostings(part: string): number[][] {
    const found: number[][] = [];
    const exact = terms.get(part);
    if (exact) found.push(exact.postings);
    const stemDa = stemDanish(part);
    const byStem = stems.get(stemDa);
    if (byStem) found.push(byStem.postings);
    if (stemDa !== part) {
      const stemAsWord = terms.get(stemDa);
      if (stemAsWord) found.push(stemAsWord.postings);
    }
    return found;
  }

  function matchToken(token: string, lang: SearchLanguage) {
    // 1. Exact word.
    const exact = terms.get(token);
    if (exact) offer(exact.postings, tierScore.exact, lang);

    // 2. Inflections: the token's stem against stems (and against plain words: "budgettet" → "budget").
    const stemDa = stemDanish(token);
    const stemEn = stemEnglish(token);
    for (const stem of stemDa === stemEn ? [stemDa] : [stemDa, stemEn]) {
      const byStem = stems.get(stem);
      if (byStem) offer(byStem.postings, tierScore.stem, lang);
      if (stem !== token) {
        const asWord = terms.get(stem);
        if (asWord) offer(asWord.postings, tierScore.stem, lang);
      }
    }

    // 3. Prefix while typing: "kaf" → kaffe, kaffemaskine.
    for (let i = lowerBound(token); i < sortedTerms.length; i++) {
      const term = sortedTerms[i]!;
      if (!term.startsWith(token)) break;
      if (term === token) continue;
      const coverage = Math.round((prefixCoverage * token.length) / term.length);
      offer(terms.get(term)!.postings, tierScore.prefix + coverage, lang);
    }

    // 4. Compound heads: in Danish the last part names the thing, so "kande" finds
    //    "mælkekande" and "stempelkande", "stol" finds "kørestol" (a kind of chair).
    if (token.length >= minimumHead) {
      const reversed = reverse(token);
      for (let i = lowerBound(reversed, reversedTerms); i < reversedTerms.length; i++) {
        const candidate = reversedTerms[i]!;
        if (!candidate.startsWith(reversed)) break;
        if (candidate.length < token.length + minimumHeadModifier) continue;
        const term = reverse(candidate);
        const coverage = Math.round((prefixCoverage * token.length) / term.length);
        offer(terms.get(term)!.postings, tierScore.head + coverage, lang);
      }
    }

    // 5. Compounds: "kaffemaskine" = kaffe + maskine, "julefrokost" = jul(e) + frokost. A split
    //    where both parts are known words counts fully; otherwise only a known part of 4+ letters
    //    counts (so short chance words inside a long word, like "ing", add nothing).
    if (token.length >= 6) {
      for (let cut = 3; cut <= token.length - 3; cut++) {
        const leftPart = token.slice(0, cut);
        const rightPart = token.slice(cut);
        const left = partPostings(leftPart);
        const right = partPostings(rightPart);
        const both = left.length > 0 && right.length > 0;
        const base = both ? tierScore.compound : tierScore.compound - compoundOnePart;
        if (both || leftPart.length >= 4) for (const postings of left) offer(postings, base, lang, 1);
        if (both || rightPart.length >= 4) for (const postings of right) offer(postings, base, lang, 2);
      }
    }

    // 6. Typos: Damerau–Levenshtein ≤ 1 for words of 4+ letters, ≤ 2 for 8+.
    if (token.length >= 4) {
      const max = token.length >= 8 ? 2 : 1;
      for (let length = token.length - max; length <= token.length + max; length++) {
        for (const term of termsByLength[length] ?? []) {
          if (term === token) continue;
          const distance = boundedEditDistance(token, term, max);
          if (distance <= max) {
            offer(terms.get(term)!.postings, tierScore.fuzzy - fuzzyStep * (distance - 1), lang);
          }
        }
      }
    }
  }

  function searchHits(query: string, options: SearchOptions = {}): SearchHit<T>[] {
    const lang = options.lang ?? 'da';
    const limit = options.limit ?? 60;
    const words = [...new Set(tokenize(query))];
    if (words.length === 0 || limit <= 0) return [];

    for (const word of words) {
      touchedToken = [];
      matchToken(word, lang);
      for (const index of touchedToken) {
        let score = tokenBest[index]!;
        if (tokenKinds[index] === 3) score += compoundBothParts;
        if (score > 0) {
          if (matched[index] === 0) touchedAll.push(index);
          matched[index]! += 1;
          total[index]! += score;
        }
        tokenBest[index] = 0;
        tokenKinds[index] = 0;
      }
    }

    // Short words count only as whole words of the label ("te" is not in "bubble tea").
    const labels = foldedLabels[lang];
    const inLabel = words.map((word) => (word.length >= minimumHead ? word : ` ${word} `));
    for (const index of touchedAll) {
      const label = labels[index]!;
      for (const needle of inLabel) if (label.includes(needle)) total[index]! += labelHoldsWord;
    }

    // The whole query equal to a whole label or tag ("ved ikke", "sky med regn").
    const phrase = words.join(' ');
    if (words.length > 1) {
      for (const index of labelPhrases.get(phrase) ?? []) {
        if (matched[index]) total[index]! += phraseBonus.label;
      }
      for (const index of tagPhrases.get(phrase) ?? []) {
        if (matched[index]) total[index]! += phraseBonus.tag;
      }
    }

    // AND before OR: entries matching every word first, then by score, core, shorter label,
    // catalogue order. Sorts plain indexes; objects are made only for the results returned.
    const labelLength = lang === 'da' ? labelLengthDa : labelLengthEn;
    touchedAll.sort(
      (a, b) =>
        matched[b]! - matched[a]! ||
        total[b]! - total[a]! ||
        isCore[b]! - isCore[a]! ||
        labelLength[a]! - labelLength[b]! ||
        a - b,
    );
    const hits: SearchHit<T>[] = [];
    for (let i = 0; i < touchedAll.length && i < limit; i++) {
      const index = touchedAll[i]!;
      hits.push({
        entry: entries[index]!,
        score: total[index]!,
        matchedWords: matched[index]!,
        queryWords: words.length,
      });
    }
    for (const index of touchedAll) {
      total[index] = 0;
      matched[index] = 0;
    }
    touchedAll.length = 0;
    return hits;
  }

  const categoryCache = new Map<string, T[]>();

  return {
    size: count,
    searchHits,
    search: (query, options) => searchHits(query, options).map((hit) => hit.entry),
    get: (id) => {
      const index = byId.get(id);
      return index === undefined ? undefined : entries[index];
    },
    inCategory: (category) => {
      let list = categoryCache.get(category);
      if (!list) {
        list = entries
          .filter((entry) => entry.category === category)
          .sort((a, b) => (a.source === 'core' ? 0 : 1) - (b.source === 'core' ? 0 : 1));
        categoryCache.set(category, list);
      }
      return list;
    },
  };
}
