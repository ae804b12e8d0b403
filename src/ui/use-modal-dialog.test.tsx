import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderScreen } from '../testing/render';
import { StaffDialog } from './staff-dialog';
import { useModalDialog } from './use-modal-dialog';

function Inner({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open, onClose);
  return (
    <dialog ref={ref} aria-label="Indre">
      <button type="button" data-autofocus onClick={onClose}>
        Færdig
      </button>
    </dialog>
  );
}

function Harness() {
  const [outer, setOuter] = useState(false);
  const [inner, setInner] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOuter(true)}>
        Åbn
      </button>
      {outer && (
        <StaffDialog title="Ydre" onClose={() => setOuter(false)}>
          <button type="button" onClick={() => setInner(true)}>
            Vælg
          </button>
          <Inner open={inner} onClose={() => setInner(false)} />
        </StaffDialog>
      )}
    </>
  );
}

const escape = (dialog: HTMLElement) => fireEvent(dialog, new Event('cancel', { cancelable: true }));

afterEach(cleanup);

describe('useModalDialog', () => {
  it('moves focus in on open and back to the opener when a mounted dialog closes', async () => {
    const user = userEvent.setup();
    renderScreen(<Harness />);
    const opener = screen.getByRole('button', { name: 'Åbn' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Ydre' });
    expect(within(dialog).getByRole('heading', { name: 'Ydre' })).toHaveFocus();

    escape(dialog);
    expect(screen.queryByRole('dialog', { name: 'Ydre' })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('closes only the dialog on top when Escape is pressed in a dialog opened from another', async () => {
    const user = userEvent.setup();
    renderScreen(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Åbn' }));
    const choose = screen.getByRole('button', { name: 'Vælg' });
    await user.click(choose);
    expect(screen.getByRole('button', { name: 'Færdig' })).toHaveFocus();

    escape(screen.getByRole('dialog', { name: 'Indre' }));
    expect(screen.queryByRole('dialog', { name: 'Indre' })).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Ydre' })).toBeInTheDocument();
    expect(choose).toHaveFocus();
  });
});
