// "Hvordan var mødet?": the evaluation after each meeting. Staff choose 3 or 5 smileys and
// start; then the tablet is passed round. Each person gets a neutral hand-over screen, two
// spoken questions with big smileys, and a thank-you screen that shows nothing of what they
// chose. The answers are anonymous (see domain/evaluation.ts); the result appears only when
// staff close the evaluation, and is kept for the yearly report.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { evaluationQuestions, moodsFor, type EvaluationQuestion, type EvaluationScale } from '../../domain/evaluation';
import {
  closeEvaluation,
  reopenEvaluation,
  saveAnswers,
  startEvaluation,
  useEvaluation,
} from '../../storage/evaluation-store';
import { SmileyFace } from '../../ui/smiley-face';
import { SpeakButton } from '../../ui/speak-button';
import { speak } from '../../ui/speech';
import { StaffPage } from '../../ui/staff-page';
import { EvaluationResults } from './evaluation-results';
import { useAnswerLabels } from './answer-labels';
import { useBusyAction } from '../../ui/use-busy-action';
import { paths, routes, useRouteParams } from '../../ui/paths';
import './evaluation.css';

type Step = { kind: 'hand-over' } | { kind: 'question'; index: 0 | 1; answers: number[] } | { kind: 'thanks' };

export function EvaluationScreen() {
  const { meetingId } = useRouteParams(routes.meetingEvaluation);
  const { t } = useTranslation('evaluation');
  const state = useEvaluation(meetingId);

  useEffect(() => {
    const title = state ? t('pageTitle', { title: state.meeting.title }) : t('title');
    document.title = `${title} – ${t('appName', { ns: 'common' })}`;
  }, [state, t]);

  if (state === null) {
    return (
      <StaffPage title={t('title')} backTo={paths.home()} backLabel={t('toHome')}>
        <p className="notice notice--error">{t('notFound')}</p>
      </StaffPage>
    );
  }
  if (state === undefined) {
    return (
      <StaffPage title={t('title')}>
        <p role="status">{t('loading', { ns: 'common' })}</p>
      </StaffPage>
    );
  }

  const { meeting, evaluation, answered } = state;
  const hub = paths.meeting(meeting.id);
  if (!evaluation) return <EvaluationSetup meetingId={meeting.id} title={meeting.title} hub={hub} />;
  if (evaluation.status === 'closed') {
    return (
      <StaffPage title={t('pageTitle', { title: meeting.title })} backTo={hub} backLabel={t('backToHub')}>
        <EvaluationResults evaluation={evaluation} />
        <div className="button-row evaluation__result-actions">
          <Link className="button button--primary" to={paths.meetingAfter(meeting.id)}>
            {t('results.toAfter')}
          </Link>
          <button type="button" className="button" onClick={() => void reopenEvaluation(evaluation)}>
            {t('results.reopen')}
          </button>
        </div>
      </StaffPage>
    );
  }
  return (
    <PassTheTablet
      meetingId={meeting.id}
      evaluationId={evaluation.id}
      scale={evaluation.scale}
      answered={answered}
      hub={hub}
    />
  );
}

function EvaluationSetup({ meetingId, title, hub }: { meetingId: string; title: string; hub: string }) {
  const { t, i18n } = useTranslation('evaluation');
  const [scale, setScale] = useState<EvaluationScale>(3);
  const { busy, run: runOnce } = useBusyAction();
  const [failed, setFailed] = useState(false);

  async function start() {
    await runOnce(async () => {
      setFailed(false);
      try {
        await startEvaluation(meetingId, scale);
        speak(t('handOver.speech'), i18n.language);
      } catch {
        setFailed(true);
      }
    });
  }

  return (
    <StaffPage title={t('pageTitle', { title })} backTo={hub} backLabel={t('backToHub')}>
      <div className="evaluation-setup card">
        <p>{t('setup.intro')}</p>
        <fieldset className="field evaluation-setup__scale">
          <legend>{t('setup.scale')}</legend>
          {([3, 5] as const).map((value) => (
            <label key={value} className="evaluation-setup__option">
              <input
                type="radio"
                name="scale"
                value={value}
                checked={scale === value}
                onChange={() => setScale(value)}
              />
              <span className="evaluation-setup__faces" aria-hidden="true">
                {moodsFor(value).map((mood) => (
                  <SmileyFace key={mood} mood={mood} size={36} />
                ))}
              </span>
              <span>{value === 3 ? t('setup.three') : t('setup.five')}</span>
            </label>
          ))}
        </fieldset>
        {failed && (
          <p className="notice notice--error" role="alert">
            {t('setup.failed')}
          </p>
        )}
        <button
          type="button"
          className="button button--primary evaluation__big-button"
          disabled={busy}
          onClick={() => void start()}
        >
          {t('setup.start')}
        </button>
      </div>
    </StaffPage>
  );
}

interface PassTheTabletProps {
  meetingId: string;
  evaluationId: string;
  scale: EvaluationScale;
  answered: number;
  hub: string;
}

function PassTheTablet({ meetingId, evaluationId, scale, answered, hub }: PassTheTabletProps) {
  const { t, i18n } = useTranslation('evaluation');
  const labels = useAnswerLabels(scale);
  const [step, setStep] = useState<Step>({ kind: 'hand-over' });
  const { busy: saving, run: runOnce } = useBusyAction();
  const [failed, setFailed] = useState<string | null>(null);
  const moods = moodsFor(scale);

  const ask = (question: EvaluationQuestion) => speak(t(`question.${question}`), i18n.language);

  async function answer(value: number) {
    if (step.kind !== 'question') return;
    const question = evaluationQuestions[step.index];
    const label = labels[question][value - 1] ?? '';
    if (step.index === 0) {
      // The choice and the next question, read in one go from the tap.
      speak(`${label}. ${t('question.said-it')}`, i18n.language);
      setStep({ kind: 'question', index: 1, answers: [value] });
      return;
    }
    const answers = [step.answers[0]!, value];
    await runOnce(async () => {
      setFailed(null);
      try {
        await saveAnswers(evaluationId, [
          { question: 'meeting', value: answers[0]! },
          { question: 'said-it', value: answers[1]! },
        ]);
        speak(`${label}. ${t('thanks.speech')}`, i18n.language);
        setStep({ kind: 'thanks' });
      } catch {
        setFailed(t('thanks.failed'));
      }
    });
  }

  async function finish() {
    setFailed(null);
    try {
      await closeEvaluation(evaluationId);
    } catch {
      setFailed(t('handOver.finishFailed'));
    }
  }

  return (
    <div className="evaluation">
      <div className="evaluation__top">
        <Link className="evaluation__back" to={hub}>
          <span aria-hidden="true">←</span> {t('backToHub')}
        </Link>
      </div>
      <main className="evaluation__main">
        {step.kind === 'hand-over' && (
          <div className="evaluation__panel">
            <span className="evaluation__faces" aria-hidden="true">
              {moods.map((mood) => (
                <SmileyFace key={mood} mood={mood} size={72} />
              ))}
            </span>
            <h1>{t('handOver.heading')}</h1>
            <p className="evaluation__lead">{t('handOver.body')}</p>
            <button
              type="button"
              className="evaluation__ready"
              onClick={() => {
                ask('meeting');
                setStep({ kind: 'question', index: 0, answers: [] });
              }}
            >
              {t('handOver.ready')}
            </button>
            <section className="evaluation__staff" aria-labelledby="evaluation-staff-heading">
              <h2 id="evaluation-staff-heading">{t('handOver.staff')}</h2>
              <p aria-live="polite">{t('handOver.answered', { count: answered })}</p>
              <div className="button-row">
                <button type="button" className="button" onClick={() => void finish()}>
                  {t('handOver.finish')}
                </button>
                {answered === 0 && (
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => void startEvaluation(meetingId, scale === 3 ? 5 : 3)}
                  >
                    {scale === 3 ? t('handOver.useFive') : t('handOver.useThree')}
                  </button>
                )}
              </div>
            </section>
          </div>
        )}

        {step.kind === 'question' && (
          <div className="evaluation__panel">
            <p className="evaluation__step">{t('question.step', { number: step.index + 1 })}</p>
            <div className="evaluation__question-row">
              <h1>{t(`question.${evaluationQuestions[step.index]}`)}</h1>
              <SpeakButton text={t(`question.${evaluationQuestions[step.index]}`)} label={t('question.listen')} />
            </div>
            <ul className={`evaluation__smileys evaluation__smileys--${scale}`}>
              {moods.map((mood, i) => {
                const label = labels[evaluationQuestions[step.index]][i] ?? '';
                return (
                  <li key={mood}>
                    <button
                      type="button"
                      className="evaluation__smiley"
                      disabled={saving}
                      onClick={() => void answer(i + 1)}
                    >
                      <SmileyFace mood={mood} size={scale === 3 ? 150 : 110} />
                      <span className="evaluation__smiley-label">{label}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
            {step.index === 1 && (
              <button
                type="button"
                className="button evaluation__back-button"
                onClick={() => setStep({ kind: 'question', index: 0, answers: [] })}
              >
                <span aria-hidden="true">←</span> {t('question.back')}
              </button>
            )}
          </div>
        )}

        {step.kind === 'thanks' && (
          <div className="evaluation__panel">
            <span className="evaluation__faces" aria-hidden="true">
              <SmileyFace mood={1} size={120} />
            </span>
            <h1>{t('thanks.heading')}</h1>
            <p className="evaluation__lead">{t('thanks.body')}</p>
            <button
              type="button"
              className="evaluation__ready"
              onClick={() => {
                speak(t('handOver.speech'), i18n.language);
                setStep({ kind: 'hand-over' });
              }}
            >
              {t('thanks.next')}
            </button>
          </div>
        )}
        {failed && (
          <p className="notice notice--error evaluation__error" role="alert">
            {failed}
          </p>
        )}
      </main>
    </div>
  );
}
