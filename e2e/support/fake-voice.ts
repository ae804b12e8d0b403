import type { BrowserContext, Page } from '@playwright/test';

/**
 * Gives the browser a Danish and an English voice. Headless Chromium has none, so every
 * "read aloud" would end in the app's no-voice banner above the page; the tablets
 * in use have a voice. Each text that is "spoken" is kept in window.__spoken for assertions.
 */
export async function installFakeVoices(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    type Handler = ((event: unknown) => void) | null;
    const voices = [
      { voiceURI: 'e2e-da', name: 'Test (dansk)', lang: 'da-DK', localService: true, default: true },
      { voiceURI: 'e2e-en', name: 'Test (English)', lang: 'en-GB', localService: true, default: false },
    ];
    const spoken: string[] = [];
    class FakeUtterance {
      lang = '';
      voice: unknown = null;
      rate = 1;
      pitch = 1;
      volume = 1;
      onstart: Handler = null;
      onend: Handler = null;
      onerror: Handler = null;
      onboundary: Handler = null;
      constructor(public text = '') {}
    }
    let current: { utterance: FakeUtterance; timers: ReturnType<typeof setTimeout>[] } | null = null;
    const synth = {
      speaking: false,
      pending: false,
      paused: false,
      getVoices: () => voices,
      speak(utterance: FakeUtterance) {
        spoken.push(utterance.text);
        const timers = [
          setTimeout(() => {
            synth.speaking = true;
            utterance.onstart?.({ type: 'start' });
          }, 5),
          setTimeout(() => {
            synth.speaking = false;
            current = null;
            utterance.onend?.({ type: 'end' });
          }, 60),
        ];
        current = { utterance, timers };
      },
      cancel() {
        if (!current) return;
        const { utterance, timers } = current;
        current = null;
        timers.forEach(clearTimeout);
        synth.speaking = false;
        utterance.onerror?.({ type: 'error', error: 'canceled' });
      },
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      configurable: true,
      writable: true,
      value: FakeUtterance,
    });
    Object.defineProperty(window, '__spoken', { configurable: true, get: () => spoken });
  });
}

/** The texts read aloud so far on this page. */
export async function spokenTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __spoken?: string[] }).__spoken ?? []);
}
