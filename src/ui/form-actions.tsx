import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface FormActionsProps {
  /** "Gem" for an edit, "Tilføj …" for a new record. */
  submitLabel: string;
  /** While saving (or preparing a photo): the submit button waits, so a double tap saves once. */
  busy: boolean;
  /** The save failed: said where the buttons are, since that is where staff look. */
  failed?: boolean;
  /** What to say when it failed, if the form knows more than "not saved, try again". */
  failedMessage?: string;
  onCancel?: () => void;
  /** Cancel by going back to a page (a form that is a page of its own). */
  cancelTo?: string;
}

/** The end of every staff form: why the last save failed, if it did, then save and cancel. */
export function FormActions({
  submitLabel,
  busy,
  failed = false,
  failedMessage,
  onCancel,
  cancelTo,
}: FormActionsProps) {
  const { t } = useTranslation('common');
  return (
    <>
      {failed && (
        <p className="form-error" role="alert">
          {failedMessage ?? t('form.saveFailed')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
        {cancelTo !== undefined ? (
          <Link to={cancelTo} className="button">
            {t('actions.cancel')}
          </Link>
        ) : (
          onCancel && (
            <button type="button" className="button" onClick={onCancel}>
              {t('actions.cancel')}
            </button>
          )
        )}
      </div>
    </>
  );
}
