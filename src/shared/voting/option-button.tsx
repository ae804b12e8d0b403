import type { ButtonHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { say } from '../../ui/say';
import { useRecording } from '../../ui/use-recording';
import type { ChoiceOption } from './choice-options';
import { OptionPicture } from './option-picture';

interface OptionButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  option: ChoiceOption;
  pictureSize?: number;
  /** Read the label aloud on tap (default). */
  speakOnTap?: boolean;
}

/**
 * A vote option for a resident to tap: picture, label and voice together, like
 * PictogramButton, but able to show a smiley face. At least 64×64 CSS px.
 */
export function OptionButton({
  option,
  pictureSize = 112,
  speakOnTap = true,
  className,
  onClick,
  ...rest
}: OptionButtonProps) {
  const { i18n } = useTranslation();
  // A recorded voice for the option wins over the synthetic one.
  const recording = useRecording(option.voice);
  return (
    <button
      type="button"
      {...rest}
      className={['pictogram-button', `pictogram-button--${option.variant ?? 'default'}`, 'vote-option', className]
        .filter(Boolean)
        .join(' ')}
      onClick={(event) => {
        if (speakOnTap) say({ text: option.speech ?? option.label, recording }, i18n.language);
        onClick?.(event);
      }}
    >
      <OptionPicture option={option} size={pictureSize} />
      <span className="pictogram-button__label">{option.label}</span>
    </button>
  );
}
