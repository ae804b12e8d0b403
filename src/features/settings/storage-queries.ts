import { useQuery } from '@tanstack/react-query';
import { requestPersistentStorage } from '../../storage/persistence';

// Same key as the home screen's question, so the browser is asked once per visit.
export function usePersistentStorage() {
  return useQuery({
    queryKey: ['storage', 'persistence'],
    queryFn: requestPersistentStorage,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

async function estimateUsage(): Promise<{ usage: number; quota: number } | null> {
  const estimate = await globalThis.navigator?.storage?.estimate?.();
  if (!estimate || estimate.usage === undefined || estimate.quota === undefined) return null;
  return { usage: estimate.usage, quota: estimate.quota };
}

export function useStorageEstimate() {
  return useQuery({ queryKey: ['storage', 'estimate'], queryFn: estimateUsage, retry: false });
}
