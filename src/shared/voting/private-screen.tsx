// The full-screen layer the voter's private steps are shown in (secret-ballot-flow.tsx says
// why it is a layer of its own and not a <dialog> modal).
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * The voter's private screen covers the whole tablet: nothing of the meeting (agenda, staff
 * buttons, a live count) is visible or reachable while someone votes. Everything behind it is
 * hidden and inert until the voter is done and the tablet is handed on; the staff get their
 * controls back from the hand-over screen ("Næste person" → "Hvem stemmer nu?").
 */
export function PrivateScreen({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const others = Array.from(document.body.children).filter((el) => el !== ref.current && !el.hasAttribute('inert'));
    for (const el of others) {
      el.setAttribute('inert', '');
      // Hidden, not only covered: a staff button behind the voter's screen must not exist for
      // them at all (voting.css: [data-ballot-hidden]).
      el.setAttribute('data-ballot-hidden', '');
    }
    return () => {
      for (const el of others) {
        el.removeAttribute('inert');
        el.removeAttribute('data-ballot-hidden');
      }
    };
  }, []);
  return createPortal(
    <div ref={ref} className="ballot-screen" role="dialog" aria-modal="true" aria-labelledby="ballot-flow-heading">
      <div className="ballot-screen__inner">{children}</div>
    </div>,
    document.body,
  );
}
