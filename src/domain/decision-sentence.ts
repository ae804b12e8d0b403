// The decision staff get pre-filled from a vote's result, as a plain sentence residents can
// read ("Vi skal på tur til stranden."), never the question glued to the answer
// ("Sommertur til stranden?: Ja"). A perfect rewrite of any question is impossible, so these
// are a few safe rules: a question that starts with its verb and "vi"/"I"/"der" is turned
// round into a statement; any other question is named as the topic ("Vi siger ja til
// sommertur til stranden."). Staff can always change the text before they save it.
// Returns an i18n key (namespace `voting`, under `decisionSentence.`) and its values.
import type { VoteKind } from './vote';
import type { Decided, VisibleResult } from './vote-tally';

export type DecisionSentenceKey =
  | 'yesStatement'
  | 'noStatement'
  | 'yesTopic'
  | 'noTopic'
  | 'yesQuestion'
  | 'noQuestion'
  | 'dontKnowStatement'
  | 'dontKnowTopic'
  | 'chosen'
  | 'mostVotes'
  | 'smiley'
  | 'tie'
  | 'noVotes'
  | 'tooFew'
  | 'notYet';

/** The placeholders the sentences fill in (a closed set: the keys take no `count`). */
type DecisionSentenceValue = 'statement' | 'topic' | 'question' | 'clause' | 'option' | 'options';

export interface DecisionSentence {
  key: DecisionSentenceKey;
  values: Partial<Record<DecisionSentenceValue, string>>;
}

export interface DecisionSentenceInput {
  question: string;
  kind: VoteKind;
  result: VisibleResult;
  decided: Decided | undefined;
  /** The shown label of an option id, in the reader's language. */
  label: (optionId: string) => string;
  /** 'da' or 'en'; any other language uses the topic rules only. */
  language: string;
  /** The word between the last two tied options ("og", "and"). */
  and: string;
}

interface Grammar {
  /** Who "we" are when a question asks them (as written), and the statement's subject. */
  subject: (word: string) => string | undefined;
  /** Question words: such a question cannot be answered yes or no as a statement. */
  questionWords: ReadonlySet<string>;
  /** The finite verb as it reads in the statement (yes) and with "not" (no); null drops it. */
  verb: (verb: string) => { yes: string | null; no: string } | null;
}

const grammar: Record<'da' | 'en', Grammar> = {
  da: {
    // "I" (you, plural) is written with a capital; a small "i" is the word "in" ("TV i stuen?").
    subject: (word) =>
      word === 'I' ? 'vi' : ({ vi: 'vi', der: 'der', man: 'man' } as Record<string, string>)[word.toLocaleLowerCase()],
    questionWords: new Set([
      'hvad',
      'hvem',
      'hvilken',
      'hvilket',
      'hvilke',
      'hvor',
      'hvornår',
      'hvordan',
      'hvorfor',
      'hvis',
    ]),
    // Danish main clauses put "ikke" straight after the finite verb: "Vi skal ikke på tur".
    // Only a modal or a present-tense verb (they end in -r: "holder", "går") starts the turn-round.
    verb: (verb) =>
      ['skal', 'vil', 'må', 'kan', 'bør', 'skulle', 'ville', 'kunne', 'burde', 'gider', 'tør'].includes(verb) ||
      /[^r]er$|[aeiouyæøå]r$/u.test(verb)
        ? { yes: verb, no: `${verb} ikke` }
        : null,
  },
  en: {
    subject: (word) => (({ we: 'we', you: 'we', there: 'there' }) as Record<string, string>)[word.toLocaleLowerCase()],
    questionWords: new Set(['what', 'who', 'whom', 'which', 'where', 'when', 'how', 'why', 'whose']),
    verb: (verb) => {
      const forms: Record<string, { yes: string | null; no: string }> = {
        shall: { yes: 'will', no: 'will not' },
        should: { yes: 'will', no: 'will not' },
        will: { yes: 'will', no: 'will not' },
        can: { yes: 'can', no: 'cannot' },
        could: { yes: 'can', no: 'cannot' },
        may: { yes: 'may', no: 'may not' },
        would: { yes: 'would', no: 'would not' },
        are: { yes: 'are', no: 'are not' },
        is: { yes: 'is', no: 'is not' },
        do: { yes: null, no: 'do not' },
      };
      return forms[verb] ?? null;
    },
  },
};

/** The question without its question mark, quotes and extra spaces. */
function bare(question: string): string {
  return question
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^["'„“”»«]+|["'„“”»«]+$/gu, '')
    .replace(/[\s?.!:]+$/u, '')
    .trim();
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Lower-case the first word unless it looks like a name or an abbreviation ("TV", "Tivoli" stays). */
function asTopic(text: string): string {
  const [first = ''] = text.split(' ');
  const abbreviation = first.length > 1 && first === first.toLocaleUpperCase();
  return abbreviation ? text : text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

/** A verb-first question ("Skal vi på tur?") turned round: subject, verb (yes or no), the rest. */
function statementOf(text: string, rules: Grammar): { yes: string; no: string; clause: string } | null {
  const words = text.split(' ');
  if (words.length < 3) return null;
  const verb = words[0]!.toLocaleLowerCase();
  const subject = rules.subject(words[1]!);
  if (!subject || rules.questionWords.has(verb)) return null;
  const forms = rules.verb(verb);
  if (!forms) return null;
  const rest = words.slice(2).join(' ');
  const yes = [subject, forms.yes, rest].filter(Boolean).join(' ');
  return { yes: capitalise(yes), no: capitalise(`${subject} ${forms.no} ${rest}`), clause: yes };
}

function listOf(words: readonly string[], and: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}

export function decisionSentence(input: DecisionSentenceInput): DecisionSentence {
  const { result, decided, kind, label } = input;
  if (result.kind === 'hidden') return { key: 'notYet', values: {} };
  if (result.kind === 'too-few') return { key: 'tooFew', values: {} };
  if (!decided || decided.kind === 'no-votes') return { key: 'noVotes', values: {} };
  if (decided.kind === 'tie') {
    // Yes/no answers are ordinary words inside the sentence ("på ja og nej").
    const names = decided.among.map((id) => (kind === 'yes-no' ? label(id).toLocaleLowerCase() : label(id)));
    return { key: 'tie', values: { options: listOf(names, input.and) } };
  }

  const option = label(decided.optionId);
  if (kind === 'choose-one') return { key: 'chosen', values: { option } };
  if (kind === 'choose-up-to') return { key: 'mostVotes', values: { option } };
  if (kind === 'smiley') return { key: 'smiley', values: { option } };

  const text = bare(input.question);
  const rules = input.language === 'da' || input.language === 'en' ? grammar[input.language] : undefined;
  const first = text.split(' ')[0]?.toLocaleLowerCase() ?? '';
  const answer = decided.optionId === 'no' ? 'no' : decided.optionId === 'yes' ? 'yes' : 'dontKnow';
  const statement = rules ? statementOf(text, rules) : null;

  if (answer === 'dontKnow') {
    if (statement) return { key: 'dontKnowStatement', values: { clause: statement.clause } };
    if (!text || rules?.questionWords.has(first)) return { key: 'notYet', values: {} };
    return { key: 'dontKnowTopic', values: { topic: asTopic(text) } };
  }
  if (statement)
    return { key: answer === 'yes' ? 'yesStatement' : 'noStatement', values: { statement: statement[answer] } };
  // "Hvad skal vi spise?" answered yes: keep the question whole, then say the answer.
  if (!text || rules?.questionWords.has(first)) {
    return { key: answer === 'yes' ? 'yesQuestion' : 'noQuestion', values: { question: text ? `${text}?` : '' } };
  }
  return { key: answer === 'yes' ? 'yesTopic' : 'noTopic', values: { topic: asTopic(text) } };
}
