// A visual timer per item: a coloured disc that shrinks as the planned time is used, like the
// "time timer" many residents know. No numbers needed; screen readers hear "about 3 minutes
// left". Staff start and pause it. Each state has its own shape, never colour alone: before it
// starts an empty grey outline with a play triangle (a full coloured disc read as "time is
// running"), running the coloured disc, paused the disc with pause bars, time up an empty red
// ring with a bell; staff also see a short caption. Kept in sessionStorage per meeting and item, so a reload
// carries on where it was (a running timer keeps running while the page reloads).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../domain/agenda-item';
import { useSessionState } from './session-state';
import {
  discPath,
  minutesLeft,
  parseTimerState,
  pauseTimer,
  remainingFraction,
  startTimer,
  stoppedTimer,
  timerLook,
  timerPhase,
  type TimerState,
} from './timer-math';
import './item-timer.css';

const size = 120;
const radius = 54;

export function ItemTimer({ meetingId, item }: { meetingId: string; item: AgendaItem }) {
  const { t } = useTranslation('meeting-support');
  const parse = useCallback((raw: unknown) => parseTimerState(raw), []);
  const [state, setState] = useSessionState<TimerState>(`raadet.timer.${meetingId}.${item.id}`, stoppedTimer, parse);
  const [now, setNow] = useState(() => Date.now());
  const running = state.runningSince !== null;

  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(Date.now());
    tick();
    const handle = setInterval(tick, 1000);
    return () => clearInterval(handle);
  }, [running]);

  // While paused the used time does not depend on the clock, so the last tick is enough.
  const clock = now;
  const fraction = remainingFraction(state, item.plannedMinutes, clock);
  const phase = timerPhase(state, item.plannedMinutes, clock);
  const look = timerLook(state, item.plannedMinutes, clock);
  const left = minutesLeft(state, item.plannedMinutes, clock);
  const description =
    look === 'not-started'
      ? t('timer.notStarted', { count: item.plannedMinutes })
      : look === 'over'
        ? t('timer.over')
        : look === 'paused'
          ? t('timer.paused', { count: left })
          : t('timer.left', { count: left });
  const caption = t(`timer.caption.${look}`);
  const c = size / 2;

  return (
    <div
      className={`item-timer item-timer--${phase} item-timer--look-${look}`}
      data-testid="item-timer"
      data-look={look}
      data-fraction={fraction.toFixed(3)}
    >
      <svg className="item-timer__disc" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={description}>
        <circle cx={c} cy={c} r={radius} className="item-timer__face" />
        {(look === 'running' || look === 'paused') && (
          <>
            <path d={discPath(fraction, radius, c, c)} className="item-timer__left" />
            <circle cx={c} cy={c} r="4" className="item-timer__centre" />
          </>
        )}
        {look === 'not-started' && (
          // Not started: a play triangle in an empty outline.
          <path d="M49 38 L85 60 L49 82 Z" className="item-timer__play" />
        )}
        {look === 'paused' && (
          // Paused: two bars on a white backing, over whatever is left of the disc.
          <g className="item-timer__pause">
            <circle cx={c} cy={c} r="26" className="item-timer__pause-back" />
            <rect x="47" y="46" width="9" height="28" rx="2" />
            <rect x="64" y="46" width="9" height="28" rx="2" />
          </g>
        )}
        {look === 'over' && (
          // Time is up: an empty ring with a bell, not only a colour.
          <g className="item-timer__bell">
            <path d="M60 30c-11 0-18 9-18 20v14l-7 9h50l-7-9V50c0-11-7-20-18-20z" />
            <circle cx="60" cy="82" r="6" />
          </g>
        )}
      </svg>
      <span className="item-timer__caption" aria-hidden="true">
        {caption}
      </span>
      <div className="item-timer__controls">
        {running ? (
          <button
            type="button"
            className="button item-timer__button"
            onClick={() => setState((s) => pauseTimer(s, Date.now()))}
          >
            {t('timer.pause')}
          </button>
        ) : (
          <button
            type="button"
            className="button item-timer__button"
            onClick={() => {
              setNow(Date.now());
              setState((s) => startTimer(s, Date.now()));
            }}
          >
            {state.usedMs > 0 ? t('timer.resume') : t('timer.start')}
          </button>
        )}
        {(state.usedMs > 0 || running) && (
          <button
            type="button"
            className="button button--quiet item-timer__button"
            onClick={() => setState(stoppedTimer)}
          >
            {t('timer.reset')}
          </button>
        )}
      </div>
    </div>
  );
}
