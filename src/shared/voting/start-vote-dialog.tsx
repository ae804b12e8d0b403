// Starting a vote on the current item: the question, then what kind of vote and how it is
// cast (vote-kind-fields), the options staff write (vote-options-editor) and the rules
// (vote-rule-fields). Submitting runs once at a time: a double tap starts one vote.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Picture } from '../../domain/picture';
import { errorsByField, type FieldError } from '../../domain/validation-issue';
import { voteSchema, type TieRule } from '../../domain/vote';
import { FormField } from '../../ui/form-field';
import { StaffDialog } from '../../ui/staff-dialog';
import { useBusyAction } from '../../ui/use-busy-action';
import type { VoteSetup } from './vote-actions';
import { VoteKindFields } from './vote-kind-fields';
import { VoteOptionsEditor } from './vote-options-editor';
import { VoteRuleFields } from './vote-rule-fields';
import {
  draftProblems,
  hasOwnOptions,
  newVoteDraft,
  voteSetupOf,
  type DraftProblems,
  type VoteDraft,
} from './vote-setup-draft';
import './vote-setup.css';

interface StartVoteDialogProps {
  defaultQuestion: string;
  /** The council's tie rule, the default for this vote. */
  defaultTieRule?: TieRule | undefined;
  /** The item's own photo, offered as an option picture. */
  itemPhoto?: Picture | undefined;
  onStart: (question: string, setup: VoteSetup) => Promise<void>;
  onClose: () => void;
}

const questionSchema = voteSchema.shape.question;

export function StartVoteDialog({
  defaultQuestion,
  defaultTieRule,
  itemPhoto,
  onStart,
  onClose,
}: StartVoteDialogProps) {
  const { t } = useTranslation('voting');
  const [question, setQuestion] = useState(defaultQuestion);
  const [draft, setDraft] = useState<VoteDraft>(() => newVoteDraft(defaultTieRule));
  const [problems, setProblems] = useState<DraftProblems>({});
  const [questionError, setQuestionError] = useState<FieldError | undefined>();
  const [failed, setFailed] = useState(false);
  const { busy, run } = useBusyAction();
  const change = (patch: Partial<VoteDraft>) => setDraft((current) => ({ ...current, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const parsedQuestion = questionSchema.safeParse(question);
      setQuestionError(parsedQuestion.success ? undefined : errorsByField(parsedQuestion.error.issues)._);
      const found = draftProblems(draft);
      setProblems(found);
      if (!parsedQuestion.success || Object.keys(found).length > 0) return;
      setFailed(false);
      try {
        await onStart(parsedQuestion.data, voteSetupOf(draft));
      } catch {
        setFailed(true);
      }
    });
  }

  return (
    <StaffDialog title={t('create.title')} onClose={onClose} wide>
      <form className="vote-setup" noValidate onSubmit={submit}>
        <FormField label={t('create.question')} hint={t('create.questionHint')} error={questionError}>
          {(control) => (
            <input {...control} type="text" value={question} onChange={(event) => setQuestion(event.target.value)} />
          )}
        </FormField>
        <VoteKindFields draft={draft} onChange={change} />
        {hasOwnOptions(draft.kind) && (
          <VoteOptionsEditor
            options={draft.options}
            problems={problems}
            itemPhoto={itemPhoto}
            onChange={(options) => change({ options })}
          />
        )}
        <VoteRuleFields draft={draft} onChange={change} />
        {failed && (
          <p className="notice notice--error" role="alert">
            {t('create.failed')}
          </p>
        )}
        <div className="button-row meeting-dialog__footer">
          <button type="submit" className="button button--primary meeting-button" disabled={busy}>
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
