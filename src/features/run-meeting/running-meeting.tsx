import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { defaultPictogramForKind, type AgendaItem } from '../../domain/agenda-item';
import { joinSentences } from '../../domain/spoken-sentences';
import { presentMemberIds } from '../../domain/attendance';
import type { Decision } from '../../domain/decision';
import type { MeetingRecord } from '../../storage/meeting-record-query';
import { decisions as decisionRepository } from '../../storage/repositories';
import { PictureView } from '../../ui/picture-view';
import { SpeakButton } from '../../ui/speak-button';
import { speak } from '../../ui/speech';
import { agendaPosition } from './agenda-position';
import { AttendanceDialog } from './attendance-dialog';
import { DecisionCard } from './decision-card';
import { DecisionDialog } from './decision-dialog';
import { FullscreenButton } from './fullscreen-button';
import { ItemProgress } from './item-progress';
import { finishMeeting, goToItem } from './meeting-actions';
import { StaffDialog } from '../../ui/staff-dialog';
import { councilVoterRule } from '../../domain/council';
import { currentVoteOf, openVote, undoLastBallot, votesOnItem } from './vote-actions';
import { VoteCloseButton } from './vote-close-button';
import { VoteEarlier } from './vote-earlier';
import { useCloseAndAnnounce } from './vote-announce';
import { VotePanel } from './vote-panel';
import { useRecording } from '../../ui/use-recording';
import { ItemTimer } from './item-timer';
import { RoundTheTable } from './round-the-table';
import { SinceLastTime } from './since-last-time';
import { MeetingSupport } from './support-cards';
import { StartVoteDialog } from './start-vote-dialog';
import { useBusyAction } from '../../ui/use-busy-action';
import { paths } from '../../ui/paths';

interface RunningMeetingProps {
  record: MeetingRecord;
}

type OpenDialog =
  | { kind: 'attendance' }
  | { kind: 'decision'; decision?: Decision; text?: string }
  | { kind: 'delete-decision'; decision: Decision }
  | { kind: 'start-vote' }
  | { kind: 'finish' }
  | null;

export function RunningMeeting({ record }: RunningMeetingProps) {
  const { meeting, items, members } = record;
  const councilName = record.council?.name ?? '';
  const { t, i18n } = useTranslation('run-meeting');
  const navigate = useNavigate();
  const closeAndAnnounce = useCloseAndAnnounce();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const { busy, run: runOnce } = useBusyAction();
  const [message, setMessageFor] = useState<{ text: string; error: boolean; itemId: string | undefined } | null>(null);
  const mainRef = useRef<HTMLElement>(null);

  const position = agendaPosition(items, meeting.currentItemId);
  const item = position?.item;
  const itemId = item?.id;
  const itemRecording = useRecording(item?.voice);

  // A staff message belongs to the item it was given on; a new item starts without it.
  const currentMessage = message && message.itemId === itemId ? message : null;
  const setMessage = (next: { text: string; error: boolean } | null) =>
    setMessageFor(next ? { ...next, itemId } : null);

  // A new item starts at the top of the screen.
  useEffect(() => {
    mainRef.current?.scrollTo?.({ top: 0 });
  }, [itemId]);

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

  const presentCount = presentMemberIds(record.attendance).size;
  const itemDecisions = record.decisions.filter((d) => d.agendaItemId === item.id);
  // Any item can hold votes, several of them (a new round, or a new question): the current
  // one is shown in full, earlier ones as a line each.
  const voterRule = councilVoterRule(record.council);
  const itemVote = currentVoteOf(record.votes, item.id);
  const earlierVotes = votesOnItem(record.votes, item.id).filter((v) => v.id !== itemVote?.id && v.status === 'closed');
  const openVoteOnItem = itemVote?.status === 'open' ? itemVote : undefined;
  const anyOpenVote = record.votes.some((v) => v.status === 'open');
  const picture = item.picture ?? { type: 'pictogram' as const, id: defaultPictogramForKind[item.kind] };
  const memberById = new Map(members.map((m) => [m.id, m]));
  const spoken = joinSentences([item.title, item.details]);

  async function run(action: () => Promise<void>, failure: string) {
    await runOnce(async () => {
      setMessage(null);
      try {
        await action();
      } catch {
        setMessage({ text: failure, error: true });
      }
    });
  }

  const move = (target: AgendaItem | undefined) =>
    target && void run(() => goToItem(meeting.id, target.id), t('moveFailed'));

  const closeDialog = () => setDialog(null);
  const compact = itemVote !== undefined;

  return (
    <div className="meeting-mode">
      <header className="meeting-top" inert={dialog !== null}>
        <div className="meeting-top__context">
          <span className="meeting-top__council">{councilName}</span>
          <span className="meeting-top__title">{meeting.title}</span>
        </div>
        <ItemProgress items={items} position={position} />
        <div className="meeting-top__actions">
          <FullscreenButton />
          <Link className="button meeting-top__button" to={paths.meeting(meeting.id)}>
            {t('leave')}
          </Link>
        </div>
      </header>

      <main ref={mainRef} className={`meeting-main${compact ? ' meeting-main--compact' : ''}`} inert={dialog !== null}>
        <div className="meeting-item">
          <PictureView picture={picture} decorative className="meeting-item__picture" size={compact ? 140 : 280} />
          <div className="meeting-item__text">
            <div className="meeting-item__title-row">
              <h1 className="meeting-item__title">{item.title}</h1>
              <SpeakButton text={spoken} voice={item.voice} />
            </div>
            {item.details && !compact && <p className="meeting-item__details">{item.details}</p>}
          </div>
          <ItemTimer meetingId={meeting.id} item={item} />
        </div>

        {itemVote && (
          <VotePanel
            vote={itemVote}
            itemTitle={item.title}
            ballots={record.ballots.filter((b) => b.voteId === itemVote.id)}
            members={members}
            attendance={record.attendance}
            voterRule={voterRule}
            onMakeDecision={(text) => setDialog({ kind: 'decision', text })}
          />
        )}
        <VoteEarlier votes={earlierVotes} ballots={record.ballots} />

        {item.kind === 'since-last-time' && <SinceLastTime meeting={meeting} />}
        {item.kind === 'round-the-table' && (
          <RoundTheTable
            meetingId={meeting.id}
            itemId={item.id}
            members={presentCount > 0 ? members.filter((m) => presentMemberIds(record.attendance).has(m.id)) : members}
          />
        )}

        {itemDecisions.length > 0 && (
          <section className="meeting-decisions" aria-labelledby="meeting-decisions-heading">
            <h2 id="meeting-decisions-heading">{t('decision.heading')}</h2>
            {itemDecisions.map((d) => (
              <DecisionCard
                key={d.id}
                decision={d}
                responsible={d.responsibleMemberId ? memberById.get(d.responsibleMemberId) : undefined}
                onEdit={() => setDialog({ kind: 'decision', decision: d })}
                onDelete={() => setDialog({ kind: 'delete-decision', decision: d })}
              />
            ))}
          </section>
        )}

        <p className="visually-hidden" aria-live="polite">
          {position.number !== undefined
            ? `${t('progress', { number: position.number, count: position.numberedCount })}: `
            : ''}
          {item.title}
        </p>
      </main>

      <MeetingSupport
        meetingId={meeting.id}
        itemSpeech={spoken}
        itemRecording={itemRecording}
        members={members}
        presentIds={presentMemberIds(record.attendance)}
        inert={dialog !== null}
      />

      <nav className="meeting-bar" aria-label={t('staffControls')} inert={dialog !== null}>
        {currentMessage && (
          <p
            className={`meeting-bar__message${currentMessage.error ? ' meeting-bar__message--error' : ''}`}
            role={currentMessage.error ? 'alert' : 'status'}
          >
            {currentMessage.text}
          </p>
        )}
        <div className="meeting-bar__group">
          <button type="button" className="button meeting-button" onClick={() => setDialog({ kind: 'attendance' })}>
            {t('attendance')}
            <span className="meeting-bar__badge">
              {t('attendanceShort', { present: presentCount, total: members.length })}
              <span className="visually-hidden"> {t('attendanceShortSuffix')}</span>
            </span>
          </button>
          {!openVoteOnItem && (
            <button type="button" className="button meeting-button" onClick={() => setDialog({ kind: 'start-vote' })}>
              {t('vote.start')}
            </button>
          )}
          {openVoteOnItem && (
            <>
              {openVoteOnItem.mode === 'open' && (
                <button
                  type="button"
                  className="button meeting-button"
                  disabled={busy}
                  onClick={() =>
                    void run(async () => {
                      const undone = await undoLastBallot(openVoteOnItem.id);
                      setMessage({ text: undone ? t('vote.undone') : t('vote.nothingToUndo'), error: false });
                    }, t('vote.actionFailed'))
                  }
                >
                  {t('vote.undo')}
                </button>
              )}
              <VoteCloseButton
                vote={openVoteOnItem}
                ballots={record.ballots.filter((b) => b.voteId === openVoteOnItem.id)}
                members={members}
                attendance={record.attendance}
                voterRule={voterRule}
                disabled={busy}
                onClose={() =>
                  run(async () => {
                    await closeAndAnnounce(openVoteOnItem.id);
                  }, t('vote.actionFailed'))
                }
              />
            </>
          )}
          <button type="button" className="button meeting-button" onClick={() => setDialog({ kind: 'decision' })}>
            {t('decision.write')}
          </button>
        </div>
        <div className="meeting-bar__group meeting-bar__group--end">
          <button
            type="button"
            className="button meeting-button"
            disabled={!position.previous || busy}
            onClick={() => move(position.previous)}
          >
            <span aria-hidden="true">←</span> {t('previous')}
          </button>
          {position.isLast ? (
            <button
              type="button"
              className="button button--primary meeting-button"
              onClick={() => setDialog({ kind: 'finish' })}
            >
              {t('finish')}
            </button>
          ) : (
            <button
              type="button"
              className="button button--primary meeting-button"
              disabled={busy}
              onClick={() => move(position.next)}
            >
              {t('next')} <span aria-hidden="true">→</span>
            </button>
          )}
        </div>
      </nav>

      {dialog?.kind === 'attendance' && (
        <AttendanceDialog
          meetingId={meeting.id}
          councilId={meeting.councilId}
          members={members}
          attendance={record.attendance}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'decision' && (
        <DecisionDialog
          item={item}
          members={members}
          decision={dialog.decision}
          defaultText={dialog.text}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'start-vote' && (
        <StartVoteDialog
          defaultQuestion={item.title}
          defaultTieRule={record.council?.tieRule}
          itemPhoto={item.picture?.type === 'photo' ? item.picture : undefined}
          onClose={closeDialog}
          onStart={async (question, setup) => {
            await openVote(meeting.id, item.id, question, setup);
            speak(question, i18n.language);
            closeDialog();
          }}
        />
      )}
      {dialog?.kind === 'delete-decision' && (
        <StaffDialog title={t('decision.deleteTitle')} onClose={closeDialog}>
          <p>{t('decision.deleteBody', { text: dialog.decision.text })}</p>
          <div className="button-row meeting-dialog__footer">
            <button
              type="button"
              className="button button--danger meeting-button"
              onClick={() =>
                void run(async () => {
                  await decisionRepository.remove(dialog.decision.id);
                  closeDialog();
                }, t('decision.failed'))
              }
            >
              {t('decision.deleteConfirm')}
            </button>
            <button type="button" className="button meeting-button" onClick={closeDialog}>
              {t('actions.cancel', { ns: 'common' })}
            </button>
          </div>
        </StaffDialog>
      )}
      {dialog?.kind === 'finish' && (
        <StaffDialog title={t('finishDialog.title')} onClose={closeDialog}>
          <p>{t('finishDialog.body')}</p>
          {anyOpenVote && <p className="notice notice--warning">{t('finishDialog.openVote')}</p>}
          {currentMessage?.error && (
            <p className="notice notice--error" role="alert">
              {currentMessage.text}
            </p>
          )}
          <div className="button-row meeting-dialog__footer">
            <button
              type="button"
              className="button button--primary meeting-button"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  const outcome = await finishMeeting(meeting, items.length);
                  if (!outcome.ok) throw new Error(outcome.reason);
                  await navigate(paths.meetingAfter(meeting.id));
                }, t('finishDialog.failed'))
              }
            >
              {t('finishDialog.confirm')}
            </button>
            <button type="button" className="button meeting-button" onClick={closeDialog}>
              {t('actions.cancel', { ns: 'common' })}
            </button>
          </div>
        </StaffDialog>
      )}
    </div>
  );
}
