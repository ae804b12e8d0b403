import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface StaffDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wide dialogs (attendance, decision form) use most of the screen. */
  wide?: boolean;
}

const focusable =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal panel over the meeting screen. The screen behind is made inert by its owner;
 * focus moves in on open, stays inside (Tab wraps), and returns to the opener on close.
 */
export function StaffDialog({ title, onClose, children, wide = false }: StaffDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const node = panel.current;
    const opener = document.activeElement as HTMLElement | null;
    node?.querySelector<HTMLElement>('h2')?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onCloseRef.current();
        return;
      }
      if (event.key !== 'Tab' || !node) return;
      const nodes = Array.from(node.querySelectorAll<HTMLElement>(focusable));
      const first = nodes[0];
      const last = nodes[nodes.length - 1];
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

  return (
    <div className="meeting-dialog__backdrop">
      <div
        ref={panel}
        className={`meeting-dialog${wide ? ' meeting-dialog--wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
      >
        <div className="meeting-dialog__header">
          <h2 id={titleId} tabIndex={-1}>
            {title}
          </h2>
          <button type="button" className="button meeting-dialog__close" onClick={onClose}>
            <span aria-hidden="true">✕</span> {t('actions.close')}
          </button>
        </div>
        <div className="meeting-dialog__body">{children}</div>
      </div>
    </div>
  );
}
