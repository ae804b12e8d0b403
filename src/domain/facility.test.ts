import { describe, expect, it } from 'vitest';
import { facilitySchema, isWebsite } from './facility';

describe('isWebsite', () => {
  it.each([
    'https://bosted.dk',
    'http://bosted.dk',
    'https://www.solsikken.aarhus.dk/om-os?x=1#top',
    'https://xn--blehaven-g1a.dk',
    'https://æblehaven.dk',
    'https://bo-sted.dk:8080/',
  ])('accepts %s', (text) => {
    expect(isWebsite(text)).toBe(true);
  });

  it.each([
    ['words with spaces', 'https://ikke en adresse'],
    ['a word without a dot', 'https://ikkeenadresse'],
    ['a mail address', 'mailto:mette@bosted.dk'],
    ['a script', 'javascript://bosted.dk'],
    ['an empty host label', 'https://bosted..dk'],
    ['a hyphen at the start', 'https://-bosted.dk'],
    ['a number as top level', 'https://10.0.0.1'],
    ['a name and password', 'https://mette:hemmelig@bosted.dk'],
    ['nothing', ''],
    ['no scheme', 'bosted.dk'],
  ])('refuses %s', (_name, text) => {
    expect(isWebsite(text)).toBe(false);
  });
});

describe('facilitySchema website', () => {
  const base = { id: '0c6b2a48-9a3e-4c53-9a52-0d2b1f1f4f11', name: 'Solsikken', kind: 'residential' as const };

  it('refuses text that is not a web address with its own message', () => {
    const parsed = facilitySchema.safeParse({ ...base, website: 'https://ikke en adresse' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['website'], message: 'validation.website' });
  });

  it('keeps a facility without a website', () => {
    expect(facilitySchema.safeParse(base).success).toBe(true);
    expect(facilitySchema.safeParse({ ...base, website: '' }).success).toBe(true);
  });
});
