import type { FollowUpStatus } from '../../domain/decision';

/**
 * A distinct shape per follow-up status, so it reads without colour: an empty ring (not
 * started), a half-filled ring (in progress), a ring with a tick (done), a ring struck through (dropped).
 */
export function FollowUpSymbol({ status, size = 32 }: { status: FollowUpStatus; size?: number }) {
  return (
    <svg
      className={`follow-up-symbol follow-up-symbol--${status}`}
      viewBox="0 0 32 32"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="16" cy="16" r="13" fill="#fff" stroke="currentColor" strokeWidth="3" />
      {status === 'in-progress' && <path d="M16 3a13 13 0 0 1 0 26z" fill="currentColor" />}
      {status === 'done' && (
        <>
          <circle cx="16" cy="16" r="13" fill="currentColor" />
          <path
            d="M9 16.5l4.5 4.5 9.5-10"
            fill="none"
            stroke="#fff"
            strokeWidth="3.5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </>
      )}
      {status === 'dropped' && (
        <path d="M7 7l18 18M25 7L7 25" stroke="currentColor" strokeWidth="3.5" strokeLinecap="round" />
      )}
    </svg>
  );
}
