import { describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids';
import { draftFromItem, emptyDraft, itemFromDraft, wordCount } from './agenda-item-draft';

const base = { id: newId(), meetingId: newId(), order: 3 };

describe('itemFromDraft', () => {
  it('gives an item the pictogram of its kind when none is picked', () => {
    const outcome = itemFromDraft({ ...emptyDraft('vote'), title: 'Sommerturen' }, base);
    expect(outcome.ok && outcome.item).toMatchObject({
      kind: 'vote',
      title: 'Sommerturen',
      plannedMinutes: 10,
      order: 3,
      picture: { type: 'pictogram', id: 'vote' },
    });
  });

  it('keeps a picked pictogram and trims the details', () => {
    const outcome = itemFromDraft(
      {
        ...emptyDraft(),
        title: 'Kaffe',
        details: '  Vi taler om kaffen.  ',
        picture: { type: 'pictogram', id: 'coffee' },
      },
      base,
    );
    expect(outcome.ok && outcome.item.picture).toEqual({ type: 'pictogram', id: 'coffee' });
    expect(outcome.ok && outcome.item.details).toBe('Vi taler om kaffen.');
  });

  it('checks a new photo before it is stored, with the answers about people on it', () => {
    const outcome = itemFromDraft(
      {
        ...emptyDraft(),
        title: 'Vores have',
        picture: { type: 'new-photo', bytes: new ArrayBuffer(8), mime: 'image/webp' },
        photoPeople: true,
        photoConsent: false,
      },
      base,
    );
    expect(outcome.ok && outcome.item.picture).toEqual({
      type: 'photo',
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      people: true,
      consent: false,
    });
  });

  it.each([
    ['an empty title', { title: '  ' }, 'title', 'validation.required'],
    ['no minutes', { title: 'Kaffe', plannedMinutes: '' }, 'plannedMinutes', 'validation.minutesRange'],
    ['0 minutes', { title: 'Kaffe', plannedMinutes: '0' }, 'plannedMinutes', 'validation.minutesRange'],
    ['241 minutes', { title: 'Kaffe', plannedMinutes: '241' }, 'plannedMinutes', 'validation.minutesRange'],
    ['half minutes', { title: 'Kaffe', plannedMinutes: '2.5' }, 'plannedMinutes', 'validation.minutesRange'],
  ] as const)('refuses %s', (_name, change, field, key) => {
    const outcome = itemFromDraft({ ...emptyDraft(), ...change }, base);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors[field]?.key).toBe(key);
  });

  it('treats a stored kind pictogram as no choice, so a new kind brings its own', () => {
    const outcome = itemFromDraft({ ...emptyDraft('information'), title: 'Nyt' }, base);
    if (!outcome.ok) throw new Error('expected ok');
    const draft = { ...draftFromItem(outcome.item), kind: 'break' as const };
    const again = itemFromDraft(draft, base);
    expect(again.ok && again.item.picture).toEqual({ type: 'pictogram', id: 'break' });
  });
});

describe('wordCount', () => {
  it.each([
    ['', 0],
    ['Sommertur', 1],
    ['  Vi skal på   sommertur ', 4],
  ])('counts %j as %i words', (text, count) => {
    expect(wordCount(text)).toBe(count);
  });
});
