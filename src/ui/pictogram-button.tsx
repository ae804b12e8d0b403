import type { ButtonHTMLAttributes } from 'react';
import type { Picture } from '../domain/picture';
import { PictureView } from './picture-view';
import { speak } from './speech';
import { useTranslation } from 'react-i18next';

interface PictogramButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  picture: Picture | undefined;
  /** Shown under the picture and used as the accessible name. */
  label: string;
  /** Read aloud on tap; residents hear what they chose. Defaults to the label. */
  speech?: string;
  /** Read aloud on tap (default) — turn off where the screen itself speaks afterwards. */
  speakOnTap?: boolean;
  pictureSize?: number;
  variant?: 'default' | 'yes' | 'no' | 'neutral' | 'primary';
}

/**
 * The resident-facing button: always a picture, a label and a voice together, at least
 * 64×64 CSS px, so no resident control exists without a text alternative.
 */
export function PictogramButton({
  picture,
  label,
  speech,
  speakOnTap = true,
  pictureSize = 96,
  variant = 'default',
  className,
  onClick,
  ...rest
}: PictogramButtonProps) {
  const { i18n } = useTranslation();
  return (
    <button
      type="button"
      {...rest}
      className={['pictogram-button', `pictogram-button--${variant}`, className].filter(Boolean).join(' ')}
      onClick={(event) => {
        if (speakOnTap) speak(speech ?? label, i18n.language);
        onClick?.(event);
      }}
    >
      <PictureView picture={picture} size={pictureSize} decorative />
      <span className="pictogram-button__label">{label}</span>
    </button>
  );
}
