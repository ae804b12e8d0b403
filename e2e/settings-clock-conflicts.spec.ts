// Settings tells staff when the tablet clock looks wrong, and lists merges a backup could not
// make, so staff can read each one and remove it (issue 9, clock safety and merge conflicts).
import { expect, test } from './support/test';
import { FirstRunPage } from './pages/first-run';
import { SettingsPage } from './pages/settings';
import { checkA11y } from './support/a11y';

test('shows a wrong clock and a failed merge in Settings, axe clean, and removes the merge after reading', async ({
  page,
}) => {
  const firstRun = new FirstRunPage(page);
  await firstRun.open();
  await firstRun.startWithExampleData();

  // Straight into IndexedDB: a clock an hour past the wall clock, and one failed merge.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('raadet');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const meeting = {
      id: crypto.randomUUID(),
      councilId: crypto.randomUUID(),
      title: 'Forårsmøde',
      startsAt: '2025-03-04T13:00:00.000Z',
      endsAt: '2025-03-04T14:00:00.000Z',
    };
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['meta', 'conflicts'], 'readwrite');
      tx.objectStore('meta').put({ key: 'hlc', value: { wallMs: Date.now() + 3_600_000, counter: 0, node: 'e2e' } });
      tx.objectStore('conflicts').put({
        id: `meetings:${meeting.id}:x`,
        table: 'meetings',
        recordId: meeting.id,
        local: meeting,
        incoming: { ...meeting, endsAt: '2025-03-04T10:30:00.000Z' },
        reason: 'validation.endBeforeStart',
        at: new Date().toISOString(),
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    db.close();
  });

  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.main.getByText('Tablettens ur ser forkert ud.')).toBeVisible();
  const list = settings.main.getByRole('list', { name: 'Ændringer der ikke kunne flettes' });
  await expect(list.getByRole('listitem')).toContainText('Møde: Forårsmøde');
  await expect(list.getByRole('listitem')).toContainText('Mødet kan ikke slutte, før det begynder.');
  await checkA11y(page, 'settings with a wrong clock and a failed merge');

  await list.getByRole('button', { name: 'Fjern beskeden om Møde: Forårsmøde' }).click();
  await settings.main.getByRole('button', { name: 'Ja, fjern' }).click();
  await expect(list).toHaveCount(0);
});
