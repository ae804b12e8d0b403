// The result of an evaluation as pictures: for each question, every smiley with how many
// chose it, a bar whose length shows the share, and the number written out.
import { useTranslation } from 'react-i18next';
import { evaluationQuestions, moodsFor, sum, type Evaluation } from '../../domain/evaluation';
import { SmileyFace } from '../../ui/smiley-face';
import { SpeakButton } from '../../ui/speak-button';
import { useAnswerLabels } from './answer-labels';

export function EvaluationResults({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation('evaluation');
  const labels = useAnswerLabels(evaluation.scale);
  const moods = moodsFor(evaluation.scale);
  const results = evaluation.results;
  const participants = evaluation.participants ?? 0;

  return (
    <section className="evaluation-results" aria-labelledby="evaluation-results-heading">
      <h2 id="evaluation-results-heading">{t('results.heading')}</h2>
      <p>{participants === 0 ? t('results.none') : t('results.participants', { count: participants })}</p>
      {results &&
        evaluationQuestions.map((question) => {
          const counts = results[question];
          const total = Math.max(1, sum(counts));
          const spoken = t('results.spoken', {
            question: t(`question.${question}`),
            answers: counts
              .map((count, i) => ({ count, label: labels[question][i] ?? '' }))
              .reverse()
              .map((a) => t('results.spokenAnswer', a))
              .join(', '),
          });
          return (
            <div key={question} className="evaluation-results__question card">
              <div className="evaluation-results__title">
                <h3>{t(`question.${question}`)}</h3>
                <SpeakButton
                  text={spoken}
                  label={`${t('results.listen')}: ${t(`question.${question}`)}`}
                  size="staff"
                />
              </div>
              <ul className="evaluation-results__rows">
                {/* Happiest first, the way results are usually read. */}
                {[...counts.keys()].reverse().map((i) => (
                  <li key={i} className="evaluation-results__row">
                    <SmileyFace mood={moods[i] ?? 0} size={48} />
                    <span className="evaluation-results__label">{labels[question][i]}</span>
                    <span className="evaluation-results__bar" aria-hidden="true">
                      <span style={{ width: `${(counts[i]! / total) * 100}%` }} />
                    </span>
                    <strong className="evaluation-results__count">{t('results.count', { count: counts[i] })}</strong>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      <p className="evaluation-results__kept">{t('results.kept')}</p>
    </section>
  );
}
