// What staff fill in to start a vote, before it is one: the draft, what is still missing, and
// the VoteSetup it becomes. Plain functions, so the dialog's pieces only render and the
// rules can be tested without a screen.
import { newId } from '../../domain/ids';
import type { Picture } from '../../domain/picture';
import type { ValidationKey } from '../../domain/validation-issue';
import { minOptions, type TieRule, type VoteKind, type VoteMode } from '../../domain/vote';
import type { VoteSetup } from './vote-actions';

export interface OptionDraft {
  id: string;
  label: string;
  picture: Picture | undefined;
}

export interface VoteDraft {
  kind: VoteKind;
  mode: VoteMode;
  scale: 3 | 5;
  /** choose-up-to: how many each voter may pick (clamped to the options when started). */
  maxChoices: number;
  tieRule: TieRule;
  /** Secret votes: a tapped option is read aloud (only with headphones on the tablet). */
  spokenChoices: boolean;
  /** Staff-made options; only used by the kinds that have them. */
  options: OptionDraft[];
}

export const blankOption = (): OptionDraft => ({ id: newId(), label: '', picture: undefined });

export function newVoteDraft(tieRule: TieRule = 'staff-decide'): VoteDraft {
  return {
    kind: 'yes-no',
    mode: 'open',
    scale: 3,
    maxChoices: 2,
    tieRule,
    // Off unless staff turn it on: in a room without headphones a spoken choice is heard by all.
    spokenChoices: false,
    options: [blankOption(), blankOption()],
  };
}

/** Whether staff write the options themselves (the other kinds have fixed ones). */
export const hasOwnOptions = (kind: VoteKind): boolean => kind === 'choose-one' || kind === 'choose-up-to';

export interface DraftProblems {
  [labelOf: `label-${string}`]: ValidationKey;
  [pictureOf: `picture-${string}`]: 'create.pictureMissing';
  options?: 'create.tooFewOptions';
}

/**
 * What is missing, as translation keys by place: `label-<id>` (a common validation key, as
 * form fields show them), `picture-<id>` and `options` (keys of the voting namespace).
 */
export function draftProblems(draft: VoteDraft): DraftProblems {
  const found: DraftProblems = {};
  if (!hasOwnOptions(draft.kind)) return found;
  for (const o of draft.options) {
    if (!o.label.trim()) found[`label-${o.id}`] = 'validation.required';
    if (!o.picture) found[`picture-${o.id}`] = 'create.pictureMissing';
  }
  // Choosing "up to" among two would be choosing one or both: it needs three.
  const fewest = draft.kind === 'choose-up-to' ? minOptions + 1 : minOptions;
  if (draft.options.length < fewest) found.options = 'create.tooFewOptions';
  return found;
}

/** The setup a complete draft starts (check `draftProblems` first). */
export function voteSetupOf(draft: VoteDraft): VoteSetup {
  const { kind, mode, tieRule, options } = draft;
  return {
    kind,
    mode,
    tieRule,
    ...(hasOwnOptions(kind)
      ? { options: options.map((o) => ({ id: o.id, label: o.label.trim(), picture: o.picture as Picture })) }
      : {}),
    ...(kind === 'choose-up-to' ? { maxChoices: Math.min(draft.maxChoices, options.length - 1) } : {}),
    ...(kind === 'smiley' ? { scale: draft.scale } : {}),
    // Only a secret vote has the setting; one switched back to open keeps no stale "on".
    ...(mode === 'secret' && draft.spokenChoices ? { spokenChoices: true } : {}),
  };
}
