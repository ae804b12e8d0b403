// The title under an item's pictogram, with the easy-read rule of at most five words: a warning
// that staff hear as they type, never a block (a longer title may be kept).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { shortTitleMax } from '../../domain/text';
import type { FieldError } from '../../domain/validation-issue';
import { FormField } from '../../ui/form-field';
import { titleWordsMax, wordCount } from './agenda-item-draft';

interface Props {
  value: string;
  onChange: (title: string) => void;
  error: FieldError | undefined;
}

export function AgendaItemTitleField({ value, onChange, error }: Props) {
  const { t } = useTranslation('prepare-agenda');
  const wordsId = useId();
  const words = wordCount(value);
  const tooManyWords = words > titleWordsMax;
  return (
    <>
      <FormField label={t('item.title')} hint={t('item.titleHint')} error={error}>
        {(control) => (
          <input
            {...control}
            aria-describedby={
              [control['aria-describedby'], tooManyWords ? wordsId : null].filter(Boolean).join(' ') || undefined
            }
            data-autofocus
            type="text"
            autoComplete="off"
            maxLength={shortTitleMax}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </FormField>
      {/* Always in the page, so a screen reader hears the warning the moment a sixth word is typed. */}
      <div role="status" className="agenda-item-form__words-live">
        {tooManyWords && (
          <p id={wordsId} className="agenda-item-form__words notice notice--warning">
            {t('item.tooManyWords', { count: words })}
          </p>
        )}
      </div>
    </>
  );
}
