import { test as base } from '@playwright/test';
import { installFakeVoices } from './fake-voice';

export { expect } from '@playwright/test';

/** Playwright's test, on a tablet that has a Danish voice (see fake-voice.ts). */
export const test = base.extend<{ voices: void }>({
  voices: [
    async ({ context }, use) => {
      await installFakeVoices(context);
      await use();
    },
    { auto: true },
  ],
});
