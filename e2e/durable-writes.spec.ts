// Issue 14, finding 8: "your vote is counted" must survive a power cut. Every IndexedDB
// transaction the app opens in real Chromium is recorded, and those that write who was there
// and the votes must ask for strict durability; ordinary edits stay relaxed (faster).
// Fails on the build before storage/strict-durability.ts: every transaction was relaxed.
import { startExampleMeeting } from './support/example-meeting';
import { expect, test } from './support/test';

interface Write {
  stores: string[];
  durability: string;
}

test('attendance and cast votes are written with strict durability, other edits relaxed', async ({ page }) => {
  await page.addInitScript(() => {
    const writes: { stores: string[]; durability: string }[] = [];
    (window as unknown as { recordedWrites: typeof writes }).recordedWrites = writes;
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, stores, mode, options) {
      const transaction = original.call(this, stores, mode, options);
      if (mode === 'readwrite') writes.push({ stores: [stores].flat(), durability: transaction.durability });
      return transaction;
    };
  });
  const writesTo = async (store: string) =>
    (await page.evaluate(() => (window as unknown as { recordedWrites: Write[] }).recordedWrites)).filter((w) =>
      w.stores.includes(store),
    );

  const meetingMode = await startExampleMeeting(page);

  await meetingMode.openAttendance();
  await meetingMode.markPresent('Anna');
  await meetingMode.closeAttendance();
  const attendance = await writesTo('attendance');
  expect(attendance.length).toBeGreaterThan(0);
  for (const write of attendance) expect(write.durability).toBe('strict');

  await meetingMode.goToItem('Sommertur til stranden?');
  await meetingMode.openVote();
  await meetingMode.cast('Ja', 'Anna');
  const ballots = await writesTo('ballots');
  expect(ballots.length).toBeGreaterThan(0);
  for (const write of ballots) expect(write.durability).toBe('strict');

  // Starting the meeting changed the meeting record only: relaxed, as before.
  const meetingOnly = (await writesTo('meetings')).filter(
    (w) => !w.stores.some((s) => s !== 'meetings' && s !== 'outbox' && s !== 'meta'),
  );
  expect(meetingOnly.length).toBeGreaterThan(0);
  for (const write of meetingOnly) expect(write.durability).not.toBe('strict');
});
