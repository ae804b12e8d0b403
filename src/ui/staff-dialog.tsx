import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from './use-modal-dialog';
import './staff-dialog.css';

interface StaffDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wide dialogs (attendance, decision form) use most of the screen. */
  wide?: boolean;
}

/**
 * A staff panel over the meeting screen, open for as long as it is mounted: a modal <dialog>
 * (use-modal-dialog), so the screen behind is inert, Escape closes it and focus goes back to
 * the button that opened it. The body scrolls inside the panel, so large text and a tablet
 * held either way keep the header and its close button in view.
 */
export function StaffDialog({ title, onClose, children, wide = false }: StaffDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useModalDialog(true, onClose);

  return (
    <dialog
      ref={ref}
      className={`modal-dialog meeting-dialog${wide ? ' meeting-dialog--wide' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="meeting-dialog__header">
        <h2 id={titleId} tabIndex={-1} data-autofocus>
          {title}
        </h2>
        <button type="button" className="button meeting-dialog__close" onClick={onClose}>
          <span aria-hidden="true">✕</span> {t('actions.close')}
        </button>
      </div>
      <div className="meeting-dialog__body">{children}</div>
    </dialog>
  );
}
