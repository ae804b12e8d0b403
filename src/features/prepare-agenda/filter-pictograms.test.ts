import { describe, expect, it } from 'vitest';
import { corePictograms } from '../../ui/pictogram-catalog';
import { filterPictograms } from './filter-pictograms';

const ids = (query: string, category: string | null = null, language = 'da') =>
  filterPictograms(corePictograms(), query, category, language).map((entry) => entry.id);

describe('filterPictograms', () => {
  it('shows every pictogram when nothing is typed', () => {
    expect(ids('')).toHaveLength(corePictograms().length);
  });

  it.each([
    ['a Danish label', 'Kaffe', 'coffee'],
    ['an English label', 'coffee', 'coffee'],
    ['a Danish synonym', 'stemme', 'vote'],
    ['an English synonym', 'ballot', 'vote'],
    ['upper and lower case alike', 'AFSTEMNING', 'vote'],
  ])('finds a pictogram by %s', (_how, query, id) => {
    expect(ids(query)).toContain(id);
  });

  it('keeps to the chosen category', () => {
    const people = filterPictograms(corePictograms(), '', 'people', 'da');
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((entry) => entry.category === 'people')).toBe(true);
    expect(ids('kaffe', 'people')).toEqual([]);
  });

  it('puts labels that start with the text first', () => {
    const [first] = filterPictograms(corePictograms(), 'pa', null, 'da');
    expect(first?.labels.da.toLocaleLowerCase('da').startsWith('pa')).toBe(true);
  });

  it('finds nothing for nonsense', () => {
    expect(ids('xyzzy')).toEqual([]);
  });
});
