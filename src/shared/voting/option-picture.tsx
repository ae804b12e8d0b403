import { PictureView } from '../../ui/picture-view';
import type { ChoiceOption } from './choice-options';
import { SmileyFace } from './smiley-face';

/** An option's picture: its pictogram or photo, or its smiley face. Always decorative: the label says it. */
export function OptionPicture({ option, size }: { option: ChoiceOption; size: number }) {
  if (option.smiley) return <SmileyFace level={option.smiley} size={size} />;
  return <PictureView picture={option.picture} decorative size={size} />;
}
