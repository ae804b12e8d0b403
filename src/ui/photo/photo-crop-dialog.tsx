// The crop step after a photo is taken or chosen: a frame over the photo that staff drag to
// move and pull at its corner to resize, with buttons to zoom and move for keyboard and
// switch users, and a choice of square or 4:3. Shared by every photo the app takes (agenda
// items, members), so all photos get the same step.
import { useId, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  cropAspects,
  initialFrame,
  moveFrame,
  reshapeFrame,
  resizeFrame,
  zoomFrame,
  type CropAspect,
  type Frame,
  type Size,
} from './crop-geometry';
import { useModalDialog } from '../use-modal-dialog';
import './photo-crop-dialog.css';

interface Props {
  /** The photo to crop (an object URL); null keeps the dialog closed. */
  source: string | null;
  busy: boolean;
  onDone: (frame: Frame) => void;
  onCancel: () => void;
}

export function PhotoCropDialog({ source, busy, onDone, onCancel }: Props) {
  const ref = useModalDialog(source !== null, () => {
    if (!busy) onCancel();
  });
  const titleId = useId();
  return (
    <dialog ref={ref} className="modal-dialog photo-crop" aria-labelledby={titleId}>
      {source && (
        <CropEditor key={source} source={source} titleId={titleId} busy={busy} onDone={onDone} onCancel={onCancel} />
      )}
    </dialog>
  );
}

interface Drag {
  pointerId: number;
  mode: 'move' | 'resize';
  startX: number;
  startY: number;
  start: Frame;
  /** Photo pixels per screen pixel. */
  scale: number;
}

function CropEditor({
  source,
  titleId,
  busy,
  onDone,
  onCancel,
}: Omit<Props, 'source'> & { source: string; titleId: string }) {
  const { t } = useTranslation();
  const [size, setSize] = useState<Size | null>(null);
  const [aspectName, setAspectName] = useState<CropAspect>('square');
  const [frame, setFrame] = useState<Frame | null>(null);
  const [failed, setFailed] = useState(false);
  const stageRef = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const aspect = cropAspects[aspectName];
  const hintId = useId();

  const change = (next: (f: Frame, s: Size) => Frame) => {
    if (frame && size) setFrame(next(frame, size));
  };
  const step = size ? Math.max(size.width, size.height) * 0.05 : 0;

  function startDrag(event: ReactPointerEvent<HTMLElement>, mode: Drag['mode']) {
    if (!frame || !size || !stageRef.current) return;
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const shown = stageRef.current.getBoundingClientRect().width || size.width;
    drag.current = {
      pointerId: event.pointerId,
      mode,
      startX: event.clientX,
      startY: event.clientY,
      start: frame,
      scale: size.width / shown,
    };
  }

  function onPointerMove(event: ReactPointerEvent<HTMLElement>) {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId || !size) return;
    const dx = (event.clientX - d.startX) * d.scale;
    const dy = (event.clientY - d.startY) * d.scale;
    setFrame(d.mode === 'move' ? moveFrame(d.start, dx, dy, size, aspect) : resizeFrame(d.start, dx, dy, size, aspect));
  }

  function endDrag(event: ReactPointerEvent<HTMLElement>) {
    if (drag.current?.pointerId === event.pointerId) drag.current = null;
  }

  const percent = (value: number, of: number) => `${(value / of) * 100}%`;

  return (
    <div className="photo-crop__inner">
      <h2 id={titleId} tabIndex={-1} data-autofocus>
        {t('photoCrop.title')}
      </h2>
      <p id={hintId} className="photo-crop__hint">
        {t('photoCrop.hint')}
      </p>
      <div className="photo-crop__stage-wrap">
        <div ref={stageRef} className="photo-crop__stage">
          <img
            src={source}
            alt={t('photoCrop.photoAlt')}
            draggable={false}
            onLoad={(e) => {
              const image = { width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight };
              setSize(image);
              setFrame(initialFrame(image, aspect));
            }}
            onError={() => setFailed(true)}
          />
          {frame && size && (
            <div
              className="photo-crop__frame"
              data-testid="crop-frame"
              style={{
                left: percent(frame.x, size.width),
                top: percent(frame.y, size.height),
                width: percent(frame.width, size.width),
                height: percent(frame.height, size.height),
              }}
              onPointerDown={(e) => startDrag(e, 'move')}
              onPointerMove={onPointerMove}
              onPointerUp={endDrag}
              onPointerCancel={endDrag}
            >
              <span
                className="photo-crop__handle"
                aria-hidden="true"
                onPointerDown={(e) => startDrag(e, 'resize')}
                onPointerMove={onPointerMove}
                onPointerUp={endDrag}
                onPointerCancel={endDrag}
              />
            </div>
          )}
        </div>
      </div>
      {failed && (
        <p className="notice notice--error" role="alert">
          {t('photoCrop.failed')}
        </p>
      )}

      <div className="photo-crop__tools">
        <fieldset className="photo-crop__aspect">
          <legend>{t('photoCrop.shape')}</legend>
          {(Object.keys(cropAspects) as CropAspect[]).map((name) => (
            <label key={name} className="photo-crop__choice">
              <input
                type="radio"
                name="crop-aspect"
                checked={aspectName === name}
                onChange={() => {
                  setAspectName(name);
                  if (frame && size) setFrame(reshapeFrame(frame, cropAspects[name], size));
                }}
              />
              {t(`photoCrop.aspect.${name}`)}
            </label>
          ))}
        </fieldset>
        <div className="photo-crop__buttons" role="group" aria-label={t('photoCrop.zoomGroup')}>
          <button
            type="button"
            className="button"
            disabled={!frame}
            onClick={() => change((f, s) => zoomFrame(f, 1.25, s, aspect))}
          >
            <span aria-hidden="true">+ </span>
            {t('photoCrop.zoomIn')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!frame}
            onClick={() => change((f, s) => zoomFrame(f, 0.8, s, aspect))}
          >
            <span aria-hidden="true">− </span>
            {t('photoCrop.zoomOut')}
          </button>
        </div>
        <div className="photo-crop__arrows" role="group" aria-label={t('photoCrop.moveGroup')}>
          {(
            [
              ['up', 0, -1, '↑'],
              ['left', -1, 0, '←'],
              ['right', 1, 0, '→'],
              ['down', 0, 1, '↓'],
            ] as const
          ).map(([name, x, y, arrow]) => (
            <button
              key={name}
              type="button"
              className={`button photo-crop__arrow photo-crop__arrow--${name}`}
              aria-label={t(`photoCrop.move.${name}`)}
              title={t(`photoCrop.move.${name}`)}
              disabled={!frame}
              onClick={() => change((f, s) => moveFrame(f, x * step, y * step, s, aspect))}
            >
              <span aria-hidden="true">{arrow}</span>
            </button>
          ))}
        </div>
      </div>

      <div className="button-row photo-crop__actions">
        <button
          type="button"
          className="button button--primary"
          aria-describedby={hintId}
          disabled={!frame || busy}
          onClick={() => frame && onDone(frame)}
        >
          {busy ? t('photoCrop.working') : t('photoCrop.done')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </div>
  );
}
