// What a voter sees for each option of a vote: a picture (pictogram, photo or smiley face),
// a label and what is read aloud. The fixed kinds (yes/no, smileys) get their words here.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Picture } from '../../domain/picture';
import { smileyChoices, yesNoChoices, type SmileyLevel, type Vote, type YesNoChoice } from '../../domain/vote';

export interface ChoiceOption {
  id: string;
  label: string;
  picture?: Picture | undefined;
  smiley?: SmileyLevel | undefined;
  /** Read aloud on tap instead of the label (e.g. a candidate's name and statement). */
  speech?: string | undefined;
  /** A recorded voice for the option (media hash). */
  voice?: string | undefined;
  /** Button look: yes/no/don't know keep their colours and shapes. */
  variant?: 'yes' | 'no' | 'neutral' | 'default';
}

const yesNoVariant: Record<YesNoChoice, ChoiceOption['variant']> = { yes: 'yes', no: 'no', 'dont-know': 'neutral' };

/** The options of a vote in the current language, in the order they are shown. */
export function useChoiceOptions(vote: Pick<Vote, 'kind' | 'options' | 'scale'>): ChoiceOption[] {
  const { t } = useTranslation('voting');
  return choiceOptions(vote, t);
}

export function choiceOptions(vote: Pick<Vote, 'kind' | 'options' | 'scale'>, t: TFunction<'voting'>): ChoiceOption[] {
  // The fixed kinds in the order optionIds gives them, typed, so each id names its own string.
  if (vote.kind === 'yes-no') {
    return yesNoChoices.map((id) => ({
      id,
      label: t(`choice.${id}`),
      picture: { type: 'pictogram', id },
      variant: yesNoVariant[id],
    }));
  }
  if (vote.kind === 'smiley') {
    return smileyChoices[vote.scale ?? 3].map((id) => ({ id, label: t(`smiley.${id}`), smiley: id }));
  }
  return (vote.options ?? []).map((o) => ({ id: o.id, label: o.label, picture: o.picture, voice: o.voice }));
}
