import { PictureView } from './picture-view';
import './member-avatar.css';

interface MemberAvatarProps {
  name: string;
  /** A stored photo's hash; without it (or without consent where that matters) an initial is shown. */
  photoHash?: string | undefined;
  size?: number;
  /** Decorative when the name is written next to the avatar. */
  decorative?: boolean;
  /** 'by-name': the initial on a dark colour picked from the name, so members tell apart at a glance. */
  colour?: 'plain' | 'by-name';
}

// Dark backgrounds that all carry white text at ≥ 4.5:1; a name always gets the same one.
const backgrounds = ['#1e50a0', '#2f6b1a', '#a1221a', '#6b4e00', '#5b2a86', '#005f73', '#8a3b12', '#3d4550'];

function backgroundFor(name: string): string {
  let sum = 0;
  for (const char of name) sum = (sum * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return backgrounds[sum % backgrounds.length] ?? '#3d4550';
}

/** A member's face: their photo, or a round badge with their initial. */
export function MemberAvatar({ name, photoHash, size = 64, decorative = true, colour = 'plain' }: MemberAvatarProps) {
  if (photoHash) {
    return (
      <PictureView
        picture={{ type: 'photo', hash: photoHash }}
        label={name}
        decorative={decorative}
        size={size}
        className="member-avatar member-avatar--photo"
      />
    );
  }
  const initial = Array.from(name.trim())[0]?.toLocaleUpperCase('da') ?? '?';
  return (
    <span
      className={`member-avatar member-avatar--initial${colour === 'by-name' ? ' member-avatar--by-name' : ''}`}
      style={{
        width: size,
        height: size,
        fontSize: Math.round(size * 0.45),
        ...(colour === 'by-name' ? { background: backgroundFor(name) } : {}),
      }}
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': name })}
    >
      {initial}
    </span>
  );
}
