import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeSpeech, fakeVoice } from '../testing/fake-speech-synthesis';
import { initI18n } from '../i18n/i18n';
import { renderScreen } from '../testing/render';
import { NoVoiceNotice, noVoiceHeightProperty, resetNoVoiceNotice } from './no-voice-notice';
import { setSpeechService, speak } from './speech';

/** The banner above a screen, once its strings have loaded and it listens for speech. */
async function showNotice() {
  const i18n = await initI18n('da');
  await i18n.loadNamespaces('voice');
  renderScreen(
    <>
      <NoVoiceNotice />
      <main>
        <button type="button">Næste</button>
      </main>
    </>,
  );
  await screen.findByRole('main');
}

describe('NoVoiceNotice', () => {
  beforeEach(() => {
    sessionStorage.clear();
    // Only an English voice: Danish text cannot be read on this "device".
    setSpeechService(fakeSpeech([fakeVoice('Daniel', 'en-GB')]).service);
  });
  afterEach(() => {
    cleanup();
    setSpeechService(null);
    sessionStorage.clear();
  });

  it('tells staff in a slim status banner above the page when a text could not be read aloud', async () => {
    await showNotice();
    act(() => void speak('Velkommen', 'da'));

    const banner = await screen.findByRole('status');
    expect(banner).toHaveTextContent('Denne enhed har ingen dansk stemme, så teksten blev ikke læst op.');
    // Above the screen's content in the page, not laid over it.
    expect(banner.compareDocumentPosition(screen.getByRole('main')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(banner).toHaveClass('no-voice-notice');
    // The install steps are one tap away, not spread over the screen.
    expect(screen.getByText('Sådan får I en stemme')).toBeInTheDocument();
    expect(screen.getByText(/iPad: Åbn Indstillinger/).closest('details')).not.toHaveAttribute('open');
  });

  it('stays closed for the rest of the session once staff close it', async () => {
    const user = userEvent.setup();
    await showNotice();
    act(() => void speak('Velkommen', 'da'));
    await user.click(await screen.findByRole('button', { name: 'Luk beskeden om oplæsning' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(document.documentElement.style.getPropertyValue(noVoiceHeightProperty)).toBe('');

    act(() => void speak('Sommerturen', 'da'));
    act(() => void speak('Pause', 'da'));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('comes back on the next failure after staff open the voice settings', async () => {
    const user = userEvent.setup();
    await showNotice();
    act(() => void speak('Velkommen', 'da'));
    await user.click(await screen.findByRole('button', { name: 'Luk beskeden om oplæsning' }));

    resetNoVoiceNotice();
    act(() => void speak('Sommerturen', 'da'));
    expect(await screen.findByRole('status')).toBeInTheDocument();
  });

  it('goes away by itself when a voice starts after all', async () => {
    const { synth, service } = fakeSpeech([fakeVoice('Daniel', 'en-GB')]);
    setSpeechService(service);
    await showNotice();
    act(() => void speak('Velkommen', 'da'));
    expect(await screen.findByRole('status')).toBeInTheDocument();

    act(() => {
      speak('Hello', 'en');
      synth.start();
    });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
