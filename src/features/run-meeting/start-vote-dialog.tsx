// Starting a vote on the current item: the question, what kind of vote, how it is cast, the
// options (each with a picture and a short name) and what happens at a tie.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../domain/ids';
import { shortTitleMax } from '../../domain/text';
import type { Picture } from '../../domain/picture';
import { errorsByField, type FieldError } from '../../domain/validation-issue';
import {
  maxOptions,
  minOptions,
  tieRules,
  voteKinds,
  voteModes,
  voteSchema,
  type TieRule,
  type VoteKind,
  type VoteMode,
} from '../../domain/vote';
import { FormField } from '../../ui/form-field';
import { PictureField } from '../../shared/picture-field/picture-field';
import { StaffDialog } from '../../ui/staff-dialog';
import type { VoteSetup } from './vote-actions';
import './vote-panel.css';

interface StartVoteDialogProps {
  defaultQuestion: string;
  /** The council's tie rule, the default for this vote. */
  defaultTieRule?: TieRule | undefined;
  /** The item's own photo, offered as an option picture. */
  itemPhoto?: Picture | undefined;
  onStart: (question: string, setup: VoteSetup) => Promise<void>;
  onClose: () => void;
}

interface OptionDraft {
  id: string;
  label: string;
  picture: Picture | undefined;
}

const questionSchema = voteSchema.shape.question;
const blankOption = (): OptionDraft => ({ id: newId(), label: '', picture: undefined });

export function StartVoteDialog({
  defaultQuestion,
  defaultTieRule,
  itemPhoto,
  onStart,
  onClose,
}: StartVoteDialogProps) {
  const { t } = useTranslation('voting');
  const [question, setQuestion] = useState(defaultQuestion);
  const [kind, setKind] = useState<VoteKind>('yes-no');
  const [mode, setMode] = useState<VoteMode>('open');
  const [scale, setScale] = useState<3 | 5>(3);
  const [maxChoices, setMaxChoices] = useState(2);
  const [tieRule, setTieRule] = useState<TieRule>(defaultTieRule ?? 'staff-decide');
  const [options, setOptions] = useState<OptionDraft[]>(() => [blankOption(), blankOption()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [questionError, setQuestionError] = useState<FieldError | undefined>();
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const custom = kind === 'choose-one' || kind === 'choose-up-to';

  const updateOption = (id: string, change: Partial<OptionDraft>) =>
    setOptions((list) => list.map((o) => (o.id === id ? { ...o, ...change } : o)));

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!custom) return found;
    for (const o of options) {
      // Label errors are common validation keys (FormField translates them); picture errors are text.
      if (!o.label.trim()) found[`label-${o.id}`] = 'validation.required';
      if (!o.picture) found[`picture-${o.id}`] = t('create.pictureMissing');
    }
    if (options.length < minOptions) found.options = t('create.tooFewOptions');
    if (kind === 'choose-up-to' && options.length <= 2) found.options = t('create.tooFewOptions');
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsedQuestion = questionSchema.safeParse(question);
    setQuestionError(parsedQuestion.success ? undefined : errorsByField(parsedQuestion.error.issues)._);
    const found = validate();
    setErrors(found);
    if (!parsedQuestion.success || Object.keys(found).length > 0) return;
    const setup: VoteSetup = {
      kind,
      mode,
      tieRule,
      ...(custom
        ? { options: options.map((o) => ({ id: o.id, label: o.label.trim(), picture: o.picture as Picture })) }
        : {}),
      ...(kind === 'choose-up-to' ? { maxChoices: Math.min(maxChoices, options.length - 1) } : {}),
      ...(kind === 'smiley' ? { scale } : {}),
    };
    setSaving(true);
    setFailed(false);
    try {
      await onStart(parsedQuestion.data, setup);
    } catch {
      setFailed(true);
      setSaving(false);
    }
  }

  const fieldError = (key: string | undefined): FieldError | undefined =>
    key ? { field: '', key, values: {} } : undefined;

  return (
    <StaffDialog title={t('create.title')} onClose={onClose} wide>
      <form className="vote-setup" noValidate onSubmit={(event) => void submit(event)}>
        <FormField label={t('create.question')} hint={t('create.questionHint')} error={questionError}>
          {(control) => (
            <input {...control} type="text" value={question} onChange={(event) => setQuestion(event.target.value)} />
          )}
        </FormField>

        <div className="vote-setup__columns">
          <fieldset className="vote-setup__choices">
            <legend>{t('create.kind')}</legend>
            {voteKinds.map((k) => (
              <label key={k} className="vote-setup__radio">
                <input type="radio" name="vote-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                {t(`create.kinds.${k}`)}
              </label>
            ))}
          </fieldset>
          <fieldset className="vote-setup__choices">
            <legend>{t('create.mode')}</legend>
            {voteModes.map((m) => (
              <label key={m} className="vote-setup__radio">
                <input type="radio" name="vote-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
                <span>
                  {t(`create.modes.${m}`)}
                  <span className="vote-setup__radio-hint">{t(`create.modeHints.${m}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </div>

        {kind === 'smiley' && (
          <fieldset className="vote-setup__choices vote-setup__choices--row">
            <legend>{t('create.scale')}</legend>
            {([3, 5] as const).map((n) => (
              <label key={n} className="vote-setup__radio">
                <input type="radio" name="vote-scale" checked={scale === n} onChange={() => setScale(n)} />
                {t(n === 3 ? 'create.scale3' : 'create.scale5')}
              </label>
            ))}
          </fieldset>
        )}

        {custom && (
          <fieldset className="vote-setup__options" aria-describedby="vote-setup-options-hint">
            <legend>{t('create.options')}</legend>
            <p id="vote-setup-options-hint" className="field__hint">
              {t('create.optionsHint')}
            </p>
            {errors.options && (
              <p className="field__error" role="alert">
                {errors.options}
              </p>
            )}
            <ol className="vote-setup__option-list">
              {options.map((option, index) => (
                <li key={option.id} className="vote-setup__option">
                  <div className="vote-setup__option-row">
                    <FormField
                      label={t('create.optionLabel', { number: index + 1 })}
                      error={fieldError(errors[`label-${option.id}`])}
                    >
                      {(control) => (
                        <input
                          {...control}
                          type="text"
                          maxLength={shortTitleMax}
                          value={option.label}
                          onChange={(event) => updateOption(option.id, { label: event.target.value })}
                        />
                      )}
                    </FormField>
                    {options.length > minOptions && (
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => setOptions((list) => list.filter((o) => o.id !== option.id))}
                      >
                        {t('create.removeOption', { number: index + 1 })}
                      </button>
                    )}
                  </div>
                  {errors[`picture-${option.id}`] && (
                    <p className="field__error" role="alert">
                      {errors[`picture-${option.id}`]}
                    </p>
                  )}
                  <PictureField
                    label={t('create.optionPicture', { number: index + 1 })}
                    value={option.picture}
                    itemPhoto={itemPhoto}
                    size={64}
                    onChange={(picture) => updateOption(option.id, { picture })}
                  />
                </li>
              ))}
            </ol>
            {options.length < maxOptions && (
              <button type="button" className="button" onClick={() => setOptions((list) => [...list, blankOption()])}>
                <span aria-hidden="true">+</span> {t('create.addOption')}
              </button>
            )}
          </fieldset>
        )}

        <div className="vote-setup__columns">
          {kind === 'choose-up-to' && (
            <FormField label={t('create.maxChoices')}>
              {(control) => (
                <select {...control} value={maxChoices} onChange={(event) => setMaxChoices(Number(event.target.value))}>
                  {Array.from({ length: Math.max(1, options.length - 2) }, (_, i) => i + 2).map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          )}
          <FormField label={t('create.tieRule')} hint={t('create.tieRuleHint')}>
            {(control) => (
              <select {...control} value={tieRule} onChange={(event) => setTieRule(event.target.value as TieRule)}>
                {tieRules.map((rule) => (
                  <option key={rule} value={rule}>
                    {t(`tieRule.${rule}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>

        {failed && (
          <p className="notice notice--error" role="alert">
            {t('create.failed')}
          </p>
        )}
        <div className="button-row meeting-dialog__footer">
          <button type="submit" className="button button--primary meeting-button" disabled={saving}>
            {t('create.start')}
          </button>
          <button type="button" className="button meeting-button" onClick={onClose}>
            {t('actions.cancel', { ns: 'common' })}
          </button>
        </div>
      </form>
    </StaffDialog>
  );
}
