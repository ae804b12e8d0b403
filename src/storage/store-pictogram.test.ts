import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../testing/render';
import { getMedia, sha256Hex } from './media-store';
import {
  PictogramNotStoredError,
  storePickedSymbol,
  storePictogram,
  withStoredPictogram,
  type SvgFetch,
} from './store-pictogram';

const svg = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72"><circle r="3"/></svg>',
);
const bytes = () => svg.slice().buffer;

function serving(files: Record<string, ArrayBuffer>): SvgFetch & ReturnType<typeof vi.fn> {
  return vi.fn(async (url: string) => {
    const body = files[url];
    return { ok: body !== undefined, status: body ? 200 : 404, arrayBuffer: async () => body ?? new ArrayBuffer(0) };
  });
}
const offline: SvgFetch = async () => {
  throw new TypeError('Failed to fetch');
};

describe('storePictogram', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('stores a core pictogram’s SVG and returns its hash', async () => {
    const fetchSvg = serving({ '/pictograms/cake.svg': bytes() });
    const picture = await storePictogram({ id: 'cake', label: { da: 'Kage', en: 'Cake' } }, fetchSvg);
    expect(picture).toEqual({
      type: 'pictogram',
      id: 'cake',
      hash: await sha256Hex(bytes()),
      label: { da: 'Kage', en: 'Cake' },
    });
    expect((await getMedia(picture.hash!))?.mime).toBe('image/svg+xml');
  });

  it('fetches an OpenMoji symbol from the catalogue', async () => {
    const fetchSvg = serving({ '/catalogue/svg/1f382.svg': bytes() });
    const picture = await storePictogram({ id: 'om-1f382' }, fetchSvg);
    expect(fetchSvg).toHaveBeenCalledWith('/catalogue/svg/1f382.svg');
    expect(picture.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reuses a stored copy without the network', async () => {
    const first = await storePictogram({ id: 'cake' }, serving({ '/pictograms/cake.svg': bytes() }));
    const again = await storePictogram({ id: 'cake', hash: first.hash }, offline);
    expect(again.hash).toBe(first.hash);
  });

  it.each([
    ['offline', offline],
    ['not found', serving({})],
    ['not an SVG', serving({ '/pictograms/cake.svg': new TextEncoder().encode('<html>').buffer })],
  ])('refuses when the symbol cannot be fetched (%s)', async (_name, fetchSvg) => {
    await expect(storePictogram({ id: 'cake' }, fetchSvg)).rejects.toBeInstanceOf(PictogramNotStoredError);
  });
});

describe('withStoredPictogram', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('adds the stored copy to a pictogram without one', async () => {
    const picture = await withStoredPictogram(
      { type: 'pictogram', id: 'vote' },
      serving({ '/pictograms/vote.svg': bytes() }),
    );
    expect(picture).toMatchObject({ type: 'pictogram', id: 'vote', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('keeps the picture as it is when offline, and leaves photos alone', async () => {
    expect(await withStoredPictogram({ type: 'pictogram', id: 'vote' }, offline)).toEqual({
      type: 'pictogram',
      id: 'vote',
    });
    const photo = { type: 'photo' as const, hash: 'c'.repeat(64) };
    expect(await withStoredPictogram(photo, offline)).toBe(photo);
    expect(await withStoredPictogram(undefined, offline)).toBeUndefined();
  });
});

describe('storePickedSymbol', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('stores the drawing of a picked symbol', async () => {
    const picture = await storePickedSymbol(
      { pictogramId: 'om-1f382', label: { da: 'Kage', en: 'Cake' }, source: 'openmoji' },
      serving({ '/catalogue/svg/1f382.svg': bytes() }),
    );
    expect(picture).toMatchObject({ type: 'pictogram', id: 'om-1f382', label: { da: 'Kage', en: 'Cake' } });
    expect(picture.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps one of our own pictograms without a stored copy when offline (it is precached)', async () => {
    const picture = await storePickedSymbol(
      { pictogramId: 'cake', label: { da: 'Kage', en: 'Cake' }, source: 'core' },
      offline,
    );
    expect(picture).toEqual({ type: 'pictogram', id: 'cake', label: { da: 'Kage', en: 'Cake' } });
  });

  it('refuses an OpenMoji symbol whose drawing cannot be stored, so it never goes missing offline', async () => {
    await expect(storePickedSymbol({ pictogramId: 'om-1f382', source: 'openmoji' }, offline)).rejects.toBeInstanceOf(
      PictogramNotStoredError,
    );
  });
});
