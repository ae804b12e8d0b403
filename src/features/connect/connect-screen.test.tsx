import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderScreen } from '../../testing/render';
import { paths, routes } from '../../ui/paths';
import { ConnectScreen } from './connect-screen';
import { connectLink } from './enrolment-qr';

afterEach(cleanup);

describe('connect screen', () => {
  it('is where the QR code leads, with the code filled in and gone from the address', async () => {
    freshDatabase();
    const link = new URL(connectLink('ABCD-EFGH'));
    expect(link.origin).toBe(window.location.origin);
    const { router } = renderScreen(<ConnectScreen />, { path: routes.connect, url: link.pathname + link.hash });
    expect(await screen.findByLabelText('Kode', { exact: false })).toHaveValue('ABCD-EFGH');
    await waitFor(() => expect(router.state.location.hash).toBe(''));
    expect(router.state.location.pathname).toBe(paths.connect());
  });
});
