// The year's evaluations at a glance, for the council's yearly report: how many meetings were
// evaluated, how many answers, and the share of happy answers to each question.
import { useTranslation } from 'react-i18next';
import { yearTotals } from '../../domain/evaluation';
import { formatPercent } from '../../i18n/format';
import { useCouncilEvaluations } from '../../storage/evaluation-store';
import { SmileyFace } from '../../ui/smiley-face';

export function EvaluationYear({ councilId, year }: { councilId: string; year: number }) {
  const { t, i18n } = useTranslation('evaluation');
  const evaluations = useCouncilEvaluations(councilId, year);
  if (evaluations === undefined) return null;
  const totals = yearTotals(evaluations);
  const percent = (share: number | null) => (share === null ? '–' : formatPercent(share, i18n.language));
  return (
    <section className="council-evaluation" aria-labelledby="council-evaluation-heading">
      <h2 id="council-evaluation-heading">{t('year.heading', { year })}</h2>
      {totals.meetings === 0 ? (
        <p>{t('year.none')}</p>
      ) : (
        <>
          <p>{t('year.summary', { count: totals.meetings, answers: totals.participants })}</p>
          <ul className="council-evaluation__shares">
            <li>
              <SmileyFace mood={1} size={32} />
              <span>{t('year.meetingHappy', { share: percent(totals.happyShare.meeting) })}</span>
            </li>
            <li>
              <SmileyFace mood={1} size={32} />
              <span>{t('year.saidHappy', { share: percent(totals.happyShare['said-it']) })}</span>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
