import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { getMedia } from '../storage/media-store';
import { MediaContext } from '../ui/media-context';

const queryClient = new QueryClient({
  defaultOptions: { queries: { networkMode: 'offlineFirst', retry: 1 } },
});

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <MediaContext.Provider value={getMedia}>{children}</MediaContext.Provider>
    </QueryClientProvider>
  );
}
