// The options staff write for a choose-one or choose-up-to vote: two to eight, each with a
// short name and a picture.
import { useTranslation } from 'react-i18next';
import type { Picture } from '../../domain/picture';
import { maxOptions, minOptions } from '../../domain/vote';
import { VoteOptionRow } from './vote-option-row';
import { blankOption, type DraftProblems, type OptionDraft } from './vote-setup-draft';

interface VoteOptionsEditorProps {
  options: readonly OptionDraft[];
  /** Translation keys by place, from draftProblems. */
  problems: DraftProblems;
  itemPhoto: Picture | undefined;
  onChange: (options: OptionDraft[]) => void;
}

export function VoteOptionsEditor({ options, problems, itemPhoto, onChange }: VoteOptionsEditorProps) {
  const { t } = useTranslation('voting');
  const update = (id: string, change: Partial<OptionDraft>) =>
    onChange(options.map((o) => (o.id === id ? { ...o, ...change } : o)));
  return (
    <fieldset className="vote-setup__options" aria-describedby="vote-setup-options-hint">
      <legend>{t('create.options')}</legend>
      <p id="vote-setup-options-hint" className="field__hint">
        {t('create.optionsHint')}
      </p>
      {problems.options && (
        <p className="field__error" role="alert">
          {t(problems.options)}
        </p>
      )}
      <ol className="vote-setup__option-list">
        {options.map((option, index) => (
          <VoteOptionRow
            key={option.id}
            option={option}
            number={index + 1}
            labelProblem={problems[`label-${option.id}`]}
            pictureProblem={problems[`picture-${option.id}`]}
            itemPhoto={itemPhoto}
            onChange={(change) => update(option.id, change)}
            onRemove={
              options.length > minOptions ? () => onChange(options.filter((o) => o.id !== option.id)) : undefined
            }
          />
        ))}
      </ol>
      {options.length < maxOptions && (
        <button type="button" className="button" onClick={() => onChange([...options, blankOption()])}>
          <span aria-hidden="true">+</span> {t('create.addOption')}
        </button>
      )}
    </fieldset>
  );
}
