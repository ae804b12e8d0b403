// Staff record their own voice for a text (an agenda item, a decision, a vote option, a
// member's name). The recording always wins over the synthetic voice wherever the text is
// read aloud.
//
// - Format: the first of AAC-in-MP4, MP4, Opus-in-WebM, Opus-in-Ogg the device can record
//   (recording-format.ts explains which family plays what), at 24 kbit/s: a 10-second note is
//   about 30 KB.
// - At most 60 seconds, with a countdown and a live level meter (AnalyserNode), so staff see
//   that the microphone hears them (use-recording-session.ts, level-meter.ts).
// - Silence trim: the file is decoded once (decodeAudioData), the first and last moments of
//   sound are found, and that window is stored with the recording; playback starts and stops
//   there. We do not re-encode: re-recording the trimmed buffer through a
//   MediaStreamDestination takes as long as the recording itself and costs a second lossy
//   pass, and WebCodecs' AudioEncoder is missing on the iPads councils use. Seeking inside a
//   MediaRecorder file works in Chromium and Safari (checked with the e2e test).
//   (analyse-take.ts)
// - Stored through RecordingStoreContext (the media table, by content hash, with its mime
//   type), never as base64 inside a record.
//
// This file is the form control only: what staff see and tap in each state.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { canPlayRecording, formatName } from './recording-format';
import { maxRecordingSeconds, useRecordingSession } from './use-recording-session';
import { usePreviewPlayback } from './use-preview-playback';
import { useRecording } from './use-recording';
import { useStoredRecordingSize } from './use-stored-recording-size';
import './voice-recorder.css';

interface VoiceRecorderProps {
  /** The stored recording's media hash, if there is one. */
  value?: string | undefined;
  onChange: (hash: string | undefined) => void;
  /** What is being recorded, e.g. "Indtal punktet". Defaults to "Din egen stemme". */
  label?: string;
  /** The text staff should read, shown as a reminder while recording. */
  script?: string;
}

export function VoiceRecorder({ value, onChange, label, script }: VoiceRecorderProps) {
  const { t } = useTranslation('voice');
  const stored = useRecording(value);
  const { bytes: storedBytes, remember } = useStoredRecordingSize(value);
  const { state, problem, remaining, announcement, meterRef, start, stop, use, discard, announce, reportProblem } =
    useRecordingSession((hash, bytes) => {
      remember(hash, bytes);
      onChange(hash);
    });
  const preview = usePreviewPlayback(() => reportProblem('failed'));
  const legendId = useId();
  const statusId = useId();

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
            <button
              type="button"
              className="button"
              aria-pressed={preview.previewing}
              onClick={() => preview.toggle(state.take)}
            >
              {preview.previewing ? t('recorder.stopPlaying') : t('recorder.play')}
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
                preview.stop();
                discard();
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
              aria-pressed={preview.previewing}
              disabled={!stored}
              onClick={() => stored && preview.toggle(stored)}
            >
              {preview.previewing ? t('recorder.stopPlaying') : t('recorder.play')}
            </button>
            <button type="button" className="button" onClick={() => void start()}>
              {t('recorder.again')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                preview.stop();
                onChange(undefined);
                announce(t('recorder.removed'));
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
            {storedBytes !== undefined ? ` ${t('recorder.size', { kb: kb(storedBytes) })}` : ''}
            {stored ? ` ${t('recorder.format', { format: formatName(stored.mime) })}` : ''}
          </p>
        )}
        {state.kind === 'idle' && !value && <p className="voice-recorder__status">{t('recorder.none')}</p>}
        {(state.kind === 'review' || state.kind === 'saving') && (
          <p className="voice-recorder__status">
            {t('recorder.take', {
              seconds: Math.max(1, Math.round(state.take.seconds)),
              kb: kb(state.take.bytes.byteLength),
            })}
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
