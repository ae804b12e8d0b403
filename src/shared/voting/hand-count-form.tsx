// Counted by hand: staff type in the number of votes for each option.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vote } from '../../domain/vote';
import type { ChoiceOption } from './choice-options';
import { OptionPicture } from './option-picture';
import { saveHandCounts } from './vote-actions';

export function HandCountForm({ vote, options }: { vote: Vote; options: readonly ChoiceOption[] }) {
  const { t } = useTranslation('voting');
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(options.map((o) => [o.id, String(vote.handCounts?.[o.id] ?? 0)])),
  );
  const [invalid, setInvalid] = useState<string[]>([]);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const bad = options.filter((o) => !/^\d{1,4}$/.test((values[o.id] ?? '').trim())).map((o) => o.id);
    setInvalid(bad);
    if (bad.length > 0) return;
    try {
      await saveHandCounts(vote.id, Object.fromEntries(options.map((o) => [o.id, Number(values[o.id])])));
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <form className="vote-panel__hand-count" noValidate onSubmit={(event) => void submit(event)}>
      <h4 className="vote-panel__subheading">{t('panel.handCountHeading')}</h4>
      <ul className="vote-panel__count-list">
        {options.map((option) => {
          const id = `hand-count-${vote.id}-${option.id}`;
          const bad = invalid.includes(option.id);
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
                  setStatus('idle');
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
        {status === 'saved' && <span>{t('panel.countsSaved')}</span>}
        {status === 'failed' && <span className="notice notice--error">{t('panel.actionFailed')}</span>}
      </div>
    </form>
  );
}
