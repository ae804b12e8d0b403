// Meeting support for residents, on the shared tablet and shown to all: big cards anyone can
// tap. "Jeg vil gerne sige noget" opens the speaking queue; "Pause", "Jeg forstår ikke" and
// "Stop" put a full-screen signal up until staff dismiss it; "Gentag" reads the item again.
// Every card is read aloud. The queue and a raised signal survive a reload (sessionStorage).
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../domain/member';
import { PictogramButton } from '../../ui/pictogram-button';
import type { PlayableRecording } from '../../ui/recording-player';
import { say } from '../../ui/say';
import { useSessionState } from './session-state';
import { knownOnly, parseQueue } from './speaking-queue-state';
import { QueuePreview, SpeakingQueueDialog } from './speaking-queue';
import { parseSignal, SupportSignal, type SignalKind } from './support-signal';
import './support-cards.css';

interface MeetingSupportProps {
  meetingId: string;
  /** What "Gentag" reads: the current item, as meeting mode says it. */
  itemSpeech: string;
  itemRecording: PlayableRecording | undefined;
  members: readonly Member[];
  presentIds: ReadonlySet<string>;
}

export function MeetingSupport({ meetingId, itemSpeech, itemRecording, members, presentIds }: MeetingSupportProps) {
  const { t, i18n } = useTranslation('meeting-support');
  const parseQueueState = useCallback((raw: unknown) => parseQueue(raw), []);
  const parseSignalState = useCallback((raw: unknown) => parseSignal(raw), []);
  const [storedQueue, setQueue] = useSessionState<string[]>(`raadet.queue.${meetingId}`, emptyQueue, parseQueueState);
  const [signal, setSignal] = useSessionState<SignalKind | null>(`raadet.signal.${meetingId}`, null, parseSignalState);
  const [queueOpen, setQueueOpen] = useState(false);

  const memberIds = new Set(members.map((m) => m.id));
  const queue = knownOnly(storedQueue, memberIds);
  const byId = new Map(members.map((m) => [m.id, m]));
  const waiting = queue.map((id) => byId.get(id)).filter((m): m is Member => m !== undefined);
  // Before attendance is taken, everyone on the council may ask for the word.
  const candidates = presentIds.size > 0 ? members.filter((m) => presentIds.has(m.id)) : members;

  const signalSpeech = (kind: SignalKind) => `${t(`signal.${kind}.title`)}. ${t(`signal.${kind}.body`)}`;

  return (
    <>
      <section className="support-strip" aria-labelledby="support-strip-heading">
        <h2 id="support-strip-heading" className="visually-hidden">
          {t('heading')}
        </h2>
        <ul className="support-strip__cards">
          <li className="support-strip__my-turn">
            <PictogramButton
              picture={{ type: 'pictogram', id: 'my-turn' }}
              label={t('card.myTurn')}
              speech={t('card.myTurnSpeech')}
              pictureSize={56}
              className="support-card support-card--my-turn"
              aria-haspopup="dialog"
              onClick={() => setQueueOpen(true)}
            />
            <QueuePreview members={waiting} />
          </li>
          <li>
            <PictogramButton
              picture={{ type: 'pictogram', id: 'pause' }}
              label={t('card.pause')}
              speech={signalSpeech('pause')}
              pictureSize={56}
              className="support-card support-card--pause"
              onClick={() => setSignal('pause')}
            />
          </li>
          <li>
            <PictogramButton
              picture={{ type: 'pictogram', id: 'dont-understand' }}
              label={t('card.dontUnderstand')}
              speech={signalSpeech('dont-understand')}
              pictureSize={56}
              className="support-card support-card--dont-understand"
              onClick={() => setSignal('dont-understand')}
            />
          </li>
          <li>
            <PictogramButton
              picture={{ type: 'pictogram', id: 'repeat' }}
              label={t('card.repeat')}
              speakOnTap={false}
              pictureSize={56}
              className="support-card support-card--repeat"
              onClick={() => say({ text: itemSpeech, recording: itemRecording }, i18n.language)}
            />
          </li>
          <li>
            <PictogramButton
              picture={{ type: 'pictogram', id: 'stop' }}
              label={t('card.stop')}
              speech={signalSpeech('stop')}
              pictureSize={56}
              className="support-card support-card--stop"
              onClick={() => setSignal('stop')}
            />
          </li>
        </ul>
      </section>

      {queueOpen && (
        <SpeakingQueueDialog
          candidates={candidates}
          queue={queue}
          onChange={setQueue}
          onClose={() => setQueueOpen(false)}
        />
      )}
      {signal && <SupportSignal kind={signal} onDismiss={() => setSignal(null)} />}
    </>
  );
}

const emptyQueue: string[] = [];
