import { PictureView } from './picture-view';
import './member-avatar.css';

interface MemberAvatarProps {
  name: string;
  /** A stored photo's hash; without it (or without consent where that matters) an initial is shown. */
  photoHash?: string | undefined;
  size?: number;
  /** Decorative when the name is written next to the avatar. */
  decorative?: boolean;
}

/** A member's face: their photo, or a round badge with their initial. */
export function MemberAvatar({ name, photoHash, size = 64, decorative = true }: MemberAvatarProps) {
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
      className="member-avatar member-avatar--initial"
      style={{ width: size, height: size, fontSize: Math.round(size * 0.45) }}
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': name })}
    >
      {initial}
    </span>
  );
}
