import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());
import { beforeAll } from 'vitest';
import { initI18n, loadLanguages } from '../i18n/i18n';

// Every language is loaded up front in tests, so screens can switch synchronously.
beforeAll(async () => {
  await initI18n('da');
  await loadLanguages(['da', 'en']);
});
import { configure } from '@testing-library/react';

// IndexedDB-backed screens settle in a few ticks; on a loaded 2-core CI machine that can take
// longer than Testing Library's default 1 s.
configure({ asyncUtilTimeout: 5000 });
