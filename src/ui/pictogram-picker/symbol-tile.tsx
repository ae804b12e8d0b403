import { catalogueSvgUrl } from '../../domain/catalogue-schema';
import { useMediaUrl } from '../media-context';
import type { PickedSymbol } from './picked-symbol';

interface Props {
  symbol: PickedSymbol;
  lang: 'da' | 'en';
  selected: boolean;
  favourite: boolean | undefined;
  disabled: boolean;
  favouriteLabel: string;
  onPick: (symbol: PickedSymbol) => void;
  onToggleFavourite?: (symbol: PickedSymbol, favourite: boolean) => void;
}

/** One big tile: the drawing and its name; a star beside it (separate button) for favourites. */
export function SymbolTile({
  symbol,
  lang,
  selected,
  favourite,
  disabled,
  favouriteLabel,
  onPick,
  onToggleFavourite,
}: Props) {
  const stored = useMediaUrl(symbol.hash);
  const label = symbol.label[lang];
  return (
    <div className="symbol-tile">
      <button
        type="button"
        className="symbol-tile__pick"
        aria-pressed={selected}
        disabled={disabled}
        data-symbol-id={symbol.pictogramId}
        onClick={() => onPick(symbol)}
      >
        <img
          src={stored ?? catalogueSvgUrl(symbol.pictogramId)}
          alt=""
          width={64}
          height={64}
          loading="lazy"
          draggable={false}
        />
        <span className="symbol-tile__label">{label}</span>
      </button>
      {onToggleFavourite && (
        <button
          type="button"
          className="symbol-tile__star"
          aria-pressed={favourite === true}
          aria-label={favouriteLabel}
          title={favouriteLabel}
          onClick={() => onToggleFavourite(symbol, !favourite)}
        >
          <span aria-hidden="true">{favourite ? '★' : '☆'}</span>
        </button>
      )}
    </div>
  );
}
