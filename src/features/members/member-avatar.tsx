import type { Member } from '../../domain/member';
import { PictureView } from '../../ui/picture-view';

// Dark backgrounds that all carry white text at ≥ 4.5:1; a name always gets the same one.
const backgrounds = ['#1e50a0', '#2f6b1a', '#a1221a', '#6b4e00', '#5b2a86', '#005f73', '#8a3b12', '#3d4550'];

function backgroundFor(name: string): string {
  let sum = 0;
  for (const char of name) sum = (sum * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return backgrounds[sum % backgrounds.length] ?? '#3d4550';
}

export function initialOf(name: string): string {
  const first = [...name.trim()][0];
  return first ? first.toLocaleUpperCase('da') : '?';
}

/** The member's photo, or a coloured circle with the first letter of the name. Decorative: the name is beside it. */
export function MemberAvatar({ member, size = 64 }: { member: Pick<Member, 'displayName' | 'photo'>; size?: number }) {
  if (member.photo) {
    return <PictureView picture={{ type: 'photo', hash: member.photo }} size={size} decorative className="members-avatar" />;
  }
  return (
    <span
      className="members-avatar members-avatar--initial"
      aria-hidden="true"
      style={{ width: size, height: size, fontSize: size * 0.45, background: backgroundFor(member.displayName) }}
    >
      {initialOf(member.displayName)}
    </span>
  );
}
