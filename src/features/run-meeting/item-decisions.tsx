import { useTranslation } from 'react-i18next';
import type { Decision } from '../../domain/decision';
import type { Member } from '../../domain/member';
import { DecisionCard } from './decision-card';

interface ItemDecisionsProps {
  decisions: readonly Decision[];
  members: readonly Member[];
  onEdit: (decision: Decision) => void;
  onDelete: (decision: Decision) => void;
}

/** The decisions written on the current item, each with its picture and who does it. */
export function ItemDecisions({ decisions, members, onEdit, onDelete }: ItemDecisionsProps) {
  const { t } = useTranslation('run-meeting');
  if (decisions.length === 0) return null;
  const memberById = new Map(members.map((m) => [m.id, m]));
  return (
    <section className="meeting-decisions" aria-labelledby="meeting-decisions-heading">
      <h2 id="meeting-decisions-heading">{t('decision.heading')}</h2>
      {decisions.map((d) => (
        <DecisionCard
          key={d.id}
          decision={d}
          responsible={d.responsibleMemberId ? memberById.get(d.responsibleMemberId) : undefined}
          onEdit={() => onEdit(d)}
          onDelete={() => onDelete(d)}
        />
      ))}
    </section>
  );
}
