/** How long a meeting is planned to last, in whole minutes (the agenda's time budget). */
export function meetingLengthMinutes(meeting: { startsAt: string; endsAt: string }): number {
  return Math.round((Date.parse(meeting.endsAt) - Date.parse(meeting.startsAt)) / 60000);
}
