// Which recording format to make, and whether this device can play a stored one.
//
// A recording made on one tablet must play on the others. What each family does:
// - AAC in MP4 ('audio/mp4;codecs=mp4a.40.2'): Safari/iPadOS records it natively and every
//   browser plays it (Safari, Chrome/Android, Firefox with the OS decoder). Best choice when
//   the device can record it.
// - 'audio/mp4' without codecs: Safari records AAC; Chrome 126+ records Opus in MP4
//   ('audio/mp4;codecs=opus'), which Chrome, Firefox and current Safari play, older iPads not.
// - Opus in WebM ('audio/webm;codecs=opus'): what Chrome and Firefox record everywhere; plays
//   in Chrome, Firefox, Android and Safari 15+ on macOS / iPadOS 17+, not on older iPads.
// - Opus in Ogg ('audio/ogg;codecs=opus'): Firefox; Safari plays it only from iPadOS 18.4.
// We always store the mime type the recorder really used (MediaRecorder.mimeType, with its
// codec), and `canPlayRecording` asks the playing device, so staff are told when a recording
// from another tablet cannot play here and the synthetic voice is used instead.

export const recordingMimePreference = [
  'audio/mp4;codecs=mp4a.40.2',
  'audio/mp4',
  'audio/webm;codecs=opus',
  'audio/ogg;codecs=opus',
] as const;

/** Low bitrate for speech: a 10-second note stays well under 40 KB. */
export const recordingBitsPerSecond = 24_000;

export function pickRecordingMime(isTypeSupported: (mime: string) => boolean): string | undefined {
  for (const mime of recordingMimePreference) {
    try {
      if (isTypeSupported(mime)) return mime;
    } catch {
      // Some engines throw on unknown strings; try the next one.
    }
  }
  return undefined;
}

/** The device's own recorder check, or nothing when MediaRecorder is missing. */
export function supportedRecordingMime(): string | undefined {
  if (typeof MediaRecorder === 'undefined' || typeof MediaRecorder.isTypeSupported !== 'function') return undefined;
  return pickRecordingMime((mime) => MediaRecorder.isTypeSupported(mime));
}

export type PlayabilityAnswer = 'yes' | 'no' | 'unknown';

/**
 * Whether this device can play a stored recording's format. `canPlayType` answers '' (no),
 * 'maybe' or 'probably'; 'maybe' is treated as yes, because that is what browsers say for a
 * container without codecs even when they play it fine.
 */
export function canPlayRecording(mime: string, probe?: (mime: string) => string): PlayabilityAnswer {
  let answer: string;
  try {
    if (probe) answer = probe(mime);
    else if (typeof Audio === 'undefined') return 'unknown';
    else answer = new Audio().canPlayType(mime);
  } catch {
    return 'unknown';
  }
  if (answer === 'probably' || answer === 'maybe') return 'yes';
  // jsdom and some embedded engines answer '' for everything: only trust a '' from an engine
  // that knows at least one common audio format.
  if (!probe && typeof Audio !== 'undefined') {
    const knowsAnything = ['audio/mpeg', 'audio/mp4', 'audio/wav'].some((m) => new Audio().canPlayType(m) !== '');
    if (!knowsAnything) return 'unknown';
  }
  return 'no';
}

/** The format family in plain words for staff, e.g. "AAC (MP4)". */
export function formatName(mime: string): string {
  const lower = mime.toLowerCase();
  const codec = lower.includes('opus')
    ? 'Opus'
    : lower.includes('mp4a') || lower.startsWith('audio/mp4') || lower.startsWith('audio/aac')
      ? 'AAC'
      : '';
  const container = lower.startsWith('audio/mp4')
    ? 'MP4'
    : lower.startsWith('audio/webm')
      ? 'WebM'
      : lower.startsWith('audio/ogg')
        ? 'Ogg'
        : lower.split(';')[0]!;
  if (lower.startsWith('audio/mp4') && lower.includes('opus')) return 'Opus (MP4)';
  return codec ? `${codec} (${container})` : container;
}
