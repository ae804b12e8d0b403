// The rules of a vote beyond its options: how many a voter may pick (choose up to) and what
// happens at a tie (the council's rule first).
import { useTranslation } from 'react-i18next';
import { tieRules, type TieRule } from '../../domain/vote';
import { FormField } from '../../ui/form-field';
import type { VoteDraft } from './vote-setup-draft';

interface VoteRuleFieldsProps {
  draft: VoteDraft;
  onChange: (change: Partial<VoteDraft>) => void;
}

export function VoteRuleFields({ draft, onChange }: VoteRuleFieldsProps) {
  const { t } = useTranslation('voting');
  // From two up to one fewer than there are options: all of them would not be a choice.
  const pickCounts = Array.from({ length: Math.max(1, draft.options.length - 2) }, (_, i) => i + 2);
  return (
    <div className="vote-setup__columns">
      {draft.kind === 'choose-up-to' && (
        <FormField label={t('create.maxChoices')}>
          {(control) => (
            <select
              {...control}
              value={draft.maxChoices}
              onChange={(event) => onChange({ maxChoices: Number(event.target.value) })}
            >
              {pickCounts.map((n) => (
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
          <select
            {...control}
            value={draft.tieRule}
            onChange={(event) => onChange({ tieRule: event.target.value as TieRule })}
          >
            {tieRules.map((rule) => (
              <option key={rule} value={rule}>
                {t(`tieRule.${rule}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </div>
  );
}
