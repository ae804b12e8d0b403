import { describe, expect, it } from 'vitest';
import { boundedEditDistance, foldText, stemDanish, stemEnglish, tokenize } from './danish-stemming';

describe('foldText', () => {
  it('folds æ, ø and å to ae, oe and aa so both spellings meet', () => {
    expect(foldText('Vasketøj')).toBe('vasketoej');
    expect(foldText('vasketoej')).toBe('vasketoej');
    expect(foldText('Ønske')).toBe('oenske');
    expect(foldText('Pårørende')).toBe('paaroerende');
    expect(foldText('Æble')).toBe('aeble');
  });

  it('reads ö and ä as ø and æ and drops other accents', () => {
    expect(foldText('brandövelse')).toBe(foldText('brandøvelse'));
    expect(foldText('Bär')).toBe(foldText('bær'));
    expect(foldText('Café')).toBe('cafe');
  });

  it('ignores case, apostrophes and punctuation', () => {
    expect(foldText('  Don’t know! ')).toBe('dont know');
    expect(tokenize('Kaffe & kage, TV/musik')).toEqual(['kaffe', 'kage', 'tv', 'musik']);
    expect(tokenize('   ')).toEqual([]);
  });
});

describe('stemDanish', () => {
  it.each([
    ['kage', 'kag'],
    ['kager', 'kag'],
    ['kagen', 'kag'],
    ['kagerne', 'kag'],
    ['kagens', 'kag'],
    ['bus', 'bus'],
    ['bussen', 'bus'],
    ['busser', 'bus'],
    ['hund', 'hund'],
    ['hunden', 'hund'],
    ['hundene', 'hund'],
    ['kat', 'kat'],
    ['katten', 'kat'],
    ['kattene', 'kat'],
    ['huset', 'hus'],
    ['husene', 'hus'],
    ['stemme', 'stem'],
    ['stemmer', 'stem'],
    ['maskine', 'maskin'],
    ['maskiner', 'maskin'],
    ['julen', 'jul'],
    ['jule', 'jul'],
    ['foedsels', 'foedsel'],
  ])('stems %s to %s', (word, stem) => {
    expect(stemDanish(word)).toBe(stem);
  });

  it('gives all inflections of a word the same stem', () => {
    const forms = ['ferie', 'ferien', 'ferier', 'ferierne'].map(stemDanish);
    expect(new Set(forms).size).toBe(1);
    const moeder = ['moede', 'moedet', 'moeder', 'moederne'].map(stemDanish);
    expect(new Set(moeder).size).toBe(1);
  });

  it('never cuts a word below three letters and keeps a double s', () => {
    expect(stemDanish('ros')).toBe('ros');
    expect(stemDanish('is')).toBe('is');
    expect(stemDanish('te')).toBe('te');
    expect(stemDanish('stress')).toBe('stres');
  });
});

describe('stemEnglish', () => {
  it.each([
    ['cakes', 'cake'],
    ['parties', 'party'],
    ['dishes', 'dish'],
    ['votes', 'vote'],
    ['bus', 'bus'],
    ['glass', 'glass'],
    ['tennis', 'tennis'],
  ])('stems %s to %s', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
});

describe('boundedEditDistance', () => {
  it('counts substitutions, insertions, deletions and swapped neighbours', () => {
    expect(boundedEditDistance('kaffe', 'kaffe', 1)).toBe(0);
    expect(boundedEditDistance('kaffr', 'kaffe', 1)).toBe(1);
    expect(boundedEditDistance('kafe', 'kaffe', 1)).toBe(1);
    expect(boundedEditDistance('kaffee', 'kaffe', 1)).toBe(1);
    expect(boundedEditDistance('kafef', 'kaffe', 1)).toBe(1);
    expect(boundedEditDistance('brandovelse', 'brandoevelse', 2)).toBe(1);
  });

  it('reports max + 1 when the words are further apart than allowed', () => {
    expect(boundedEditDistance('kaffe', 'kage', 1)).toBe(2);
    expect(boundedEditDistance('hund', 'kat', 1)).toBe(2);
    expect(boundedEditDistance('foedselsdag', 'foedelsdga', 2)).toBe(2);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('handles words longer than its scratch space', () => {
    const long = 'a'.repeat(100);
    expect(boundedEditDistance(long, `${long}b`, 1)).toBe(1);
  });
});
