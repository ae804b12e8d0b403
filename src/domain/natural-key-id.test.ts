import { describe, expect, it } from 'vitest';
import { idSchema, newId } from './ids';
import { naturalKeyId } from './natural-key-id';

describe('naturalKeyId', () => {
  const meetingId = newId();
  const memberId = newId();

  it('gives the same valid id for the same key, on any device', () => {
    const id = naturalKeyId('attendance', { meetingId, memberId });
    expect(idSchema.safeParse(id).success).toBe(true);
    expect(naturalKeyId('attendance', { memberId, meetingId })).toBe(id);
    expect(naturalKeyId('attendance', { meetingId: meetingId.toUpperCase(), memberId })).toBe(id);
  });

  it('is stable across versions (stored ids depend on it)', () => {
    expect(
      naturalKeyId('attendance', {
        meetingId: '00000000-0000-4000-8000-000000000001',
        memberId: '00000000-0000-4000-8000-000000000002',
      }),
    ).toMatchInlineSnapshot(`"310f59d9-0154-5dc5-8529-8cad4691bc34"`);
  });

  it('differs by key and by table', () => {
    const id = naturalKeyId('attendance', { meetingId, memberId });
    expect(naturalKeyId('attendance', { meetingId, memberId: newId() })).not.toBe(id);
    expect(naturalKeyId('attendance', { meetingId: memberId, memberId: meetingId })).not.toBe(id);
    expect(naturalKeyId('hasVoted', { voteId: meetingId, memberId })).not.toBe(id);
    expect(naturalKeyId('candidates', { electionId: meetingId, memberId })).not.toBe(id);
  });
});
