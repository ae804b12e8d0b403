// A visual timer per item: a coloured disc that shrinks as the planned time is used, like the
// "time timer" many residents know. No numbers needed; screen readers hear "about 3 minutes
// left". Staff start and pause it. Kept in sessionStorage per meeting and item, so a reload
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
  const left = minutesLeft(state, item.plannedMinutes, clock);
  const description =
    phase === 'not-started'
      ? t('timer.notStarted', { count: item.plannedMinutes })
      : phase === 'over'
        ? t('timer.over')
        : t('timer.left', { count: left });

  return (
    <div className={`item-timer item-timer--${phase}`} data-testid="item-timer" data-fraction={fraction.toFixed(3)}>
      <svg className="item-timer__disc" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={description}>
        <circle cx={size / 2} cy={size / 2} r={radius} className="item-timer__face" />
        {phase !== 'over' && <path d={discPath(fraction, radius, size / 2, size / 2)} className="item-timer__left" />}
        {phase === 'over' && (
          // Time is up: a bell shape, not only a colour.
          <g className="item-timer__bell" aria-hidden="true">
            <path d="M60 30c-11 0-18 9-18 20v14l-7 9h50l-7-9V50c0-11-7-20-18-20z" />
            <circle cx="60" cy="82" r="6" />
          </g>
        )}
        <circle cx={size / 2} cy={size / 2} r="4" className="item-timer__centre" />
      </svg>
      <div className="item-timer__controls">
        {running ? (
          <button type="button" className="button item-timer__button" onClick={() => setState((s) => pauseTimer(s, Date.now()))}>
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
          <button type="button" className="button button--quiet item-timer__button" onClick={() => setState(stoppedTimer)}>
            {t('timer.reset')}
          </button>
        )}
      </div>
    </div>
  );
}
