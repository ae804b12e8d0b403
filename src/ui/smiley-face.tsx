// A smiley from sad to happy, drawn in the pictogram style (72×72, 2-unit outline, OpenMoji
// palette). The mouth and brows carry the meaning; the colour only supports it.

interface SmileyFaceProps {
  /** -1 (sad) … 0 (neutral) … 1 (happy); 3- and 5-step scales use -1, -0.5, 0, 0.5, 1. */
  mood: number;
  size?: number;
  /** The accessible name; without it the face is decorative (the label is written beside it). */
  label?: string;
}

const fills: [number, string][] = [
  [-1, '#EA5A47'],
  [-0.5, '#F4AA41'],
  [0, '#FCEA2B'],
  [0.5, '#B1CC33'],
  [1, '#5C9E31'],
];

export function smileyFill(mood: number): string {
  return fills.reduce((best, entry) => (Math.abs(entry[0] - mood) < Math.abs(best[0] - mood) ? entry : best))[1];
}

export function SmileyFace({ mood, size = 72, label }: SmileyFaceProps) {
  const curve = 14 * mood;
  const a11y = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true as const };
  return (
    <svg viewBox="0 0 72 72" width={size} height={size} focusable="false" className="smiley-face" {...a11y}>
      <g stroke="#000" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <circle cx="36" cy="36" r="30" fill={smileyFill(mood)} />
        <circle cx="26" cy="30" r="3.5" fill="#000" />
        <circle cx="46" cy="30" r="3.5" fill="#000" />
        {mood <= -0.75 && (
          <>
            <path d="M19 22l10-4M53 22l-10-4" fill="none" strokeWidth="3" />
          </>
        )}
        {mood >= 0.75 ? (
          // Big open smile.
          <path d="M21 42c4 14 26 14 30 0z" fill="#fff" strokeWidth="3" />
        ) : (
          <path d={`M23 ${48 - curve / 2} Q36 ${48 + curve} 49 ${48 - curve / 2}`} fill="none" strokeWidth="3.5" />
        )}
      </g>
    </svg>
  );
}
