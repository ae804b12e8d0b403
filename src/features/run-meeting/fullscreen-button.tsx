import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Offers the browser's full screen where it exists; the layout fills the viewport anyway. */
export function FullscreenButton() {
  const { t } = useTranslation('run-meeting');
  const supported = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  const [active, setActive] = useState(() => typeof document !== 'undefined' && document.fullscreenElement !== null);

  useEffect(() => {
    if (!supported) return;
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [supported]);

  if (!supported) return null;
  return (
    <button
      type="button"
      className="button meeting-top__button"
      onClick={() => {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen().catch(() => undefined);
      }}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="meeting-top__icon">
        {active ? (
          <path d="M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5" />
        ) : (
          <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
        )}
      </svg>
      {active ? t('exitFullscreen') : t('fullscreen')}
    </button>
  );
}
