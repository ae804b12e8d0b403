// Passing the shared tablet round for a secret vote or election:
// "Hvem stemmer nu?" → the voter's private screen with only the options → the chosen option
// large with "Det er min stemme" / "Jeg vil vælge igen" → "Tak, din stemme er talt"
// → "Giv tabletten videre" → back to the voters.
// A choice is shown, never spoken: a tap on an option and the confirmation make no sound that
// names it (the tablet is passed round a room), unless staff turned spoken choices on for this
// vote because the tablet has headphones. What is said aloud after the tap is the same for
// every voter ("Det er min stemme. Tak, din stemme er talt.").
// Nothing of a choice survives the thank-you: the choice lives only in the ballot and confirm
// steps' state and is dropped the moment the ballot is stored. A reload starts at the voters.
//
// Why the private steps are a full-screen layer (private-screen.tsx) and not a <dialog> modal,
// although every other modal in the app is one (use-modal-dialog.ts):
// - A modal <dialog> closes on Escape and, in Chrome on Android, on the system Back gesture
//   (the close request fires before the router sees anything). A resident pressing Back or a
//   switch/keyboard Escape by accident would drop out of their ballot onto the staff page
//   behind it. The layer has no close request at all; Back is held by useBallotBackGuard,
//   which can only work when nothing in the page swallows Back first.
// - The voter must reach nothing behind it and see nothing of it either: a dialog makes the
//   page inert but leaves it visible through ::backdrop (agenda, a live count, staff buttons).
//   The layer hides every other body child (data-ballot-hidden) as well as making it inert.
// - It spans several steps (ballot → confirm → thanks → hand-over) and hands back to the staff
//   only from the hand-over screen; a dialog's return of focus to the control that opened it
//   would land on a staff button the voter must not get.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CastRefusal } from '../../domain/vote';
import { speak } from '../../ui/speech';
import { useBusyAction } from '../../ui/use-busy-action';
import { BallotHandOverStep, BallotRefusedStep, BallotThanksStep } from './ballot-after-steps';
import { ballotRefusalKey, type BallotRefusal } from './ballot-refusal';
import { BallotChoiceStep } from './ballot-choice-step';
import { BallotConfirmStep } from './ballot-confirm-step';
import { BallotWhoStep } from './ballot-who-step';
import type { ChoiceOption } from './choice-options';
import { PrivateScreen } from './private-screen';
import type { Voter } from './voter-grid';
import './voting.css';

export type FlowCastOutcome = { ok: true } | { ok: false; reason: CastRefusal };

interface SecretBallotFlowProps {
  question: string;
  voters: readonly Voter[];
  options: readonly ChoiceOption[];
  /** How many options a voter may pick (1 for most votes). */
  maxChoices: number;
  /** Stores the ballot; resolves only when it is durably written. */
  onCast: (voterId: string, picked: string[], assisted: boolean) => Promise<FlowCastOutcome>;
  /**
   * Read a tapped option aloud (and name it in the confirmation): only for a vote staff
   * started with spoken choices, on a tablet with headphones. Off, choosing is silent.
   */
  spokenChoices?: boolean;
  /** Heading level of the flow's own headings (the screen has the h1). */
  headingLevel?: 2 | 3;
}

type Step =
  | { kind: 'who' }
  | { kind: 'ballot'; voterId: string; assisted: boolean; picked: string[] }
  | { kind: 'confirm'; voterId: string; assisted: boolean; picked: string[] }
  | { kind: 'thanks' }
  | { kind: 'hand-over' }
  | { kind: 'refused'; reason: BallotRefusal };

export function SecretBallotFlow({
  question,
  voters,
  options,
  maxChoices,
  onCast,
  spokenChoices = false,
  headingLevel = 2,
}: SecretBallotFlowProps) {
  const { t, i18n } = useTranslation('voting');
  const [step, setStep] = useState<Step>({ kind: 'who' });
  const [assistNext, setAssistNext] = useState(false);
  const { busy: saving, run } = useBusyAction();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Each step starts with its heading in focus, so a screen reader says where the voter is.
  useEffect(() => {
    headingRef.current?.focus();
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

  function confirm() {
    if (step.kind !== 'confirm') return;
    const { voterId, picked, assisted } = step;
    void run(async () => {
      try {
        const outcome = await onCast(voterId, picked, assisted);
        if (outcome.ok) {
          setStep({ kind: 'thanks' });
          // One utterance for the tap and its result: a second speak() would cut the first off.
          speak(`${t('flow.mine')}. ${t('flow.thanks')}.`, lang);
        } else {
          setStep({ kind: 'refused', reason: outcome.reason });
          speak(t(ballotRefusalKey[outcome.reason]), lang);
        }
      } catch {
        setStep({ kind: 'refused', reason: 'failed' });
      }
    });
  }

  const heading = { headingLevel, headingRef };
  const backToVoters = () => setStep({ kind: 'who' });

  if (step.kind === 'who') {
    return (
      <BallotWhoStep
        {...heading}
        voters={voters}
        assistNext={assistNext}
        onToggleAssist={() => setAssistNext((on) => !on)}
        onPick={pick}
      />
    );
  }

  return (
    <PrivateScreen>
      {step.kind === 'ballot' && (
        <BallotChoiceStep
          {...heading}
          question={question}
          options={options}
          maxChoices={maxChoices}
          picked={step.picked}
          assisted={step.assisted}
          voterName={voterName(step.voterId)}
          spokenChoices={spokenChoices}
          onChoose={choose}
          onNotMe={backToVoters}
          onDone={() => setStep({ ...step, kind: 'confirm' })}
        />
      )}
      {step.kind === 'confirm' && (
        <BallotConfirmStep
          {...heading}
          chosen={step.picked.map((id) => optionById.get(id)).filter((o): o is ChoiceOption => !!o)}
          saving={saving}
          spokenChoices={spokenChoices}
          onMine={confirm}
          onChooseAgain={() => setStep({ ...step, kind: 'ballot', picked: maxChoices > 1 ? step.picked : [] })}
        />
      )}
      {step.kind === 'thanks' && <BallotThanksStep {...heading} onContinue={() => setStep({ kind: 'hand-over' })} />}
      {step.kind === 'hand-over' && <BallotHandOverStep {...heading} onNextVoter={backToVoters} />}
      {step.kind === 'refused' && <BallotRefusedStep {...heading} reason={step.reason} onBack={backToVoters} />}
    </PrivateScreen>
  );
}
