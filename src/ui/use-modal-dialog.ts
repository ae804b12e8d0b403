import { useEffect, useRef } from 'react';

/**
 * Opens and closes a <dialog> as a modal with `open`: the page behind becomes inert, Escape
 * calls onCancel (wire it to the dialog's cancel event), and focus goes back to where it was.
 * jsdom has no showModal: there the open attribute is set instead.
 */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      const target = returnFocus.current;
      if (
        target?.isConnected &&
        (document.activeElement === document.body || dialog.contains(document.activeElement))
      ) {
        target.focus();
      }
    }
  }, [open]);
  return ref;
}
