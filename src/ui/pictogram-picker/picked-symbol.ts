import type { PictureLabel } from '../../domain/picture';
import type { UsedSymbol } from '../../domain/pictogram-usage';
import type { SymbolEntry } from './symbol-index';

/** What the picker hands back: enough to store the symbol and name it without the catalogue. */
export interface PickedSymbol extends UsedSymbol {
  source: 'core' | 'openmoji';
}

function capitalise(text: string, lang: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** OpenMoji names are lower case ("fødselsdagskage"); tiles and stored labels start with a capital. */
export function displayLabel(labels: PictureLabel): PictureLabel {
  return { da: capitalise(labels.da, 'da'), en: capitalise(labels.en, 'en') };
}

export function pickedFromEntry(entry: SymbolEntry): PickedSymbol {
  return { pictogramId: entry.id, label: displayLabel(entry.labels), source: entry.source };
}

export function pickedFromUsage(symbol: UsedSymbol): PickedSymbol {
  return {
    pictogramId: symbol.pictogramId,
    label: symbol.label,
    ...(symbol.hash ? { hash: symbol.hash } : {}),
    source: symbol.pictogramId.startsWith('om-') ? 'openmoji' : 'core',
  };
}
