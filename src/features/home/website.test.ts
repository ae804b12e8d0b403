import { describe, expect, it } from 'vitest';
import { isWebsite } from '../../domain/facility';
import { normaliseWebsite } from './website';

describe('normaliseWebsite', () => {
  it.each([
    ['bosted.dk', 'https://bosted.dk'],
    ['  www.bosted.dk ', 'https://www.bosted.dk'],
    ['http://bosted.dk', 'http://bosted.dk'],
    ['', ''],
    ['   ', ''],
  ])('turns "%s" into "%s"', (input, output) => {
    expect(normaliseWebsite(input)).toBe(output);
  });

  it('does not make an address out of words', () => {
    expect(isWebsite(normaliseWebsite('ikke en adresse'))).toBe(false);
    expect(isWebsite(normaliseWebsite('bosted.dk'))).toBe(true);
  });
});
