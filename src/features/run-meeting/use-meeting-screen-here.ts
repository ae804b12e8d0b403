// One meeting screen per meeting on a device: two tabs running the same meeting would both
// speak, both move the agenda and both show a ballot. The first tab to open the meeting screen
// holds an exclusive Web Lock named after the meeting; another tab shows where the meeting runs
// instead, and takes over by itself when that tab closes.
import { useEffect, useState } from 'react';
import { holdWebLock } from '../../ui/web-lock';

export type MeetingScreenPlace = 'checking' | 'here' | 'elsewhere';

export function useMeetingScreenHere(meetingId: string): MeetingScreenPlace {
  const [place, setPlace] = useState<{ meetingId: string; place: MeetingScreenPlace }>({
    meetingId,
    place: 'checking',
  });
  useEffect(() => {
    const lock = holdWebLock(`raadet-meeting-screen-${meetingId}`, {
      onGranted: () => setPlace({ meetingId, place: 'here' }),
      onTaken: () => setPlace({ meetingId, place: 'elsewhere' }),
    });
    return () => lock.release();
  }, [meetingId]);
  return place.meetingId === meetingId ? place.place : 'checking';
}
