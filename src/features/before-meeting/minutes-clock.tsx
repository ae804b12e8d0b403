// Planned time as clock faces, filled like a "time timer": a full face is one hour, a
// quarter-filled face is 15 minutes. Residents who cannot read numbers can still compare
// a long item with a short one. Decorative: the words beside it say the same.
const size = 44;
const r = 18;
const c = size / 2;

function sector(fraction: number): string {
  if (fraction >= 1) return '';
  const angle = fraction * 2 * Math.PI;
  const x = c + r * Math.sin(angle);
  const y = c - r * Math.cos(angle);
  const large = fraction > 0.5 ? 1 : 0;
  return `M ${c} ${c} L ${c} ${c - r} A ${r} ${r} 0 ${large} 1 ${x.toFixed(2)} ${y.toFixed(2)} Z`;
}

export function MinutesClock({ minutes }: { minutes: number }) {
  const hours = Math.max(1, Math.ceil(minutes / 60));
  const faces = Array.from({ length: Math.min(hours, 4) }, (_, i) => Math.min(1, (minutes - i * 60) / 60));
  return (
    <span className="minutes-clock" aria-hidden="true">
      {faces.map((fraction, i) => (
        <svg key={i} viewBox={`0 0 ${size} ${size}`} width={size} height={size} focusable="false">
          <circle cx={c} cy={c} r={r + 2} fill="#ffffff" stroke="currentColor" strokeWidth="2.5" />
          {fraction >= 1 ? (
            <circle cx={c} cy={c} r={r} className="minutes-clock__fill" />
          ) : (
            <path d={sector(fraction)} className="minutes-clock__fill" />
          )}
          <circle cx={c} cy={c} r="2" fill="currentColor" />
        </svg>
      ))}
    </span>
  );
}
