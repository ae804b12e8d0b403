import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  /** "Gem" for an edit, "Tilføj …" for a new record. */
  submitLabel: string;
  /** While saving (or preparing a photo): the submit button waits, so a double tap saves once. */
  busy: boolean;
  /** The save failed: said where the buttons are, since that is where staff look. */
  failed?: boolean;
  onCancel?: () => void;
}

/** The end of every staff form: why the last save failed, if it did, then save and cancel. */
export function FormActions({ submitLabel, busy, failed = false, onCancel }: FormActionsProps) {
  const { t } = useTranslation('common');
  return (
    <>
      {failed && (
        <p className="form-error" role="alert">
          {t('form.saveFailed')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('actions.cancel')}
          </button>
        )}
      </div>
    </>
  );
}
