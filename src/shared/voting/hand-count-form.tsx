// Counted by hand: staff type in the number of votes for each option.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../domain/validation-issue';
import type { Vote } from '../../domain/vote';
import { useValidatedSave, type CheckOutcome } from '../../ui/use-validated-save';
import type { ChoiceOption } from './choice-options';
import { OptionPicture } from './option-picture';
import { saveHandCounts } from './vote-actions';

/** Every count a whole number from 0 to 9999, or a message under each option's id. */
function countsCheck(options: readonly ChoiceOption[]) {
  return (values: Record<string, string>): CheckOutcome<Record<string, number>> => {
    const errors: Record<string, FieldError> = {};
    for (const o of options) {
      if (!/^\d{1,4}$/.test((values[o.id] ?? '').trim()))
        errors[o.id] = { field: o.id, key: 'validation.invalid', values: {} };
    }
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    return { ok: true, value: Object.fromEntries(options.map((o) => [o.id, Number(values[o.id])])) };
  };
}

export function HandCountForm({ vote, options }: { vote: Vote; options: readonly ChoiceOption[] }) {
  const { t } = useTranslation('voting');
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(options.map((o) => [o.id, String(vote.handCounts?.[o.id] ?? 0)])),
  );
  const { errors, failed, save } = useValidatedSave();
  const [saved, setSaved] = useState(false);
  // What the last save said is shown until staff change a count again.
  const [editedSinceSave, setEditedSinceSave] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setEditedSinceSave(false);
    const stored = await save(
      countsCheck(options),
      values,
      async (handCounts) => {
        await saveHandCounts(vote.id, handCounts);
        return true;
      },
      { fields: options.map((o) => o.id) },
    );
    setSaved(stored === true);
  }

  return (
    <form className="vote-panel__hand-count" noValidate onSubmit={(event) => void submit(event)}>
      <h4 className="vote-panel__subheading">{t('panel.handCountHeading')}</h4>
      <ul className="vote-panel__count-list">
        {options.map((option) => {
          const id = `hand-count-${vote.id}-${option.id}`;
          const bad = Boolean(errors[option.id]);
          return (
            <li key={option.id} className="vote-panel__count-row">
              <OptionPicture option={option} size={56} />
              <label htmlFor={id} className="vote-panel__count-label">
                {option.label}
                <span className="visually-hidden"> – {t('panel.handCountFor', { option: option.label })}</span>
              </label>
              <input
                id={id}
                className="vote-panel__count-input"
                type="number"
                inputMode="numeric"
                min={0}
                max={9999}
                step={1}
                value={values[option.id] ?? ''}
                aria-invalid={bad || undefined}
                aria-describedby={bad ? `${id}-error` : undefined}
                onChange={(event) => {
                  setValues((v) => ({ ...v, [option.id]: event.target.value }));
                  setEditedSinceSave(true);
                }}
              />
              {bad && (
                <span id={`${id}-error`} className="field__error vote-panel__count-error" role="alert">
                  {t('panel.countsInvalid')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <div className="vote-panel__count-actions" role="status">
        <button type="submit" className="button button--primary">
          {t('panel.saveCounts')}
        </button>
        {saved && !editedSinceSave && <span>{t('panel.countsSaved')}</span>}
        {failed && !editedSinceSave && <span className="notice notice--error">{t('panel.actionFailed')}</span>}
      </div>
    </form>
  );
}
