import { describe, expect, it } from 'vitest';
import type { AgendaItem } from './agenda-item';
import type { Decision } from './decision';
import { generateMinutes, publishablePicture, type MinutesInput } from './minutes';
import type { Picture } from './picture';

const hash = 'a'.repeat(64);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('publishablePicture', () => {
  it.each<[string, Picture | undefined, Picture | undefined]>([
    ['no picture', undefined, undefined],
    ['a pictogram', { type: 'pictogram', id: 'cake' }, { type: 'pictogram', id: 'cake' }],
    ['a photo without people', { type: 'photo', hash }, { type: 'photo', hash }],
    [
      'a photo from before the people flag',
      { type: 'photo', hash, people: false },
      { type: 'photo', hash, people: false },
    ],
    [
      'a photo of people who agreed',
      { type: 'photo', hash, people: true, consent: true },
      { type: 'photo', hash, people: true, consent: true },
    ],
    [
      'a photo of people who did not agree',
      { type: 'photo', hash, people: true, consent: false },
      { type: 'pictogram', id: 'vote' },
    ],
    ['a photo of people with no answer yet', { type: 'photo', hash, people: true }, { type: 'pictogram', id: 'vote' }],
  ])('%s', (_name, picture, expected) => {
    expect(publishablePicture(picture, 'vote')).toEqual(expected);
  });
});

describe('generateMinutes and photos of people', () => {
  const meetingId = id(1);
  const item: AgendaItem = {
    id: id(2),
    meetingId,
    kind: 'vote',
    title: 'Sommertur',
    plannedMinutes: 10,
    order: 1,
    picture: { type: 'photo', hash, people: true, consent: false },
  };
  const decision: Decision = {
    id: id(3),
    meetingId,
    agendaItemId: item.id,
    text: 'Vi tager til stranden.',
    followUp: 'not-started',
    picture: { type: 'photo', hash, people: true },
  };
  const input: MinutesInput = {
    meeting: {
      id: meetingId,
      councilId: id(4),
      title: 'Møde',
      startsAt: '2025-03-04T10:00:00.000Z',
      endsAt: '2025-03-04T11:00:00.000Z',
      isOpen: false,
      status: 'held',
    },
    council: { id: id(4), facilityId: id(5), name: 'Rådet', kind: 'user-council', meetingsPerYear: 4 },
    items: [item],
    members: [],
    attendance: [],
    decisions: [decision],
    votes: [],
    ballots: [],
  };

  it('shows the kind’s pictogram instead of a photo of people without consent', () => {
    const minutes = generateMinutes(input);
    expect(minutes.items[0]?.picture).toEqual({ type: 'pictogram', id: 'vote' });
    expect(minutes.items[0]?.decisions[0]?.picture).toEqual({ type: 'pictogram', id: 'decision' });
  });

  it('keeps a photo of people who agreed', () => {
    const agreed: Picture = { type: 'photo', hash, people: true, consent: true };
    const minutes = generateMinutes({ ...input, items: [{ ...item, picture: agreed }] });
    expect(minutes.items[0]?.picture).toEqual(agreed);
  });
});
