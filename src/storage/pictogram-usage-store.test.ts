import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../testing/render';
import { recordPictogramUse, setPictogramFavourite } from './pictogram-usage-store';
import { pictogramUsage } from './repositories';

const facility = '22222222-2222-4222-8222-222222222222';
const cake = { pictogramId: 'cake', label: { da: 'Kage', en: 'Cake' } };

describe('pictogram usage store', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('keeps one record per facility and symbol, counting each pick', async () => {
    await recordPictogramUse(facility, cake, new Date('2025-01-01T10:00:00Z'));
    await recordPictogramUse(facility, cake, new Date('2025-01-02T10:00:00Z'));
    const rows = await pictogramUsage.where('facilityId', facility);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ useCount: 2, lastUsedAt: '2025-01-02T10:00:00.000Z', favourite: false });
  });

  it('stars and un-stars a symbol', async () => {
    await setPictogramFavourite(facility, cake, true);
    expect((await pictogramUsage.where('facilityId', facility))[0]?.favourite).toBe(true);
    await setPictogramFavourite(facility, cake, false);
    expect((await pictogramUsage.where('facilityId', facility))[0]?.favourite).toBe(false);
  });
});
