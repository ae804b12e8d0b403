import { useQuery } from '@tanstack/react-query';
import { requestPersistentStorage } from '../../storage/persistence';

/** Asks the browser once per session to keep our data; the answer is cached for the visit. */
export function usePersistentStorage() {
  return useQuery({
    queryKey: ['storage', 'persistence'],
    queryFn: requestPersistentStorage,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
