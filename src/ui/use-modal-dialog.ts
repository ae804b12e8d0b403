import { useEffect, useRef } from 'react';

/**
 * The one modal mechanism: a <dialog> opened with showModal() while `open` is true (or while it
 * is mounted, for dialogs that only exist when open). The browser makes the page behind inert
 * and keeps Tab inside; the element marked data-autofocus gets focus; on close, focus goes back
 * to where it was. Escape (and Android's Back) calls onCancel.
 *
 * onCancel is wired here with a native listener, not React's onCancel prop: React passes a
 * dialog's cancel event on to every dialog above it in the component tree, so Escape in a
 * symbol picker opened from a staff dialog would close both.
 *
 * jsdom has no showModal: there the open attribute is set instead.
 */
export function useModalDialog(open: boolean, onCancel: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCancelRef = useRef(onCancel);
  const openRef = useRef(open);
  useEffect(() => {
    onCancelRef.current = onCancel;
    openRef.current = open;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const cancel = (event: Event) => {
      event.preventDefault();
      onCancelRef.current();
    };
    // Chrome closes a dialog without asking when Escape or Back come twice with no tap in
    // between; the screen must then learn that it is closed.
    const closed = () => {
      if (openRef.current && !dialog.open) onCancelRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      dialog.removeEventListener('close', closed);
    };
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      // Only when focus was still in the dialog (or lost with it): an action that moved focus
      // on purpose keeps it there.
      const active = document.activeElement;
      if (opener?.isConnected && (!active || active === document.body || dialog.contains(active))) opener.focus();
    };
  }, [open]);
  return ref;
}
