// One option staff write for a vote: its short name, its picture, and a way to remove it.
import { useTranslation } from 'react-i18next';
import type { Picture } from '../../domain/picture';
import { shortTitleMax } from '../../domain/text';
import type { FieldError } from '../../domain/validation-issue';
import { FormField } from '../../ui/form-field';
import { PictureField } from '../picture-field/picture-field';
import type { DraftProblems, OptionDraft } from './vote-setup-draft';

interface VoteOptionRowProps {
  option: OptionDraft;
  /** 1-based, as staff count them. */
  number: number;
  /** Translation keys of what is missing (see draftProblems). */
  labelProblem: DraftProblems[`label-${string}`] | undefined;
  pictureProblem: DraftProblems[`picture-${string}`] | undefined;
  /** The item's own photo, offered as the option's picture. */
  itemPhoto: Picture | undefined;
  onChange: (change: Partial<OptionDraft>) => void;
  /** Absent while there are only as many options as a vote needs. */
  onRemove: (() => void) | undefined;
}

export function VoteOptionRow({
  option,
  number,
  labelProblem,
  pictureProblem,
  itemPhoto,
  onChange,
  onRemove,
}: VoteOptionRowProps) {
  const { t } = useTranslation('voting');
  const labelError: FieldError | undefined = labelProblem ? { field: '', key: labelProblem, values: {} } : undefined;
  return (
    <li className="vote-setup__option">
      <div className="vote-setup__option-row">
        <FormField label={t('create.optionLabel', { number })} error={labelError}>
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={shortTitleMax}
              value={option.label}
              onChange={(event) => onChange({ label: event.target.value })}
            />
          )}
        </FormField>
        {onRemove && (
          <button type="button" className="button button--quiet" onClick={onRemove}>
            {t('create.removeOption', { number })}
          </button>
        )}
      </div>
      {pictureProblem && (
        <p className="field__error" role="alert">
          {t(pictureProblem)}
        </p>
      )}
      <PictureField
        label={t('create.optionPicture', { number })}
        value={option.picture}
        itemPhoto={itemPhoto}
        size={64}
        onChange={(picture) => onChange({ picture })}
      />
    </li>
  );
}
