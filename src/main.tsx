import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Providers } from './app/providers';
import { router } from './app/router';
import { startSync } from './app/start-sync';
import { initI18n } from './i18n/i18n';
// The readable font the styles name (Atkinson Hyperlegible, SIL Open Font License 1.1), shipped
// with the app so it works offline; credited under Settings → Om Rådet.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/styles.css';
import { applyContrast } from './ui/contrast-setting';

// Rendering waits for the chosen language (Danish is already in the bundle).
// Before the first paint, so a high-contrast tablet never flashes the standard colours.
applyContrast();

void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
  startSync();
});
