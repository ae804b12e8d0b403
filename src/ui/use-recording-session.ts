// The recorder's state machine: idle → starting → recording → processing → review → saving →
// idle, with the microphone, the MediaRecorder, the countdown and the level meter held for the
// time of one take and released on every way out (stop, failure, the form closing).
// At most `maxRecordingSeconds`, at 24 kbit/s in the first format the device can record.
import { useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyseTake } from './analyse-take';
import { startLevelMeter, type LevelMeter } from './level-meter';
import { recordingBitsPerSecond, supportedRecordingMime } from './recording-format';
import { stopAllSound, type TrimWindow } from './recording-player';
import { RecordingStoreContext } from './recording-store-context';

export const maxRecordingSeconds = 60;

export type Take = {
  bytes: ArrayBuffer;
  mime: string;
  url: string;
  trim: TrimWindow | undefined;
  seconds: number;
  silent: boolean;
};

export type RecorderState =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'recording'; startedAt: number }
  | { kind: 'processing' }
  | { kind: 'review'; take: Take }
  | { kind: 'saving'; take: Take };

export type RecorderProblem = 'denied' | 'no-mic' | 'unsupported' | 'failed' | 'save-failed';

interface Session {
  stream: MediaStream;
  recorder: MediaRecorder;
  meter: LevelMeter | undefined;
  timer: ReturnType<typeof setInterval> | undefined;
  chunks: Blob[];
}

/** `onSaved` receives the media hash of a take staff chose to use, with its size in bytes. */
export function useRecordingSession(onSaved: (hash: string, bytes: number) => void) {
  const { t } = useTranslation('voice');
  const store = useContext(RecordingStoreContext);
  const [state, setState] = useState<RecorderState>({ kind: 'idle' });
  const [problem, setProblem] = useState<RecorderProblem | null>(null);
  const [remaining, setRemaining] = useState(maxRecordingSeconds);
  const [announcement, setAnnouncement] = useState('');
  const session = useRef<Session | null>(null);
  const meterRef = useRef<HTMLSpanElement>(null);

  const takeUrl = state.kind === 'review' || state.kind === 'saving' ? state.take.url : undefined;
  useEffect(
    () => () => {
      if (takeUrl) URL.revokeObjectURL(takeUrl);
    },
    [takeUrl],
  );

  // Release the microphone if the form closes mid-recording.
  useEffect(() => () => teardown(), []);

  function teardown() {
    const s = session.current;
    session.current = null;
    if (!s) return;
    s.meter?.stop();
    if (s.timer) clearInterval(s.timer);
    for (const track of s.stream.getTracks()) track.stop();
  }

  async function start() {
    setProblem(null);
    stopAllSound();
    const mime = supportedRecordingMime();
    if (!mime || !navigator.mediaDevices?.getUserMedia) {
      setProblem('unsupported');
      return;
    }
    setState({ kind: 'starting' });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true, channelCount: 1 },
      });
    } catch (error) {
      const name = (error as DOMException | undefined)?.name;
      setProblem(
        name === 'NotAllowedError' || name === 'SecurityError'
          ? 'denied'
          : name === 'NotFoundError'
            ? 'no-mic'
            : 'failed',
      );
      setState({ kind: 'idle' });
      return;
    }
    let recorder: MediaRecorder;
    try {
      recorder = new MediaRecorder(stream, { mimeType: mime, audioBitsPerSecond: recordingBitsPerSecond });
    } catch {
      for (const track of stream.getTracks()) track.stop();
      setProblem('unsupported');
      setState({ kind: 'idle' });
      return;
    }
    const s: Session = { stream, recorder, meter: undefined, timer: undefined, chunks: [] };
    session.current = s;
    s.meter = startLevelMeter(stream, () => meterRef.current);

    recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) s.chunks.push(event.data);
    });
    recorder.addEventListener('stop', () => void finish(s, recorder.mimeType || mime));
    const startedAt = performance.now();
    recorder.start();
    setRemaining(maxRecordingSeconds);
    setState({ kind: 'recording', startedAt });
    setAnnouncement(t('recorder.recordingStarted', { seconds: maxRecordingSeconds }));
    s.timer = setInterval(() => {
      const left = Math.max(0, maxRecordingSeconds - Math.floor((performance.now() - startedAt) / 1000));
      setRemaining(left);
      if (left === 10) setAnnouncement(t('recorder.tenLeft'));
      if (left <= 0) stop();
    }, 250);
  }

  function stop() {
    const s = session.current;
    if (!s || s.recorder.state === 'inactive') return;
    setState({ kind: 'processing' });
    s.recorder.stop();
  }

  async function finish(s: Session, mime: string) {
    teardown();
    const blob = new Blob(s.chunks, { type: mime });
    if (blob.size === 0) {
      setProblem('failed');
      setState({ kind: 'idle' });
      return;
    }
    const bytes = await blob.arrayBuffer();
    const analysed = await analyseTake(bytes);
    const take: Take = {
      bytes,
      mime,
      url: URL.createObjectURL(blob),
      trim: analysed?.trim,
      seconds: analysed?.seconds ?? 0,
      silent: analysed?.silent ?? false,
    };
    setState({ kind: 'review', take });
    setAnnouncement(t('recorder.reviewHint'));
  }

  async function use(take: Take) {
    setState({ kind: 'saving', take });
    try {
      const hash = await store.save(take.bytes, take.mime, take.trim);
      onSaved(hash, take.bytes.byteLength);
      setState({ kind: 'idle' });
      setAnnouncement(t('recorder.saved'));
    } catch {
      setProblem('save-failed');
      setState({ kind: 'review', take });
    }
  }

  function discard() {
    setState({ kind: 'idle' });
    setAnnouncement(t('recorder.discarded'));
  }

  return {
    state,
    problem,
    remaining,
    announcement,
    meterRef,
    start,
    stop,
    use,
    discard,
    announce: setAnnouncement,
    reportProblem: setProblem,
  };
}
