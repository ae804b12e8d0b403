import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, Outlet, RouterProvider, useLocation } from 'react-router';
import { fakeSpeech, fakeVoice } from '../testing/fake-speech-synthesis';
import { setSpeechService, speak } from './speech';
import { useStopSoundOnNavigation } from './stop-sound-on-navigation';

afterEach(() => setSpeechService(null));

function Layout() {
  useStopSoundOnNavigation(useLocation().pathname);
  return <Outlet />;
}

describe('sound and navigation', () => {
  it('stops speech when the screen changes, not on re-render', async () => {
    const { synth, service } = fakeSpeech([fakeVoice('Sara', 'da-DK')]);
    setSpeechService(service);
    const router = createMemoryRouter(
      [
        {
          element: <Layout />,
          children: [
            { path: '/a', element: <p>A</p> },
            { path: '/b', element: <p>B</p> },
          ],
        },
      ],
      { initialEntries: ['/a'] },
    );
    render(<RouterProvider router={router} />);
    speak('Punkt 1. Velkommen.', 'da');
    synth.start();
    const cancelsBefore = synth.cancel.mock.calls.length;
    await act(() => router.navigate('/a?x=1'));
    expect(service.speaking).toBe(true);
    await act(() => router.navigate('/b'));
    expect(service.speaking).toBe(false);
    expect(synth.cancel.mock.calls.length).toBeGreaterThan(cancelsBefore);
  });
});
