// Passing the shared tablet round for a secret vote or election:
// "Hvem stemmer nu?" → the voter's private screen with only the options → the chosen option
// large with "Det er min stemme" / "Jeg vil vælge igen" → "Tak, din stemme er talt"
// → "Giv tabletten videre" → back to the voters.
// Nothing of a choice survives the thank-you: the choice lives only in the ballot and confirm
// steps' state and is dropped the moment the ballot is stored. A reload starts at the voters.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { PictogramButton } from '../pictogram-button';
import { PictureView } from '../picture-view';
import { SpeakButton } from '../speak-button';
import { speak } from '../speech';
import type { ChoiceOption } from './choice-options';
import { OptionButton } from './option-button';
import { OptionPicture } from './option-picture';
import { VoterGrid, type Voter } from './voter-grid';
import './voting.css';

export type FlowCastOutcome = { ok: true } | { ok: false; reason: string };

interface SecretBallotFlowProps {
  question: string;
  voters: readonly Voter[];
  options: readonly ChoiceOption[];
  /** How many options a voter may pick (1 for most votes). */
  maxChoices: number;
  /** Stores the ballot; resolves only when it is durably written. */
  onCast: (voterId: string, picked: string[], assisted: boolean) => Promise<FlowCastOutcome>;
  /** Heading level of the flow's own headings (the screen has the h1). */
  headingLevel?: 2 | 3;
}

type Step =
  | { kind: 'who' }
  | { kind: 'ballot'; voterId: string; assisted: boolean; picked: string[] }
  | { kind: 'confirm'; voterId: string; assisted: boolean; picked: string[] }
  | { kind: 'thanks' }
  | { kind: 'hand-over' }
  | { kind: 'refused'; reason: string };

/**
 * The voter's private screen covers the whole tablet: nothing of the meeting (agenda, staff
 * buttons, a live count) is visible or reachable while someone votes. Everything behind it is
 * hidden and inert until the voter is done and the tablet is handed on; the staff get their
 * controls back from the hand-over screen ("Næste person" → "Hvem stemmer nu?").
 */
function PrivateScreen({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const others = Array.from(document.body.children).filter((el) => el !== ref.current && !el.hasAttribute('inert'));
    for (const el of others) {
      el.setAttribute('inert', '');
      // Hidden, not only covered: a staff button behind the voter's screen must not exist for
      // them at all (voting.css: [data-ballot-hidden]).
      el.setAttribute('data-ballot-hidden', '');
    }
    return () => {
      for (const el of others) {
        el.removeAttribute('inert');
        el.removeAttribute('data-ballot-hidden');
      }
    };
  }, []);
  return createPortal(
    <div ref={ref} className="ballot-screen" role="dialog" aria-modal="true" aria-labelledby="ballot-flow-heading">
      <div className="ballot-screen__inner">{children}</div>
    </div>,
    document.body,
  );
}

export function SecretBallotFlow({ question, voters, options, maxChoices, onCast, headingLevel = 2 }: SecretBallotFlowProps) {
  const { t, i18n } = useTranslation('voting');
  const [step, setStep] = useState<Step>({ kind: 'who' });
  const [assistNext, setAssistNext] = useState(false);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const Heading = `h${headingLevel}` as const;
  const votedCount = voters.filter((v) => v.voted).length;

  // Each step starts with its heading in focus, so a screen reader says where the voter is.
  useEffect(() => {
    heading.current?.focus();
  }, [step.kind]);

  // The thank-you moves on by itself; the hand-over waits for a tap.
  useEffect(() => {
    if (step.kind !== 'thanks') return;
    const timer = setTimeout(() => setStep({ kind: 'hand-over' }), 2500);
    return () => clearTimeout(timer);
  }, [step.kind]);

  const lang = i18n.language;
  const optionById = new Map(options.map((o) => [o.id, o]));
  const voterName = (id: string) => voters.find((v) => v.id === id)?.name ?? '';

  function pick(voterId: string) {
    setStep({ kind: 'ballot', voterId, assisted: assistNext, picked: [] });
    setAssistNext(false);
  }

  function choose(optionId: string) {
    if (step.kind !== 'ballot') return;
    if (maxChoices === 1) {
      setStep({ ...step, kind: 'confirm', picked: [optionId] });
      return;
    }
    const picked = step.picked.includes(optionId)
      ? step.picked.filter((id) => id !== optionId)
      : step.picked.length < maxChoices
        ? [...step.picked, optionId]
        : step.picked;
    setStep({ ...step, picked });
  }

  async function confirm() {
    if (step.kind !== 'confirm' || saving) return;
    setSaving(true);
    try {
      const outcome = await onCast(step.voterId, step.picked, step.assisted);
      if (outcome.ok) {
        setStep({ kind: 'thanks' });
        // One utterance for the tap and its result: a second speak() would cut the first off.
        speak(`${t('flow.mine')}. ${t('flow.thanks')}.`, lang);
      } else {
        setStep({ kind: 'refused', reason: outcome.reason });
        speak(t(`refused.${outcome.reason}`, { defaultValue: t('refused.other') }), lang);
      }
    } catch {
      setStep({ kind: 'refused', reason: 'failed' });
    } finally {
      setSaving(false);
    }
  }

  if (step.kind === 'who') {
    return (
      <section className="ballot-flow ballot-flow--who" aria-labelledby="ballot-flow-heading">
        <div className="ballot-flow__title-row">
          <Heading id="ballot-flow-heading" ref={heading} tabIndex={-1} className="ballot-flow__title">
            {t('flow.who')}
          </Heading>
          <SpeakButton text={t('flow.whoSpoken')} />
          <p className="ballot-flow__progress">{t('flow.progress', { count: votedCount, total: voters.length })}</p>
        </div>
        <VoterGrid voters={voters} onPick={pick} label={t('flow.voters')} />
        <div className="ballot-flow__staff">
          <button
            type="button"
            className="button ballot-flow__assist"
            aria-pressed={assistNext}
            onClick={() => setAssistNext((on) => !on)}
          >
            <span className="ballot-flow__assist-box" aria-hidden="true">
              {assistNext ? '✓' : ''}
            </span>
            {t('flow.assist')}
          </button>
          <span className="ballot-flow__assist-hint">{assistNext ? t('flow.assistOn') : t('flow.assistHint')}</span>
        </div>
      </section>
    );
  }

  if (step.kind === 'ballot') {
    const many = maxChoices > 1;
    return (
      <PrivateScreen>
      <section className="ballot-flow ballot-flow--private" aria-labelledby="ballot-flow-heading">
        <div className="ballot-flow__title-row">
          <Heading id="ballot-flow-heading" ref={heading} tabIndex={-1} className="ballot-flow__title">
            {question}
          </Heading>
          <SpeakButton text={many ? `${question} ${t('flow.pickUpTo', { count: maxChoices })}` : question} />
        </div>
        {many && <p className="ballot-flow__hint">{t('flow.pickUpTo', { count: maxChoices })}</p>}
        <div className={`ballot-flow__options ballot-flow__options--${Math.min(options.length, 8)}`} role="group" aria-label={t('flow.options')}>
          {options.map((option) => (
            <OptionButton
              key={option.id}
              option={option}
              pictureSize={options.length > 4 ? 96 : 128}
              aria-pressed={many ? step.picked.includes(option.id) : undefined}
              onClick={() => choose(option.id)}
            />
          ))}
        </div>
        <div className="ballot-flow__footer">
          <button type="button" className="button ballot-flow__back" onClick={() => setStep({ kind: 'who' })}>
            {t('flow.notMe', { name: voterName(step.voterId) })}
          </button>
          {step.assisted && <span className="ballot-flow__assisted-badge">{t('flow.assisted')}</span>}
          {many && (
            <PictogramButton
              picture={{ type: 'pictogram', id: 'finished' }}
              label={t('flow.done')}
              variant="primary"
              pictureSize={64}
              disabled={step.picked.length === 0}
              onClick={() => setStep({ ...step, kind: 'confirm' })}
            />
          )}
        </div>
      </section>
      </PrivateScreen>
    );
  }

  if (step.kind === 'confirm') {
    const chosen = step.picked.map((id) => optionById.get(id)).filter((o): o is ChoiceOption => !!o);
    const chosenWords = chosen.map((o) => o.label).join(', ');
    // The confirmation never reuses an option's picture or word (no tick "Ja", no "Gentag"
    // arrows): the choice is shown large, and the two answers have pictures of their own.
    return (
      <PrivateScreen>
      <section className="ballot-flow ballot-flow--confirm" aria-labelledby="ballot-flow-heading">
        <div className="ballot-flow__title-row">
          <Heading id="ballot-flow-heading" ref={heading} tabIndex={-1} className="ballot-flow__title">
            {t('flow.sure')}
          </Heading>
          <SpeakButton text={t('flow.sureSpoken', { choice: chosenWords })} />
        </div>
        <ul className={`ballot-flow__chosen${chosen.length > 1 ? ' ballot-flow__chosen--many' : ''}`} aria-label={t('flow.chosen')}>
          {chosen.map((option) => (
            <li key={option.id} className={`ballot-flow__chosen-option ballot-flow__chosen-option--${option.variant ?? 'default'}`}>
              <OptionPicture option={option} size={chosen.length > 1 ? 96 : 160} />
              <span>{option.label}</span>
            </li>
          ))}
        </ul>
        <div className="ballot-flow__confirm-buttons">
          <PictogramButton
            picture={{ type: 'pictogram', id: 'cast-vote' }}
            label={t('flow.mine')}
            variant="primary"
            pictureSize={88}
            speakOnTap={false}
            disabled={saving}
            className="ballot-flow__mine"
            onClick={() => void confirm()}
          />
          <PictogramButton
            picture={{ type: 'pictogram', id: 'back' }}
            label={t('flow.chooseAgain')}
            variant="default"
            pictureSize={88}
            disabled={saving}
            className="ballot-flow__again"
            onClick={() => setStep({ ...step, kind: 'ballot', picked: maxChoices > 1 ? step.picked : [] })}
          />
        </div>
      </section>
      </PrivateScreen>
    );
  }

  if (step.kind === 'thanks') {
    return (
      <PrivateScreen>
      <section className="ballot-flow ballot-flow--thanks" aria-labelledby="ballot-flow-heading" data-testid="ballot-thanks">
        <PictureView picture={{ type: 'pictogram', id: 'thank-you' }} decorative size={200} />
        <Heading id="ballot-flow-heading" ref={heading} tabIndex={-1} className="ballot-flow__title ballot-flow__title--big">
          {t('flow.thanks')}
        </Heading>
        <button type="button" className="button button--primary ballot-flow__next" onClick={() => setStep({ kind: 'hand-over' })}>
          {t('flow.continue')}
        </button>
      </section>
      </PrivateScreen>
    );
  }

  if (step.kind === 'hand-over') {
    return (
      <PrivateScreen>
      <section className="ballot-flow ballot-flow--hand-over" aria-labelledby="ballot-flow-heading" data-testid="ballot-hand-over">
        <PictureView picture={{ type: 'pictogram', id: 'my-turn' }} decorative size={200} />
        <Heading id="ballot-flow-heading" ref={heading} tabIndex={-1} className="ballot-flow__title ballot-flow__title--big">
          {t('flow.handOver')}
        </Heading>
        <PictogramButton
          picture={{ type: 'pictogram', id: 'people-group' }}
          label={t('flow.nextVoter')}
          variant="primary"
          pictureSize={72}
          onClick={() => setStep({ kind: 'who' })}
        />
      </section>
      </PrivateScreen>
    );
  }

  return (
    <PrivateScreen>
    <section className="ballot-flow ballot-flow--refused" aria-labelledby="ballot-flow-heading">
      <PictureView picture={{ type: 'pictogram', id: 'stop' }} decorative size={160} />
      <Heading id="ballot-flow-heading" ref={heading} tabIndex={-1} className="ballot-flow__title">
        {t(`refused.${step.reason}`, { defaultValue: t('refused.other') })}
      </Heading>
      <button type="button" className="button button--primary ballot-flow__next" onClick={() => setStep({ kind: 'who' })}>
        {t('flow.backToVoters')}
      </button>
    </section>
    </PrivateScreen>
  );
}
