// Taking a photo inside the app, where the browser lets us use the camera (getUserMedia):
// a live picture and one big "Take photo" button. Elsewhere the picture field falls back to
// the file input with `capture`, which opens the tablet's own camera app.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../ui/use-modal-dialog';

/** The camera facing away (things, places) or towards staff and residents (a portrait). */
export type CameraFacing = 'environment' | 'user';

interface Props {
  open: boolean;
  facing: CameraFacing;
  onCapture: (photo: Blob) => void;
  onClose: () => void;
  /** When the camera cannot be used: offer the file picker instead. */
  onUseFile: () => void;
}

export function canUseCamera(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

export function CameraDialog({ open, facing, onCapture, onClose, onUseFile }: Props) {
  const ref = useModalDialog(open, onClose);
  const titleId = useId();
  return (
    <dialog ref={ref} className="modal-dialog camera-dialog" aria-labelledby={titleId}>
      {open && (
        <CameraView titleId={titleId} facing={facing} onCapture={onCapture} onClose={onClose} onUseFile={onUseFile} />
      )}
    </dialog>
  );
}

type CameraState = 'starting' | 'live' | 'failed';

function CameraView({ titleId, facing, onCapture, onClose, onUseFile }: Omit<Props, 'open'> & { titleId: string }) {
  const { t } = useTranslation('picture-field');
  const videoRef = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>('starting');
  const [taking, setTaking] = useState(false);

  useEffect(() => {
    let stream: MediaStream | undefined;
    let stopped = false;
    navigator.mediaDevices
      .getUserMedia({
        video: { facingMode: { ideal: facing }, width: { ideal: 1920 }, height: { ideal: 1440 } },
        audio: false,
      })
      .then(async (s) => {
        stream = s;
        if (stopped) return s.getTracks().forEach((track) => track.stop());
        const video = videoRef.current;
        if (!video) return;
        video.srcObject = s;
        await video.play();
        if (!stopped) setState('live');
      })
      .catch(() => {
        if (!stopped) setState('failed');
      });
    // The camera light must go off as soon as the view closes.
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [facing]);

  async function take() {
    const video = videoRef.current;
    if (!video || video.videoWidth === 0) return;
    setTaking(true);
    try {
      const canvas = document.createElement('canvas');
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      canvas.getContext('2d')?.drawImage(video, 0, 0);
      // High quality here: the photo is cropped and compressed afterwards.
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
      if (blob) onCapture(blob);
      else setState('failed');
    } finally {
      setTaking(false);
    }
  }

  return (
    <div className="camera-dialog__inner">
      <h2 id={titleId} tabIndex={-1} data-autofocus>
        {t('camera.title')}
      </h2>
      <div className="camera-dialog__video">
        {/* A live camera picture has no sound and nothing to caption. */}
        <video ref={videoRef} playsInline muted aria-label={t('camera.videoLabel')} />
      </div>
      <p role="status" className="camera-dialog__status">
        {state === 'starting' ? t('camera.starting') : state === 'failed' ? t('camera.failed') : ''}
      </p>
      <div className="button-row">
        {state !== 'failed' ? (
          <button
            type="button"
            className="button button--primary camera-dialog__take"
            disabled={state !== 'live' || taking}
            onClick={() => void take()}
          >
            {t('camera.take')}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={onUseFile}>
            {t('camera.useFile')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('actions.cancel', { ns: 'common' })}
        </button>
      </div>
    </div>
  );
}
