import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { getMedia, mediaSize, putMedia } from '../storage/media-store';
import { MediaContext } from '../ui/media-context';
import { RecordingStoreContext, type RecordingStore } from '../ui/recording-store-context';

const queryClient = new QueryClient({
  defaultOptions: { queries: { networkMode: 'offlineFirst', retry: 1 } },
});

const recordingStore: RecordingStore = {
  save: (bytes, mime, trim) => putMedia(bytes, mime, trim ? { trim } : {}),
  size: mediaSize,
};

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <MediaContext.Provider value={getMedia}>
        <RecordingStoreContext.Provider value={recordingStore}>{children}</RecordingStoreContext.Provider>
      </MediaContext.Provider>
    </QueryClientProvider>
  );
}
