// A delete (or other irreversible action) that asks first, in place: the trigger button turns
// into a short question with "yes" and "cancel". Works without a modal, so it is easy to use
// on a phone and with a screen reader, and focus lands on the question.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBusyAction } from './use-busy-action';
import './inline-confirm.css';

interface InlineConfirmProps {
  /** The button that starts it, e.g. "Slet". */
  triggerLabel: string;
  /** A fuller accessible name for the trigger, e.g. "Slet Brugerrådet". */
  triggerAccessibleName?: string;
  /** The question, e.g. "Vil du slette Brugerrådet? Det kan ikke fortrydes." */
  question: string;
  /** The trigger's look; a red "danger" button unless the action is not destructive. */
  triggerClassName?: string;
  /** The confirming button, e.g. "Ja, slet". */
  confirmLabel: string;
  /** Awaited before the question closes; a rejection is shown by the caller. */
  onConfirm: () => Promise<void>;
}

export function InlineConfirm({
  triggerLabel,
  triggerAccessibleName,
  triggerClassName = 'button button--danger',
  question,
  confirmLabel,
  onConfirm,
}: InlineConfirmProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { busy, run } = useBusyAction();
  const questionId = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (open) questionRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [open]);

  if (!open) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className={triggerClassName}
        aria-label={triggerAccessibleName}
        onClick={() => setOpen(true)}
      >
        {triggerLabel}
      </button>
    );
  }

  return (
    <div className="inline-confirm notice notice--warning" role="group" aria-labelledby={questionId}>
      <p id={questionId} ref={questionRef} tabIndex={-1} className="inline-confirm__question">
        {question}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              try {
                await onConfirm();
              } finally {
                setOpen(false);
              }
            })
          }
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            returnFocus.current = true;
            setOpen(false);
          }}
        >
          {t('actions.cancel')}
        </button>
      </div>
    </div>
  );
}
