import { useTranslation } from 'react-i18next';
import type { Decision } from '../../domain/decision';
import { joinSentences } from '../../domain/spoken-sentences';
import { formatDueDate } from '../../i18n/format';
import type { Member } from '../../domain/member';
import { MemberAvatar } from '../../ui/member-avatar';
import { PictureView } from '../../ui/picture-view';
import { SpeakButton } from '../../ui/speak-button';

interface DecisionCardProps {
  decision: Decision;
  responsible: Member | undefined;
  onEdit: () => void;
  onDelete: () => void;
}

export function DecisionCard({ decision, responsible, onEdit, onDelete }: DecisionCardProps) {
  const { t, i18n } = useTranslation('run-meeting');
  const who = responsible ? t('decision.responsibleLine', { name: responsible.displayName }) : undefined;
  const due = decision.dueDate
    ? t('decision.dueLine', { date: formatDueDate(decision.dueDate, i18n.language) })
    : undefined;
  const spoken = joinSentences([decision.text, who, due]);
  return (
    <article className="meeting-decision card">
      <PictureView picture={decision.picture} decorative size={88} />
      <div className="meeting-decision__body">
        <p className="meeting-decision__text">{decision.text}</p>
        {responsible && (
          <p className="meeting-decision__who">
            <MemberAvatar name={responsible.displayName} photoHash={responsible.photo} size={40} />
            <span>{who}</span>
          </p>
        )}
        {due && <p className="meeting-decision__due">{due}</p>}
      </div>
      <div className="meeting-decision__actions">
        <SpeakButton text={spoken} voice={decision.voice} />
        <button
          type="button"
          className="button"
          aria-label={t('decision.editLabel', { text: decision.text })}
          onClick={onEdit}
        >
          {t('decision.edit')}
        </button>
        <button
          type="button"
          className="button button--danger"
          aria-label={t('decision.deleteLabel', { text: decision.text })}
          onClick={onDelete}
        >
          {t('decision.delete')}
        </button>
      </div>
    </article>
  );
}
