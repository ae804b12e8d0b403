// The faces of a smiley scale, drawn in the same style as our pictograms (72×72, dark
// 2-unit outline, OpenMoji yellow). Saddest to happiest: the mouth curves from down to up,
// so the faces differ in shape, not only in colour.
import type { SmileyLevel } from '../../domain/vote';

const mouths: Record<SmileyLevel, string> = {
  'very-sad': 'M24 52c6-10 18-10 24 0',
  sad: 'M26 50c5-5 15-5 20 0',
  neutral: 'M26 48h20',
  happy: 'M26 45c5 5 15 5 20 0',
  'very-happy': 'M22 42c4 14 24 14 28 0z',
};

export function SmileyFace({ level, size = 96 }: { level: SmileyLevel; size?: number }) {
  const sad = level === 'very-sad' || level === 'sad';
  return (
    <svg className="smiley-face" width={size} height={size} viewBox="0 0 72 72" aria-hidden="true" focusable="false">
      <circle cx="36" cy="36" r="26" fill="#FCEA2B" stroke="#000" strokeWidth="2" />
      <circle cx="28" cy="30" r="3" fill="#000" />
      <circle cx="44" cy="30" r="3" fill="#000" />
      {level === 'very-sad' && <path d="M22 24l8 -3M50 24l-8 -3" stroke="#000" strokeWidth="2" strokeLinecap="round" />}
      <path
        d={mouths[level]}
        fill={level === 'very-happy' ? '#fff' : 'none'}
        stroke="#000"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      {sad && level === 'very-sad' && (
        <path d="M49 36c0 4 -4 4 -4 0l2 -5z" fill="#92D3F5" stroke="#000" strokeWidth="1.5" />
      )}
    </svg>
  );
}
