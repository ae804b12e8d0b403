// A picked pictogram travels with the data: its SVG is fetched once (core from /pictograms/,
// OpenMoji from /catalogue/svg/) and kept in the media table, and the picture records the
// hash. A tablet that has never fetched the symbol, or has no network, shows the stored copy.
// Network work happens here, before and outside any IndexedDB transaction.
import { catalogueSvgUrl } from '../domain/catalogue-schema';
import type { PictogramPicture, Picture, PictureLabel } from '../domain/picture';
import { getMedia, putMedia } from './media-store';

export type SvgFetch = (url: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

export interface SymbolToStore {
  id: string;
  label?: PictureLabel;
  /** A copy stored earlier (a favourite, a recent pick): reused without the network. */
  hash?: string;
}

export class PictogramNotStoredError extends Error {
  constructor(
    readonly id: string,
    cause: unknown,
  ) {
    super(`Could not store pictogram ${id}: ${String(cause)}`);
    this.name = 'PictogramNotStoredError';
  }
}

const defaultFetch: SvgFetch = (url) => fetch(url);

function looksLikeSvg(bytes: ArrayBuffer): boolean {
  const head = new TextDecoder().decode(new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 512)));
  return /<svg[\s>]/i.test(head) || (/^\s*<\?xml/i.test(head) && bytes.byteLength > 0);
}

function picture(symbol: SymbolToStore, hash: string): PictogramPicture {
  return { type: 'pictogram', id: symbol.id, hash, ...(symbol.label ? { label: symbol.label } : {}) };
}

/** Stores the symbol's SVG and returns the picture to save; throws PictogramNotStoredError. */
export async function storePictogram(
  symbol: SymbolToStore,
  fetchSvg: SvgFetch = defaultFetch,
): Promise<PictogramPicture> {
  if (symbol.hash && (await getMedia(symbol.hash))) return picture(symbol, symbol.hash);
  let bytes: ArrayBuffer;
  try {
    const response = await fetchSvg(catalogueSvgUrl(symbol.id));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = await response.arrayBuffer();
    if (!looksLikeSvg(bytes)) throw new Error('not an SVG');
  } catch (error) {
    throw new PictogramNotStoredError(symbol.id, error);
  }
  return picture(symbol, await putMedia(bytes, 'image/svg+xml'));
}

/** A symbol the picker handed back: which one, its name, a stored copy, and where it is from. */
export interface PickedToStore {
  pictogramId: string;
  label?: PictureLabel;
  hash?: string;
  source: 'core' | 'openmoji';
}

/**
 * The picture to save for a picked symbol, with its drawing stored. Our own pictograms are
 * precached and always show from their URL, so they may go without a stored copy; an OpenMoji
 * symbol without its drawing would be missing offline, so that pick throws and the picker says so.
 */
export async function storePickedSymbol(
  symbol: PickedToStore,
  fetchSvg: SvgFetch = defaultFetch,
): Promise<PictogramPicture> {
  try {
    return await storePictogram(
      {
        id: symbol.pictogramId,
        ...(symbol.label ? { label: symbol.label } : {}),
        ...(symbol.hash ? { hash: symbol.hash } : {}),
      },
      fetchSvg,
    );
  } catch (error) {
    if (symbol.source !== 'core') throw error;
    return { type: 'pictogram', id: symbol.pictogramId, ...(symbol.label ? { label: symbol.label } : {}) };
  }
}

/**
 * For a picture about to be saved: a pictogram without a stored copy gets one when the
 * network (or the service worker's cache) can give it. If not, the picture is kept as it is:
 * it still shows from its URL, and core pictograms are precached.
 */
export async function withStoredPictogram<P extends Picture | undefined>(
  pictureToSave: P,
  fetchSvg: SvgFetch = defaultFetch,
): Promise<P | PictogramPicture> {
  if (pictureToSave?.type !== 'pictogram' || pictureToSave.hash) return pictureToSave;
  try {
    const stored = await storePictogram(pictureToSave, fetchSvg);
    return { ...pictureToSave, hash: stored.hash };
  } catch {
    return pictureToSave;
  }
}
