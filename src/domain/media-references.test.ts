import { describe, expect, it } from 'vitest';
import { mediaHashesOf } from './media-references';

const h = (c: string) => c.repeat(64);

describe('mediaHashesOf', () => {
  it.each([
    { table: 'members' as const, record: { id: 'm', photo: h('a'), nameVoice: h('b') }, hashes: [h('a'), h('b')] },
    {
      table: 'agendaItems' as const,
      record: { id: 'i', picture: { type: 'photo', hash: h('c') }, voice: h('d') },
      hashes: [h('c'), h('d')],
    },
    {
      table: 'agendaItems' as const,
      record: { id: 'i', picture: { type: 'pictogram', id: 'tree', hash: h('e') } },
      hashes: [h('e')],
    },
    {
      table: 'votes' as const,
      record: {
        id: 'v',
        options: [
          { id: 'a', picture: { type: 'photo', hash: h('1') }, voice: h('2') },
          { id: 'b', picture: { type: 'pictogram', id: 'pet' } },
        ],
      },
      hashes: [h('1'), h('2')],
    },
    { table: 'pictogramUsage' as const, record: { id: 'p', hash: h('f') }, hashes: [h('f')] },
    { table: 'meetings' as const, record: { id: 'x', title: h('a') }, hashes: [] },
    { table: 'members' as const, record: { id: 'm' }, hashes: [] },
  ])('finds what a $table record names', ({ table, record, hashes }) => {
    expect(mediaHashesOf(table, record).sort()).toEqual(hashes.sort());
  });
});
