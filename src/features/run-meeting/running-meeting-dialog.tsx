import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../domain/agenda-item';
import type { Decision } from '../../domain/decision';
import type { MeetingRecord } from '../../storage/meeting-record-query';
import { speak } from '../../ui/speech';
import { AttendanceDialog } from './attendance-dialog';
import { DecisionDialog } from './decision-dialog';
import { DeleteDecisionDialog } from './delete-decision-dialog';
import { FinishMeetingDialog } from './finish-meeting-dialog';
import { StartVoteDialog } from '../../shared/voting/start-vote-dialog';
import type { StaffAction } from './use-staff-action';
import { openVote } from '../../shared/voting/vote-actions';

/** The one staff dialog meeting mode may have open at a time (null: none). */
export type OpenDialog =
  | { kind: 'attendance' }
  | { kind: 'decision'; decision?: Decision; text?: string }
  | { kind: 'delete-decision'; decision: Decision }
  | { kind: 'start-vote' }
  | { kind: 'finish' }
  | null;

interface RunningMeetingDialogProps {
  dialog: OpenDialog;
  record: MeetingRecord;
  item: AgendaItem;
  anyOpenVote: boolean;
  action: StaffAction;
  onClose: () => void;
}

/** Shows the staff dialog that is open, wired to the meeting and the current item. */
export function RunningMeetingDialog({
  dialog,
  record,
  item,
  anyOpenVote,
  action,
  onClose,
}: RunningMeetingDialogProps) {
  const { i18n } = useTranslation();
  const { meeting, members } = record;
  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'attendance':
      return (
        <AttendanceDialog
          meetingId={meeting.id}
          councilId={meeting.councilId}
          members={members}
          attendance={record.attendance}
          onClose={onClose}
        />
      );
    case 'decision':
      return (
        <DecisionDialog
          item={item}
          members={members}
          decision={dialog.decision}
          defaultText={dialog.text}
          onClose={onClose}
        />
      );
    case 'delete-decision':
      return <DeleteDecisionDialog decision={dialog.decision} action={action} onClose={onClose} />;
    case 'start-vote':
      return (
        <StartVoteDialog
          defaultQuestion={item.title}
          defaultTieRule={record.council?.tieRule}
          itemPhoto={item.picture?.type === 'photo' ? item.picture : undefined}
          onClose={onClose}
          onStart={async (question, setup) => {
            await openVote(meeting.id, item.id, question, setup);
            speak(question, i18n.language);
            onClose();
          }}
        />
      );
    case 'finish':
      return (
        <FinishMeetingDialog
          meeting={meeting}
          itemCount={record.items.length}
          anyOpenVote={anyOpenVote}
          action={action}
          onClose={onClose}
        />
      );
  }
}
