// The full-screen signal after "Pause", "Jeg forstår ikke" or "Stop": everyone in the room
// sees it (big picture, big words, its own colour and shape) until staff dismiss it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PictureView } from '../../ui/picture-view';
import { SpeakButton } from '../../ui/speak-button';
import { useModalDialog } from '../../ui/use-modal-dialog';

export const signalKinds = ['pause', 'dont-understand', 'stop'] as const;
export type SignalKind = (typeof signalKinds)[number];

export function parseSignal(raw: unknown): SignalKind | null | undefined {
  if (raw === null) return null;
  return signalKinds.find((kind) => kind === raw);
}

/**
 * A modal <dialog> (use-modal-dialog) that fills the screen: the meeting behind waits (inert),
 * focus goes to the words, and dismissing it (the button, or Escape for staff at a keyboard)
 * gives focus back to the card that raised it.
 */
export function SupportSignal({ kind, onDismiss }: { kind: SignalKind; onDismiss: () => void }) {
  const { t } = useTranslation('meeting-support');
  const titleId = useId();
  const ref = useModalDialog(true, onDismiss);

  const title = t(`signal.${kind}.title`);
  const body = t(`signal.${kind}.body`);
  return (
    <dialog ref={ref} className={`support-signal support-signal--${kind}`} role="alertdialog" aria-labelledby={titleId}>
      <div className="support-signal__content">
        <PictureView
          picture={{ type: 'pictogram', id: kind }}
          size={240}
          decorative
          className="support-signal__picture"
        />
        <h2 id={titleId} tabIndex={-1} className="support-signal__title" data-autofocus>
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
    </dialog>
  );
}
