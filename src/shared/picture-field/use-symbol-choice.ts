// Picking a symbol for the picture field: its drawing is kept with the data (storePickedSymbol),
// and, where the field knows the facility, the pick joins its recently used symbols and staff
// may star favourites.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PictogramPicture } from '../../domain/picture';
import { favouritesOf, recentOf } from '../../domain/pictogram-usage';
import { recordPictogramUse, setPictogramFavourite, usePictogramUsage } from '../../storage/pictogram-usage-store';
import { storePickedSymbol, storePictogram } from '../../storage/store-pictogram';
import type { PickedSymbol } from '../../ui/pictogram-picker/picked-symbol';

export function useSymbolChoice(facilityId: string | undefined) {
  const { i18n } = useTranslation();
  const usage = usePictogramUsage(facilityId);
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const favourites = useMemo(
    () => (facilityId && usage ? favouritesOf(usage, lang) : undefined),
    [facilityId, usage, lang],
  );
  const recent = useMemo(() => (facilityId && usage ? recentOf(usage) : undefined), [facilityId, usage]);

  /** Keeps a copy of the symbol's drawing with the data; throws when it cannot (the picker says so). */
  async function pick(symbol: PickedSymbol): Promise<PictogramPicture> {
    const picture = await storePickedSymbol(symbol);
    if (facilityId) {
      await recordPictogramUse(facilityId, {
        pictogramId: symbol.pictogramId,
        label: symbol.label,
        ...(picture.hash ? { hash: picture.hash } : {}),
      }).catch(
        () => undefined, // "Recently used" is a convenience; the pick itself must not fail over it.
      );
    }
    return picture;
  }

  async function toggleFavourite(symbol: PickedSymbol, favourite: boolean) {
    if (!facilityId) return;
    let hash = symbol.hash;
    if (favourite && !hash) {
      // A favourite should show offline too: keep its drawing when we can.
      hash = await storePictogram({ id: symbol.pictogramId })
        .then((p) => p.hash)
        .catch(() => undefined);
    }
    await setPictogramFavourite(
      facilityId,
      { pictogramId: symbol.pictogramId, label: symbol.label, ...(hash ? { hash } : {}) },
      favourite,
    );
  }

  return { pick, favourites, recent, toggleFavourite: facilityId ? toggleFavourite : undefined };
}
