import { describe, expect, it } from 'vitest';
import { draftProblems, newVoteDraft, voteSetupOf, type OptionDraft, type VoteDraft } from './vote-setup-draft';

const pic = { type: 'pictogram' as const, id: 'swimming' };
const option = (id: string, label = id): OptionDraft => ({ id, label, picture: pic });
const draft = (change: Partial<VoteDraft>): VoteDraft => ({ ...newVoteDraft('new-round'), ...change });

describe('what is missing before a vote can start', () => {
  it.each<{ name: string; draft: VoteDraft; problems: Record<string, string> }>([
    { name: 'nothing for yes/no, whatever the blank options', draft: draft({}), problems: {} },
    { name: 'nothing for smileys', draft: draft({ kind: 'smiley', scale: 5 }), problems: {} },
    {
      name: 'a name and a picture for each option',
      draft: draft({ kind: 'choose-one', options: [option('a', '  '), { id: 'b', label: 'Zoo', picture: undefined }] }),
      problems: { 'label-a': 'validation.required', 'picture-b': 'create.pictureMissing' },
    },
    {
      name: 'a second option',
      draft: draft({ kind: 'choose-one', options: [option('a')] }),
      problems: { options: 'create.tooFewOptions' },
    },
    {
      name: 'a third option to choose up to',
      draft: draft({ kind: 'choose-up-to', options: [option('a'), option('b')] }),
      problems: { options: 'create.tooFewOptions' },
    },
    {
      name: 'nothing for three complete options to choose up to',
      draft: draft({ kind: 'choose-up-to', options: [option('a'), option('b'), option('c')] }),
      problems: {},
    },
  ])('$name', ({ draft: d, problems }) => {
    expect(draftProblems(d)).toEqual(problems);
  });
});

describe('the setup a draft starts', () => {
  it.each<{ name: string; draft: VoteDraft; setup: unknown }>([
    {
      name: 'yes/no carries no options',
      draft: draft({ mode: 'secret' }),
      setup: { kind: 'yes-no', mode: 'secret', tieRule: 'new-round' },
    },
    {
      name: 'smileys carry their scale',
      draft: draft({ kind: 'smiley', scale: 5 }),
      setup: { kind: 'smiley', mode: 'open', tieRule: 'new-round', scale: 5 },
    },
    {
      name: 'options are trimmed',
      draft: draft({ kind: 'choose-one', options: [option('a', ' Stranden '), option('b', 'Zoo')] }),
      setup: {
        kind: 'choose-one',
        mode: 'open',
        tieRule: 'new-round',
        options: [
          { id: 'a', label: 'Stranden', picture: pic },
          { id: 'b', label: 'Zoo', picture: pic },
        ],
      },
    },
    {
      name: 'a secret vote with spoken choices says so',
      draft: draft({ mode: 'secret', spokenChoices: true }),
      setup: { kind: 'yes-no', mode: 'secret', tieRule: 'new-round', spokenChoices: true },
    },
    {
      name: 'spoken choices left on, then switched to a show of hands, are not kept',
      draft: draft({ mode: 'open', spokenChoices: true }),
      setup: { kind: 'yes-no', mode: 'open', tieRule: 'new-round' },
    },
    {
      name: 'choose up to never allows all options',
      draft: draft({ kind: 'choose-up-to', maxChoices: 3, options: [option('a'), option('b'), option('c')] }),
      setup: expect.objectContaining({ kind: 'choose-up-to', maxChoices: 2 }),
    },
  ])('$name', ({ draft: d, setup }) => {
    expect(voteSetupOf(d)).toEqual(setup);
  });
});
