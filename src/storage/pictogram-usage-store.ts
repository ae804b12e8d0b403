// Favourites and recently used symbols per facility: live read and the two writes.
import { useLiveQuery } from 'dexie-react-hooks';
import {
  pictogramUsageId,
  recordUse,
  setFavourite,
  type PictogramUsage,
  type UsedSymbol,
} from '../domain/pictogram-usage';
import { pictogramUsage } from './repositories';

/** Every usage record of the facility; undefined while loading, [] without a facility. */
export function usePictogramUsage(facilityId: string | undefined): PictogramUsage[] | undefined {
  return useLiveQuery(async () => (facilityId ? pictogramUsage.where('facilityId', facilityId) : []), [facilityId]);
}

export async function recordPictogramUse(
  facilityId: string,
  symbol: UsedSymbol,
  now = new Date(),
): Promise<PictogramUsage> {
  const existing = await pictogramUsage.get(pictogramUsageId(facilityId, symbol.pictogramId));
  return pictogramUsage.save(recordUse(existing, facilityId, symbol, now));
}

export async function setPictogramFavourite(
  facilityId: string,
  symbol: UsedSymbol,
  favourite: boolean,
): Promise<PictogramUsage> {
  const existing = await pictogramUsage.get(pictogramUsageId(facilityId, symbol.pictogramId));
  return pictogramUsage.save(setFavourite(existing, facilityId, symbol, favourite));
}
