// Staff record their own voice for a text (an agenda item, a decision, a vote option, a
// member's name). The recording always wins over the synthetic voice wherever the text is
// read aloud.
//
// - Format: the first of AAC-in-MP4, MP4, Opus-in-WebM, Opus-in-Ogg the device can record
//   (recording-format.ts explains which family plays what), at 24 kbit/s: a 10-second note is
//   about 30 KB.
// - At most 60 seconds, with a countdown and a live level meter (AnalyserNode), so staff see
//   that the microphone hears them.
// - Silence trim: the file is decoded once (decodeAudioData), the first and last moments of
//   sound are found, and that window is stored with the recording; playback starts and stops
//   there. We do not re-encode: re-recording the trimmed buffer through a
//   MediaStreamDestination takes as long as the recording itself and costs a second lossy
//   pass, and WebCodecs' AudioEncoder is missing on the iPads councils use. Seeking inside a
//   MediaRecorder file works in Chromium and Safari (checked with the e2e test).
// - Stored through RecordingStoreContext (the media table, by content hash, with its mime
//   type), never as base64 inside a record.
import { useContext, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canPlayRecording, formatName, recordingBitsPerSecond, supportedRecordingMime } from './recording-format';
import { playRecording, stopAllSound, type TrimWindow } from './recording-player';
import { RecordingStoreContext } from './recording-store-context';
import { findSpeechWindow, worthTrimming } from './silence-trim';
import { useRecording } from './use-recording';
import './voice-recorder.css';

export const maxRecordingSeconds = 60;

interface VoiceRecorderProps {
  /** The stored recording's media hash, if there is one. */
  value?: string | undefined;
  onChange: (hash: string | undefined) => void;
  /** What is being recorded, e.g. "Indtal punktet". Defaults to "Din egen stemme". */
  label?: string;
  /** The text staff should read, shown as a reminder while recording. */
  script?: string;
}

type Take = { bytes: ArrayBuffer; mime: string; url: string; trim: TrimWindow | undefined; seconds: number; silent: boolean };

type State =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'recording'; startedAt: number }
  | { kind: 'processing' }
  | { kind: 'review'; take: Take }
  | { kind: 'saving'; take: Take };

type Problem = 'denied' | 'no-mic' | 'unsupported' | 'failed' | 'save-failed';

interface Session {
  stream: MediaStream;
  recorder: MediaRecorder;
  context: AudioContext | undefined;
  frame: number;
  timer: ReturnType<typeof setInterval> | undefined;
  chunks: Blob[];
}

function audioContextClass(): typeof AudioContext | undefined {
  const w = globalThis as unknown as { AudioContext?: typeof AudioContext; webkitAudioContext?: typeof AudioContext };
  return w.AudioContext ?? w.webkitAudioContext;
}

async function analyse(bytes: ArrayBuffer): Promise<{ trim: TrimWindow | undefined; seconds: number; silent: boolean } | undefined> {
  const Context = audioContextClass();
  if (!Context) return undefined;
  const context = new Context();
  try {
    // decodeAudioData detaches the buffer it is given: hand it a copy.
    const buffer = await context.decodeAudioData(bytes.slice(0));
    const result = findSpeechWindow(buffer.getChannelData(0), buffer.sampleRate);
    return {
      trim: worthTrimming(result) ? { start: result.start, end: result.end } : undefined,
      seconds: result.silent ? result.duration : result.end - result.start,
      silent: result.silent,
    };
  } catch {
    return undefined;
  } finally {
    void context.close().catch(() => undefined);
  }
}

export function VoiceRecorder({ value, onChange, label, script }: VoiceRecorderProps) {
  const { t } = useTranslation('voice');
  const store = useContext(RecordingStoreContext);
  const stored = useRecording(value);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [remaining, setRemaining] = useState(maxRecordingSeconds);
  const [storedSize, setStoredSize] = useState<{ hash: string; bytes: number } | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const [previewing, setPreviewing] = useState(false);
  const session = useRef<Session | null>(null);
  const meterRef = useRef<HTMLSpanElement>(null);
  const stopPreview = useRef<(() => void) | null>(null);
  const legendId = useId();
  const statusId = useId();

  const takeUrl = state.kind === 'review' || state.kind === 'saving' ? state.take.url : undefined;
  useEffect(() => () => {
    if (takeUrl) URL.revokeObjectURL(takeUrl);
  }, [takeUrl]);

  // Release the microphone if the form closes mid-recording.
  useEffect(() => () => teardown(), []);

  useEffect(() => {
    if (!value) return;
    let cancelled = false;
    void store.size(value).then((bytes) => {
      if (!cancelled && bytes !== undefined) setStoredSize({ hash: value, bytes });
    });
    return () => {
      cancelled = true;
    };
  }, [store, value]);

  function teardown() {
    const s = session.current;
    session.current = null;
    if (!s) return;
    cancelAnimationFrame(s.frame);
    if (s.timer) clearInterval(s.timer);
    for (const track of s.stream.getTracks()) track.stop();
    void s.context?.close().catch(() => undefined);
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
      setProblem(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : name === 'NotFoundError' ? 'no-mic' : 'failed');
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
    const s: Session = { stream, recorder, context: undefined, frame: 0, timer: undefined, chunks: [] };
    session.current = s;

    // Live level meter: RMS of the microphone signal, drawn straight into the bar's width.
    const Context = audioContextClass();
    if (Context) {
      try {
        const context = new Context();
        const analyser = context.createAnalyser();
        analyser.fftSize = 1024;
        context.createMediaStreamSource(stream).connect(analyser);
        const data = new Float32Array(analyser.fftSize);
        s.context = context;
        const draw = () => {
          analyser.getFloatTimeDomainData(data);
          let sum = 0;
          for (const sample of data) sum += sample * sample;
          const level = Math.min(1, Math.sqrt(Math.sqrt(sum / data.length)) * 1.6);
          if (meterRef.current) meterRef.current.style.transform = `scaleX(${level.toFixed(3)})`;
          s.frame = requestAnimationFrame(draw);
        };
        s.frame = requestAnimationFrame(draw);
      } catch {
        // No meter on this device; recording still works.
      }
    }

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
    const analysed = await analyse(bytes);
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

  function preview(recording: { url: string; mime: string; trim?: TrimWindow | undefined }) {
    if (previewing && stopPreview.current) {
      stopPreview.current();
      return;
    }
    setPreviewing(true);
    stopPreview.current = playRecording(recording, {
      onEnd: () => {
        setPreviewing(false);
        stopPreview.current = null;
      },
      onFail: () => setProblem('failed'),
    });
  }

  async function use(take: Take) {
    setState({ kind: 'saving', take });
    try {
      const hash = await store.save(take.bytes, take.mime, take.trim);
      setStoredSize({ hash, bytes: take.bytes.byteLength });
      onChange(hash);
      setState({ kind: 'idle' });
      setAnnouncement(t('recorder.saved'));
    } catch {
      setProblem('save-failed');
      setState({ kind: 'review', take });
    }
  }

  const cannotPlay = stored && canPlayRecording(stored.mime) === 'no';
  const kb = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

  return (
    <fieldset className="voice-recorder" aria-labelledby={legendId} aria-describedby={statusId}>
      <legend id={legendId} className="voice-recorder__legend">
        {label ?? t('recorder.legend')}
      </legend>
      <p className="voice-recorder__hint">{t('recorder.hint', { seconds: maxRecordingSeconds })}</p>

      {state.kind === 'recording' && (
        <div className="voice-recorder__live">
          {script && <p className="voice-recorder__script">{script}</p>}
          <div className="voice-recorder__meter" aria-hidden="true">
            <span ref={meterRef} className="voice-recorder__meter-fill" />
          </div>
          <p className="voice-recorder__countdown">
            <span className="voice-recorder__dot" aria-hidden="true" />
            {t('recorder.remaining', { count: remaining })}
          </p>
        </div>
      )}

      <div className="voice-recorder__row">
        {state.kind === 'idle' && !value && (
          <button type="button" className="button voice-recorder__record" onClick={() => void start()}>
            <span className="voice-recorder__dot" aria-hidden="true" /> {t('recorder.start')}
          </button>
        )}
        {state.kind === 'starting' && (
          <button type="button" className="button voice-recorder__record" disabled>
            {t('recorder.starting')}
          </button>
        )}
        {state.kind === 'recording' && (
          <button type="button" className="button button--primary voice-recorder__stop" onClick={stop}>
            <span className="voice-recorder__square" aria-hidden="true" /> {t('recorder.stop')}
          </button>
        )}
        {state.kind === 'processing' && <p className="voice-recorder__status">{t('recorder.processing')}</p>}

        {(state.kind === 'review' || state.kind === 'saving') && (
          <>
            <button type="button" className="button" aria-pressed={previewing} onClick={() => preview(state.take)}>
              {previewing ? t('recorder.stopPlaying') : t('recorder.play')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={state.kind === 'saving'}
              onClick={() => void use(state.take)}
            >
              {t('recorder.use')}
            </button>
            <button type="button" className="button" disabled={state.kind === 'saving'} onClick={() => void start()}>
              {t('recorder.again')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={state.kind === 'saving'}
              onClick={() => {
                stopPreview.current?.();
                setState({ kind: 'idle' });
                setAnnouncement(t('recorder.discarded'));
              }}
            >
              {t('recorder.delete')}
            </button>
          </>
        )}

        {state.kind === 'idle' && value && (
          <>
            <button
              type="button"
              className="button"
              aria-pressed={previewing}
              disabled={!stored}
              onClick={() => stored && preview(stored)}
            >
              {previewing ? t('recorder.stopPlaying') : t('recorder.play')}
            </button>
            <button type="button" className="button" onClick={() => void start()}>
              {t('recorder.again')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                stopPreview.current?.();
                onChange(undefined);
                setAnnouncement(t('recorder.removed'));
              }}
            >
              {t('recorder.delete')}
            </button>
          </>
        )}
      </div>

      <div id={statusId}>
        {state.kind === 'idle' && value && (
          <p className="voice-recorder__status">
            {stored?.trim
              ? t('recorder.hasRecordingSeconds', {
                  seconds: Math.max(1, Math.round(stored.trim.end - stored.trim.start)),
                })
              : t('recorder.hasRecording')}
            {storedSize?.hash === value ? ` ${t('recorder.size', { kb: kb(storedSize.bytes) })}` : ''}
            {stored ? ` ${t('recorder.format', { format: formatName(stored.mime) })}` : ''}
          </p>
        )}
        {state.kind === 'idle' && !value && <p className="voice-recorder__status">{t('recorder.none')}</p>}
        {(state.kind === 'review' || state.kind === 'saving') && (
          <p className="voice-recorder__status">
            {t('recorder.take', { seconds: Math.max(1, Math.round(state.take.seconds)), kb: kb(state.take.bytes.byteLength) })}
          </p>
        )}
      </div>

      {(state.kind === 'review' || state.kind === 'saving') && state.take.silent && (
        <p className="notice notice--warning">{t('recorder.silent')}</p>
      )}
      {cannotPlay && state.kind === 'idle' && stored && (
        <p className="notice notice--warning">{t('recorder.cannotPlay', { format: formatName(stored.mime) })}</p>
      )}
      {problem && (
        <p className="notice notice--error" role="alert">
          {t(`recorder.problem.${problem}`)}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
