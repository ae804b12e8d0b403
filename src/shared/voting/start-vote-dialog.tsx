// Starting a vote on the current item: the question, then what kind of vote and how it is
// cast (vote-kind-fields), the options staff write (vote-options-editor) and the rules
// (vote-rule-fields). Submitting goes through useValidatedSave, so a double tap starts one vote.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Picture } from '../../domain/picture';
import { errorsByField } from '../../domain/validation-issue';
import { voteSchema, type TieRule } from '../../domain/vote';
import { FormField } from '../../ui/form-field';
import { StaffDialog } from '../../ui/staff-dialog';
import { useValidatedSave, type CheckOutcome } from '../../ui/use-validated-save';
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

interface StartCandidate {
  question: string;
  draft: VoteDraft;
}

/**
 * The question and a complete draft as what `onStart` takes. The options' problems are shown
 * by the options editor in the voting namespace's words, not as field messages, so they are
 * found before the check and only stop it here.
 */
function startCheck(problems: DraftProblems) {
  return ({ question, draft }: StartCandidate): CheckOutcome<{ question: string; setup: VoteSetup }> => {
    const parsed = questionSchema.safeParse(question);
    const questionError = parsed.success ? undefined : errorsByField(parsed.error.issues)._;
    if (!parsed.success || Object.keys(problems).length > 0) {
      return { ok: false, errors: questionError ? { question: questionError } : {} };
    }
    return { ok: true, value: { question: parsed.data, setup: voteSetupOf(draft) } };
  };
}

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
  const { errors, failed, saving, save } = useValidatedSave();
  const change = (patch: Partial<VoteDraft>) => setDraft((current) => ({ ...current, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = draftProblems(draft);
    setProblems(found);
    void save(startCheck(found), { question, draft }, (start) => onStart(start.question, start.setup), {
      fields: ['question'],
    });
  }

  return (
    <StaffDialog title={t('create.title')} onClose={onClose} wide>
      <form className="vote-setup" noValidate onSubmit={submit}>
        <FormField label={t('create.question')} hint={t('create.questionHint')} error={errors.question}>
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
