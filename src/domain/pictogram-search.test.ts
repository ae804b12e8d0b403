// @vitest-environment node
/// <reference types="node" />
// Search quality over the REAL catalogue (core manifest + OpenMoji + Danish names), built from
// node_modules exactly as the Vite plugin builds /catalogue/index.json.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogueIndex } from '../../scripts/build-catalogue';
import {
  catalogueIndexSchema,
  catalogueSvgUrl,
  loadCatalogue,
  openMojiId,
  type CatalogueEntry,
  type CatalogueIndex,
} from './catalogue-schema';
import { createPictogramIndex, type PictogramIndex, type SearchLanguage } from './pictogram-search';

const root = fileURLToPath(new URL('../../', import.meta.url));
let catalogue: CatalogueIndex;
let index: PictogramIndex<CatalogueEntry>;

beforeAll(() => {
  catalogue = buildCatalogueIndex(root);
  index = createPictogramIndex(catalogue.entries);
});

const top5 = (query: string, lang: SearchLanguage = 'da') =>
  index.search(query, { lang, limit: 5 }).map((entry) => entry.id);

describe('the built catalogue', () => {
  it('holds the core set first and the OpenMoji set after it', () => {
    const core = catalogue.entries.filter((entry) => entry.source === 'core');
    const openmoji = catalogue.entries.filter((entry) => entry.source === 'openmoji');
    expect(core.length).toBeGreaterThanOrEqual(60);
    expect(openmoji.length).toBeGreaterThan(2000);
    expect(catalogue.entries[0]?.source).toBe('core');
  });

  it('validates against the schema and names OpenMoji and its licence', () => {
    expect(catalogueIndexSchema.safeParse(catalogue).success).toBe(true);
    expect(catalogue.attribution[0]).toMatchObject({ name: 'OpenMoji', license: 'CC BY-SA 4.0' });
  });

  it('gives OpenMoji symbols Danish names from emojibase and from our own list', () => {
    expect(index.get(openMojiId('1F382'))?.labels.da).toBe('fødselsdagskage');
    expect(index.get(openMojiId('E155'))?.labels).toEqual({ da: 'Kaffemaskine', en: 'drip coffee maker' });
  });

  it('leaves out skin-tone variants', () => {
    expect(index.get(openMojiId('1F44B'))).toBeDefined();
    expect(index.get(openMojiId('1F44B-1F3FB'))).toBeUndefined();
  });

  it('points core symbols to /pictograms and OpenMoji symbols to /catalogue/svg', () => {
    expect(catalogueSvgUrl('cake')).toBe('/pictograms/cake.svg');
    expect(catalogueSvgUrl('om-1f382')).toBe('/catalogue/svg/1f382.svg');
  });
});

describe('pictogram search quality', () => {
  it.each([
    // Danish: core meeting words
    ['ja', 'da', 'yes'],
    ['nej', 'da', 'no'],
    ['ved ikke', 'da', 'dont-know'],
    ['pause', 'da', 'break'],
    ['velkommen', 'da', 'welcome'],
    ['referat', 'da', 'minutes'],
    ['beslutning', 'da', 'decision'],
    ['stemme', 'da', 'vote'],
    ['afstemning', 'da', 'vote'],
    ['ønske', 'da', 'wish'],
    ['klage', 'da', 'complaint'],
    ['ros', 'da', 'praise'],
    ['møde', 'da', 'meeting'],
    // Danish: everyday topics
    ['kaffe', 'da', 'coffee'],
    ['kager', 'da', 'cake'],
    ['kagerne', 'da', 'cake'],
    ['jul', 'da', 'christmas'],
    ['julen', 'da', 'christmas'],
    ['fødselsdag', 'da', 'birthday'],
    ['have', 'da', 'garden'],
    ['vasketøj', 'da', 'laundry'],
    ['læge', 'da', 'doctor'],
    ['lægen', 'da', 'doctor'],
    ['brandøvelse', 'da', 'fire-drill'],
    ['penge', 'da', 'money'],
    ['indkøb', 'da', 'shopping'],
    ['handle', 'da', 'shopping'],
    ['tv', 'da', 'tv'],
    ['musik', 'da', 'music'],
    ['fjernsyn', 'da', 'tv'],
    ['hund', 'da', 'om-1f415'],
    ['hunden', 'da', 'om-1f415'],
    ['kat', 'da', 'om-1f408'],
    ['katten', 'da', 'om-1f408'],
    ['vejr', 'da', 'weather'],
    ['regn', 'da', 'rain'],
    ['sol', 'da', 'sun'],
    ['ferie', 'da', 'holiday'],
    ['bussen', 'da', 'om-1f68c'],
    ['kaffe og kage', 'da', 'cake'],
    // Danish compounds
    ['bustur', 'da', 'bus-trip'],
    ['bustur', 'da', 'om-1f68c'],
    ['kaffemaskine', 'da', 'coffee'],
    ['kaffemaskine', 'da', 'om-e155'],
    ['julefrokost', 'da', 'christmas'],
    ['tøjvask', 'da', 'laundry'],
    ['fødselsdagskage', 'da', 'om-1f382'],
    ['sommerferie', 'da', 'holiday'],
    ['regnvejr', 'da', 'rain'],
    ['husmøde', 'da', 'meeting'],
    // Typos and spellings without æ/ø/å
    ['kaffr', 'da', 'coffee'],
    ['vasketoej', 'da', 'laundry'],
    ['brandövelse', 'da', 'fire-drill'],
    ['brandovelse', 'da', 'fire-drill'],
    ['foedselsdag', 'da', 'birthday'],
    ['fødselsdga', 'da', 'birthday'],
    ['laege', 'da', 'doctor'],
    ['beslutnign', 'da', 'decision'],
    ['BESLUTNING', 'da', 'decision'],
    // Prefixes while typing
    ['kaf', 'da', 'coffee'],
    ['fødsels', 'da', 'birthday'],
    ['ved ik', 'da', 'dont-know'],
    ['afstem', 'da', 'vote'],
    // English
    ['cake', 'en', 'cake'],
    ['cakes', 'en', 'cake'],
    ['coffee', 'en', 'coffee'],
    ['bus', 'en', 'om-1f68c'],
    ['bus trip', 'en', 'bus-trip'],
    ['christmas', 'en', 'christmas'],
    ['doctor', 'en', 'doctor'],
    ['laundry', 'en', 'laundry'],
    ['vote', 'en', 'vote'],
    ['dog', 'en', 'om-1f415'],
    ['rain', 'en', 'rain'],
    ['minutes', 'en', 'minutes'],
    ['decision', 'en', 'decision'],
    ['fire drill', 'en', 'fire-drill'],
    ['house rules', 'en', 'house-rules'],
    ['agenda', 'en', 'agenda'],
    ['don’t know', 'en', 'dont-know'],
    ['welcome', 'en', 'welcome'],
    ['complaint', 'en', 'complaint'],
    ['praise', 'en', 'praise'],
    ['holiday', 'en', 'holiday'],
    ['garden', 'en', 'garden'],
    ['money', 'en', 'money'],
    ['birthday', 'en', 'birthday'],
    ['coffe', 'en', 'coffee'],
    // English words typed in the Danish app still work
    ['coffee', 'da', 'coffee'],
    ['doctor', 'da', 'doctor'],
  ] as const)('finds %s (%s) → %s among the first 5', (query, lang, id) => {
    expect(top5(query, lang)).toContain(id);
  });
});

describe('pictogram search ranking', () => {
  it('ranks an exact core label first', () => {
    expect(top5('kaffe')[0]).toBe('coffee');
    expect(top5('kage')[0]).toBe('cake');
    expect(top5('cake', 'en')[0]).toBe('cake');
  });

  it('ranks an exact label above a tag, a tag above a prefix and a prefix above a typo', () => {
    const [exact, tag, prefix, fuzzy] = ['sol', 'solskin', 'solsk', 'sool'].map(
      (query) => index.searchHits(query, { limit: 1 })[0]?.score ?? 0,
    );
    const label = index.searchHits('regn', { limit: 1 })[0]!;
    const byTag = index.searchHits('regn', { limit: 20 }).find((hit) => hit.entry.id === 'om-2602')!;
    expect(label.entry.id).toBe('rain');
    expect(label.score).toBeGreaterThan(byTag.score);
    expect(exact).toBeGreaterThan(prefix!);
    expect(prefix).toBeGreaterThan(fuzzy!);
    expect(tag).toBeGreaterThan(0);
  });

  it('puts the core symbol before an OpenMoji symbol of equal quality', () => {
    const hits = index.searchHits('musik', { limit: 5 });
    expect(hits[0]?.entry.source).toBe('core');
  });

  it('wants all words of a longer query, and falls back to any word', () => {
    const and = index.searchHits('sky med regn', { limit: 3 });
    expect(and[0]?.entry.id).toBe('om-1f327');
    expect(and[0]?.matchedWords).toBe(3);
    const or = index.searchHits('regn zzzqx', { limit: 3 });
    expect(or.length).toBe(3);
    expect(or[0]?.matchedWords).toBe(1);
    expect(or[0]?.queryWords).toBe(2);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('k', { limit: 7 })).toHaveLength(7);
  });

  it('lists a category with the core set first', () => {
    const meeting = index.inCategory('meeting');
    expect(meeting.length).toBeGreaterThan(10);
    expect(meeting.every((entry) => entry.source === 'core')).toBe(true);
    const activities = index.inCategory('activities');
    expect(activities[0]?.source).toBe('core');
    expect(activities.some((entry) => entry.source === 'openmoji')).toBe(true);
  });

  it('answers a query over the whole catalogue in a few milliseconds', () => {
    const queries = ['kager', 'bustur', 'kaffemaskine', 'fødselsdga', 'ved ikke', 'k', 'brandövelse'];
    for (const query of queries) index.search(query); // warm up
    const started = performance.now();
    for (let round = 0; round < 20; round++) for (const query of queries) index.search(query);
    const perQuery = (performance.now() - started) / (20 * queries.length);
    expect(perQuery).toBeLessThan(25); // generous: the bench holds the real target (p95 ≤ 5 ms)
  });
});

describe('Danish words first', () => {
  const first = (query: string) => index.search(query, { limit: 1 })[0]?.id;
  const rank = (query: string, id: string) => index.search(query, { limit: 60 }).findIndex((e) => e.id === id);

  it.each([
    ['have', 'garden'],
    ['te', openMojiId('1F375')], // "Te", a cup of tea
    ['kaffe', 'coffee'],
    ['kage', 'cake'],
    ['bus', openMojiId('1F68C')],
    ['stol', openMojiId('1FA91')],
  ])('"%s" shows %s first', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it.each([
    ['have', openMojiId('1F9AD')], // seal: "hav" (sea) is only an inflection of "have"
    ['have', openMojiId('1FABC')], // jellyfish
    ['kande', openMojiId('1F3FA')], // amphora: only tagged "kande"
  ])('"%s" brings every exact Danish match before %s', (query, later) => {
    const hits = index.searchHits(query, { limit: 60 });
    const laterAt = hits.findIndex((hit) => hit.entry.id === later);
    const exactDanish = hits.filter((hit) => {
      const words = [hit.entry.labels.da, ...hit.entry.tags.da].map((text) => text.toLocaleLowerCase('da'));
      return hit.entry.id !== later && words.includes(query);
    });
    expect(exactDanish.length).toBeGreaterThan(0);
    for (const hit of exactDanish) expect(rank(query, hit.entry.id)).toBeLessThan(laterAt === -1 ? 61 : laterAt);
  });

  it.each([
    ['kande', [openMojiId('1FAD6'), openMojiId('E154')]], // teapot, coffee pot
    ['kande', [openMojiId('E153'), openMojiId('E151'), openMojiId('E152')]], // milk jug, french press, moka pot
    ['te', [openMojiId('1FAD6'), openMojiId('1F375')]],
    ['have', ['garden', openMojiId('1F3E1'), openMojiId('E342')]], // house with garden, gardening gloves
    ['kørestol', [openMojiId('E327')]],
  ])('"%s" finds %j among the first 8', (query, ids) => {
    const top = index.search(query, { limit: 8 }).map((entry) => entry.id);
    for (const id of ids) expect(top).toContain(id);
  });

  it('finds the head of a Danish compound ("kande" → mælkekande, "stol" → kørestol)', () => {
    expect(index.searchHits('kande', { limit: 20 }).map((hit) => hit.entry.labels.da)).toEqual(
      expect.arrayContaining(['Mælkekande', 'Stempelkande', 'Mokkakande']),
    );
    expect(index.search('stol', { limit: 10 }).map((entry) => entry.labels.da)).toContain('Kørestol');
  });

  it('ranks an exact Danish keyword above an exact English label in the Danish app', () => {
    const small = createPictogramIndex([
      { id: 'swimming-pool', source: 'openmoji', labels: { da: 'Svømmebassin', en: 'pool' }, tags: { da: [], en: [] } },
      {
        id: 'billiards',
        source: 'openmoji',
        labels: { da: 'Billard', en: 'Billiards' },
        tags: { da: ['pool'], en: [] },
      },
    ]);
    expect(small.search('pool', { lang: 'da' }).map((entry) => entry.id)).toEqual(['billiards', 'swimming-pool']);
    expect(small.search('pool', { lang: 'en' }).map((entry) => entry.id)).toEqual(['swimming-pool', 'billiards']);
  });
});

describe('loadCatalogue', () => {
  const respond =
    (body: unknown, ok = true, status = 200) =>
    async () => ({
      ok,
      status,
      json: async () => body,
    });

  it('loads and validates the index', async () => {
    const loaded = await loadCatalogue(respond(JSON.parse(JSON.stringify(catalogue))));
    expect(loaded.entries).toHaveLength(catalogue.entries.length);
  });

  it('rejects a missing, broken or foreign index with a reason', async () => {
    await expect(loadCatalogue(respond(null, false, 404))).rejects.toMatchObject({ reason: 'http' });
    await expect(loadCatalogue(respond({ version: 1, entries: 'x' }))).rejects.toMatchObject({
      reason: 'invalid',
    });
    await expect(
      loadCatalogue(async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).rejects.toMatchObject({ reason: 'network' });
  });
});
