// The full-screen signal after "Pause", "Jeg forstår ikke" or "Stop": everyone in the room
// sees it (big picture, big words, its own colour and shape) until staff dismiss it.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PictureView } from '../../ui/picture-view';
import { SpeakButton } from '../../ui/speak-button';

export const signalKinds = ['pause', 'dont-understand', 'stop'] as const;
export type SignalKind = (typeof signalKinds)[number];

export function parseSignal(raw: unknown): SignalKind | null | undefined {
  if (raw === null) return null;
  return signalKinds.find((kind) => kind === raw);
}

export function SupportSignal({ kind, onDismiss }: { kind: SignalKind; onDismiss: () => void }) {
  const { t } = useTranslation('meeting-support');
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const node = panel.current;
    const opener = document.activeElement as HTMLElement | null;
    node?.querySelector<HTMLElement>('h2')?.focus();
    // Keep Tab inside the signal: the meeting behind waits.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || !node) return;
      const buttons = Array.from(node.querySelectorAll<HTMLElement>('button'));
      const first = buttons[0];
      const last = buttons.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && (document.activeElement === first || document.activeElement === node.querySelector('h2'))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };
    node?.addEventListener('keydown', onKeyDown);
    return () => {
      node?.removeEventListener('keydown', onKeyDown);
      opener?.focus?.();
    };
  }, []);

  const title = t(`signal.${kind}.title`);
  const body = t(`signal.${kind}.body`);
  return (
    <div
      ref={panel}
      className={`support-signal support-signal--${kind}`}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
    >
      <div className="support-signal__content">
        <PictureView
          picture={{ type: 'pictogram', id: kind }}
          size={240}
          decorative
          className="support-signal__picture"
        />
        <h2 id={titleId} tabIndex={-1} className="support-signal__title">
          {title}
        </h2>
        <p className="support-signal__body">{body}</p>
        <div className="support-signal__actions">
          <SpeakButton text={`${title}. ${body}`} label={t('signal.listen')} />
          <button type="button" className="button button--primary support-signal__dismiss" onClick={onDismiss}>
            {t('signal.dismiss')}
          </button>
        </div>
      </div>
    </div>
  );
}
