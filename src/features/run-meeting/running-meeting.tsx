// Meeting mode while the meeting runs: the top bar, the current item, the residents' support
// cards and the staff bar, with at most one staff dialog over them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { presentMemberIds } from '../../domain/attendance';
import { joinSentences } from '../../domain/spoken-sentences';
import type { MeetingRecord } from '../../storage/meeting-record-query';
import { useRecording } from '../../ui/use-recording';
import { agendaPosition } from './agenda-position';
import { CurrentItemView } from './current-item-view';
import { itemVotes } from './item-votes';
import { goToItem } from './meeting-actions';
import { MeetingTopBar } from './meeting-top-bar';
import { RunningMeetingDialog, type OpenDialog } from './running-meeting-dialog';
import { StaffToolbar } from './staff-toolbar';
import { StaffVoteButtons } from './staff-vote-buttons';
import { MeetingSupport } from './support-cards';
import { paths } from '../../ui/paths';
import { useStaffAction } from './use-staff-action';

export function RunningMeeting({ record }: { record: MeetingRecord }) {
  const { meeting, items, members } = record;
  const { t } = useTranslation('run-meeting');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const position = agendaPosition(items, meeting.currentItemId);
  const item = position?.item;
  const action = useStaffAction(item?.id);
  const itemRecording = useRecording(item?.voice);

  if (!position || !item) {
    return (
      <div className="meeting-mode meeting-mode--message">
        <main className="meeting-message">
          <h1>{t('noItems')}</h1>
          <Link className="button button--primary meeting-button" to={paths.meeting(meeting.id)}>
            {t('toHub')}
          </Link>
        </main>
      </div>
    );
  }

  const presentIds = presentMemberIds(record.attendance);
  const votes = itemVotes(record.votes, item.id);
  const spoken = joinSentences([item.title, item.details]);
  const closeDialog = () => setDialog(null);

  return (
    <div className="meeting-mode">
      <MeetingTopBar councilName={record.council?.name ?? ''} meeting={meeting} items={items} position={position} />
      <CurrentItemView
        record={record}
        position={position}
        votes={votes}
        spoken={spoken}
        onMakeDecision={(text) => setDialog({ kind: 'decision', text })}
        onEditDecision={(decision) => setDialog({ kind: 'decision', decision })}
        onDeleteDecision={(decision) => setDialog({ kind: 'delete-decision', decision })}
      />
      <MeetingSupport
        meetingId={meeting.id}
        itemSpeech={spoken}
        itemRecording={itemRecording}
        members={members}
        presentIds={presentIds}
      />
      <StaffToolbar
        position={position}
        presentCount={presentIds.size}
        memberCount={members.length}
        action={action}
        voteButtons={
          <StaffVoteButtons
            record={record}
            openVote={votes.openOnItem}
            action={action}
            onStartVote={() => setDialog({ kind: 'start-vote' })}
          />
        }
        onAttendance={() => setDialog({ kind: 'attendance' })}
        onWriteDecision={() => setDialog({ kind: 'decision' })}
        onMove={(target) => void action.run(() => goToItem(meeting.id, target.id), t('moveFailed'))}
        onFinish={() => setDialog({ kind: 'finish' })}
      />
      <RunningMeetingDialog
        dialog={dialog}
        record={record}
        item={item}
        anyOpenVote={votes.anyOpen}
        action={action}
        onClose={closeDialog}
      />
    </div>
  );
}
