import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { startUpdateChecks } from './register-service-worker';
import { sessionRunsSomewhere } from './session-running';

interface UpdatePromptProps {
  /** While true, no banner is shown and no reload happens; both wait until the session ends. */
  sessionRunning: boolean;
}

const offlineNoticeMs = 12_000;
const reloadFallbackMs = 8_000;

interface Registered {
  swUrl: string;
  registration: ServiceWorkerRegistration;
}

/**
 * Registers the service worker and tells the user about it politely:
 * - "Der er en ny version af Rådet" with "Opdatér nu" / "Senere" when a new version waits,
 *   but never while a meeting, an election or an evaluation is open (the new version then
 *   waits until it is over), and not taken while one is open in another tab either;
 * - a one-time "Rådet virker nu også uden internet" once the app is cached for offline use.
 * Render it once, high in the tree, and pass whether a meeting is running.
 */
export function UpdatePrompt({ sessionRunning }: UpdatePromptProps) {
  const { t } = useTranslation('pwa');
  const sessionRunningRef = useRef(sessionRunning);
  const [registered, setRegistered] = useState<Registered | null>(null);
  // Another tab accepted the update and the new worker took over this page too. We reload only
  // when no session is running here; otherwise we wait and ask after it.
  const [reloadPending, setReloadPending] = useState(false);
  const [updating, setUpdating] = useState(false);
  // "Opdatér nu" was tapped while another tab holds a meeting, an election or an evaluation.
  const [waitingForOtherTab, setWaitingForOtherTab] = useState(false);

  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(swUrl, registration) {
      if (registration) setRegistered({ swUrl, registration });
    },
    onNeedReload() {
      if (sessionRunningRef.current) setReloadPending(true);
      else window.location.reload();
    },
    onRegisterError(error: unknown) {
      console.warn('Rådet: service worker registration failed', error);
    },
  });

  useEffect(() => {
    sessionRunningRef.current = sessionRunning;
  }, [sessionRunning]);

  // Look for a new version every hour while the app is visible.
  useEffect(() => {
    if (!registered) return;
    return startUpdateChecks(registered.swUrl, registered.registration);
  }, [registered]);

  const showUpdate = (needRefresh || reloadPending) && !sessionRunning;
  const showOfflineReady = offlineReady && !sessionRunning && !showUpdate;

  // The offline notice is informational: it closes by itself after a while.
  useEffect(() => {
    if (!showOfflineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), offlineNoticeMs);
    return () => clearTimeout(timer);
  }, [showOfflineReady, setOfflineReady]);

  // If the new worker never takes control (e.g. it was replaced meanwhile), reload anyway.
  useEffect(() => {
    if (!updating) return;
    const timer = setTimeout(() => window.location.reload(), reloadFallbackMs);
    return () => clearTimeout(timer);
  }, [updating]);

  async function updateNow() {
    if (reloadPending) {
      window.location.reload();
      return;
    }
    // The new version would take over every tab, and the other tab's ballot would lose its code.
    if (await sessionRunsSomewhere()) {
      setWaitingForOtherTab(true);
      return;
    }
    setWaitingForOtherTab(false);
    setUpdating(true);
    void updateServiceWorker(true);
  }

  function later() {
    setNeedRefresh(false);
    setReloadPending(false);
    setWaitingForOtherTab(false);
  }

  return (
    <div role="status" className="update-prompt" style={regionStyle}>
      {showUpdate ? (
        <div style={bannerStyle} data-testid="update-prompt">
          <p style={messageStyle}>
            {updating ? t('update.updating') : waitingForOtherTab ? t('update.waitForOtherTab') : t('update.message')}
          </p>
          <div style={actionsStyle}>
            <button type="button" style={primaryButtonStyle} onClick={() => void updateNow()} disabled={updating}>
              {t('update.now')}
            </button>
            <button type="button" style={secondaryButtonStyle} onClick={later} disabled={updating}>
              {t('update.later')}
            </button>
          </div>
        </div>
      ) : null}
      {showOfflineReady ? (
        <div style={bannerStyle} data-testid="offline-ready">
          <p style={messageStyle}>{t('offlineReady.message')}</p>
          <div style={actionsStyle}>
            <button type="button" style={secondaryButtonStyle} onClick={() => setOfflineReady(false)}>
              {t('offlineReady.close')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

// Inline styles keep this component self-contained; colours come from the design tokens in
// src/ui/styles.css with fallbacks. Text on the dark banner has a contrast ratio above 12:1.
const regionStyle: CSSProperties = {
  position: 'fixed',
  insetInline: 0,
  bottom: 0,
  zIndex: 1000,
  display: 'flex',
  justifyContent: 'center',
  padding: '0 1rem calc(1rem + env(safe-area-inset-bottom, 0px))',
  pointerEvents: 'none',
};

const bannerStyle: CSSProperties = {
  pointerEvents: 'auto',
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: '0.75rem 1.25rem',
  maxWidth: '44rem',
  padding: '0.875rem 1.25rem',
  borderRadius: 'var(--radius, 16px)',
  background: 'var(--ink, #1b1f24)',
  color: 'var(--paper, #fbfaf7)',
  boxShadow: '0 6px 24px rgb(0 0 0 / 0.25)',
  fontSize: '1.125rem',
};

const messageStyle: CSSProperties = { margin: 0, flex: '1 1 14rem' };

const actionsStyle: CSSProperties = { display: 'flex', gap: '0.75rem', flexWrap: 'wrap' };

const buttonBase: CSSProperties = {
  minHeight: 'var(--staff-target, 44px)',
  minWidth: 'var(--staff-target, 44px)',
  padding: '0.5rem 1.25rem',
  borderRadius: '999px',
  font: 'inherit',
  fontWeight: 700,
  cursor: 'pointer',
};

const primaryButtonStyle: CSSProperties = {
  ...buttonBase,
  border: '2px solid var(--paper, #fbfaf7)',
  background: 'var(--paper, #fbfaf7)',
  color: 'var(--ink, #1b1f24)',
};

const secondaryButtonStyle: CSSProperties = {
  ...buttonBase,
  border: '2px solid var(--paper, #fbfaf7)',
  background: 'transparent',
  color: 'var(--paper, #fbfaf7)',
};
