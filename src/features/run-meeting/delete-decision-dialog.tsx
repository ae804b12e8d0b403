import { useTranslation } from 'react-i18next';
import type { Decision } from '../../domain/decision';
import { decisions } from '../../storage/repositories';
import { StaffDialog } from '../../ui/staff-dialog';
import type { StaffAction } from './use-staff-action';

interface DeleteDecisionDialogProps {
  decision: Decision;
  action: StaffAction;
  onClose: () => void;
}

/** Asks before a decision written in the meeting is deleted. */
export function DeleteDecisionDialog({ decision, action, onClose }: DeleteDecisionDialogProps) {
  const { t } = useTranslation('run-meeting');
  return (
    <StaffDialog title={t('decision.deleteTitle')} onClose={onClose}>
      <p>{t('decision.deleteBody', { text: decision.text })}</p>
      <div className="button-row meeting-dialog__footer">
        <button
          type="button"
          className="button button--danger meeting-button"
          onClick={() =>
            void action.run(async () => {
              await decisions.remove(decision.id);
              onClose();
            }, t('decision.failed'))
          }
        >
          {t('decision.deleteConfirm')}
        </button>
        <button type="button" className="button meeting-button" onClick={onClose}>
          {t('actions.cancel', { ns: 'common' })}
        </button>
      </div>
    </StaffDialog>
  );
}
