import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { voteSchema } from '../../domain/vote';
import type { FieldError } from '../../domain/validation-issue';
import { errorsByField } from '../../domain/validation-issue';
import { FormField } from '../../ui/form-field';
import { StaffDialog } from './staff-dialog';

interface StartVoteDialogProps {
  defaultQuestion: string;
  onStart: (question: string) => Promise<void>;
  onClose: () => void;
}

const questionSchema = voteSchema.shape.question;

export function StartVoteDialog({ defaultQuestion, onStart, onClose }: StartVoteDialogProps) {
  const { t } = useTranslation('run-meeting');
  const [question, setQuestion] = useState(defaultQuestion);
  const [error, setError] = useState<FieldError | undefined>();
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = questionSchema.safeParse(question);
    if (!parsed.success) {
      setError(errorsByField(parsed.error.issues)._);
      return;
    }
    setSaving(true);
    setFailed(false);
    try {
      await onStart(parsed.data);
    } catch {
      setFailed(true);
      setSaving(false);
    }
  }

  return (
    <StaffDialog title={t('vote.startTitle')} onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <FormField label={t('vote.question')} hint={t('vote.questionHint')} error={error}>
          {(control) => <input {...control} type="text" value={question} onChange={(event) => setQuestion(event.target.value)} />}
        </FormField>
        {failed && (
          <p className="notice notice--error" role="alert">
            {t('vote.actionFailed')}
          </p>
        )}
        <div className="button-row meeting-dialog__footer">
          <button type="submit" className="button button--primary meeting-button" disabled={saving}>
            {t('vote.open')}
          </button>
          <button type="button" className="button meeting-button" onClick={onClose}>
            {t('actions.cancel', { ns: 'common' })}
          </button>
        </div>
      </form>
    </StaffDialog>
  );
}
