import { describe, expect, it } from 'vitest';
import {
  favouritesOf,
  pictogramUsageId,
  pictogramUsageSchema,
  recentOf,
  recordUse,
  setFavourite,
  type PictogramUsage,
} from './pictogram-usage';

const facility = '11111111-1111-4111-8111-111111111111';
const cake = { pictogramId: 'cake', label: { da: 'Kage', en: 'Cake' } };
const bus = { pictogramId: 'om-1f68c', label: { da: 'Bus', en: 'Bus' }, hash: 'b'.repeat(64) };

describe('pictogram usage', () => {
  it('gives the same valid id for the same facility and symbol on every tablet', () => {
    const id = pictogramUsageId(facility, 'cake');
    expect(id).toBe(pictogramUsageId(facility, 'cake'));
    expect(id).not.toBe(pictogramUsageId(facility, 'coffee'));
    expect(pictogramUsageSchema.safeParse(recordUse(undefined, facility, cake, new Date())).success).toBe(true);
  });

  it('counts uses and remembers when the symbol was last picked', () => {
    const first = recordUse(undefined, facility, cake, new Date('2025-01-01T10:00:00Z'));
    const second = recordUse(first, facility, cake, new Date('2025-01-02T10:00:00Z'));
    expect(second).toMatchObject({ useCount: 2, lastUsedAt: '2025-01-02T10:00:00.000Z', favourite: false });
  });

  it('keeps the star when the symbol is picked again, and the stored copy when starred again', () => {
    const starred = setFavourite(undefined, facility, bus, true);
    expect(starred).toMatchObject({ favourite: true, useCount: 0, hash: bus.hash });
    expect(starred.lastUsedAt).toBeUndefined();
    const used = recordUse(starred, facility, { pictogramId: bus.pictogramId, label: bus.label }, new Date());
    expect(used).toMatchObject({ favourite: true, useCount: 1, hash: bus.hash });
  });

  it('lists favourites alphabetically and recent ones newest first', () => {
    const rows: PictogramUsage[] = [
      recordUse(undefined, facility, cake, new Date('2025-01-01T10:00:00Z')),
      setFavourite(recordUse(undefined, facility, bus, new Date('2025-01-03T10:00:00Z')), facility, bus, true),
      setFavourite(undefined, facility, { pictogramId: 'art', label: { da: 'Kunst', en: 'Art' } }, true),
    ];
    expect(favouritesOf(rows, 'da').map((r) => r.pictogramId)).toEqual(['om-1f68c', 'art']);
    expect(recentOf(rows).map((r) => r.pictogramId)).toEqual(['om-1f68c', 'cake']);
    expect(recentOf(rows, 1)).toHaveLength(1);
  });
});
