// Renders a screen the way the app does: providers, i18n and a router at the given path.
import { render as rtlRender } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Providers } from '../app/providers';
import { initI18n, type Language } from '../i18n/i18n';
import { RaadetDatabase, setDatabase } from '../storage/database';

export function freshDatabase(): RaadetDatabase {
  const db = new RaadetDatabase(`test-${crypto.randomUUID()}`);
  setDatabase(db);
  return db;
}

interface RenderOptions {
  /** The route pattern the element is mounted at, as the router does: e.g. `routes.meetingDuring`. */
  path?: string;
  /** The URL to open, e.g. `paths.meetingDuring(id)`. */
  url?: string;
  language?: Language;
  /** Extra routes, e.g. to assert where a link or redirect leads. */
  extraRoutes?: { path: string; element: ReactElement }[];
}

export function renderScreen(element: ReactElement, options: RenderOptions = {}) {
  const { path = '/', url = '/', language = 'da', extraRoutes = [] } = options;
  initI18n(language);
  const router = createMemoryRouter([{ path, element }, ...extraRoutes], { initialEntries: [url] });
  const result = rtlRender(
    <Providers>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, router };
}
