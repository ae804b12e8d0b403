import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { SyncIndicator } from '../features/connect/sync-indicator';
import { getMedia, mediaSize, putMedia } from '../storage/media-store';
import { MediaContext } from '../ui/media-context';
import { RecordingStoreContext, type RecordingStore } from '../ui/recording-store-context';
import { StaffHeaderStatus } from '../ui/staff-header-status';

const queryClient = new QueryClient({
  defaultOptions: { queries: { networkMode: 'offlineFirst', retry: 1 } },
});

const recordingStore: RecordingStore = {
  save: (bytes, mime, trim) => putMedia(bytes, mime, trim ? { trim } : {}),
  size: mediaSize,
};

// One element for every staff header (it reads the sync status itself).
const syncIndicator = <SyncIndicator />;

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <MediaContext.Provider value={getMedia}>
        <RecordingStoreContext.Provider value={recordingStore}>
          <StaffHeaderStatus.Provider value={syncIndicator}>{children}</StaffHeaderStatus.Provider>
        </RecordingStoreContext.Provider>
      </MediaContext.Provider>
    </QueryClientProvider>
  );
}
