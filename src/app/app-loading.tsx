// What the app shows while a screen's code arrives on the first load (the router's
// HydrateFallback): a calm, spoken "Henter …" rather than a blank page.
import { useTranslation } from 'react-i18next';

export function AppLoading() {
  const { t } = useTranslation();
  return (
    <main id="main" className="app-loading-page">
      <p role="status" className="app-loading">
        {t('loading')}
      </p>
    </main>
  );
}
