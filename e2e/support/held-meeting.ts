import type { Page } from '@playwright/test';
import { liveRows } from './database';

/**
 * Turns the example meeting (loaded from the welcome screen) into a meeting that was held:
 * six of the nine members came, the summer trip was voted on by a show of hands (4 yes,
 * 1 no, 1 don't know) and three decisions were taken, as in a real first meeting. Written
 * straight into IndexedDB with sync stamps, the way the app stores them, so screens that
 * only read a held meeting (minutes, print, phone layout) do not depend on every step of
 * meeting mode. Reload the page afterwards: live queries only see the app's own writes.
 */
export async function holdExampleMeeting(page: Page): Promise<{ meetingId: string; councilId: string }> {
  const [meeting] = await liveRows<{ id: string; councilId: string; startsAt: string }>(page, 'meetings');
  if (!meeting) throw new Error('load the example data first');
  const members = await liveRows<{ id: string; displayName: string }>(page, 'members');
  const items = await liveRows<{ id: string; title: string }>(page, 'agendaItems', { meetingId: meeting.id });
  const member = (start: string) => {
    const found = members.find((m) => m.displayName.startsWith(start));
    if (!found) throw new Error(`no member ${start}`);
    return found.id;
  };
  const item = (title: string) => {
    const found = items.find((i) => i.title === title);
    if (!found) throw new Error(`no item ${title}`);
    return found.id;
  };
  const present = ['Anna', 'Bo', 'Camilla', 'Dennis', 'Gitte', 'Mette'].map(member);
  const day = meeting.startsAt.slice(0, 10);
  const due = new Date(Date.parse(meeting.startsAt) + 30 * 86_400_000).toISOString().slice(0, 10);
  const summer = item('Sommertur til stranden?');
  const voteId = crypto.randomUUID();
  const rows: Record<string, Record<string, unknown>[]> = {
    attendance: members.map((m) => ({
      id: crypto.randomUUID(),
      meetingId: meeting.id,
      memberId: m.id,
      present: present.includes(m.id),
    })),
    votes: [
      {
        id: voteId,
        meetingId: meeting.id,
        agendaItemId: summer,
        question: 'Sommertur til stranden?',
        kind: 'yes-no',
        mode: 'open',
        status: 'closed',
      },
    ],
    ballots: (['yes', 'yes', 'yes', 'yes', 'no', 'dont-know'] as const).map((choice, index) => ({
      id: crypto.randomUUID(),
      voteId,
      choice,
      memberId: present[index],
    })),
    decisions: [
      {
        id: crypto.randomUUID(),
        meetingId: meeting.id,
        agendaItemId: summer,
        text: 'Vi tager bussen til stranden i juli. Vi tager madpakker med.',
        picture: { type: 'pictogram', id: 'bus-trip' },
        responsibleMemberId: member('Mette'),
        dueDate: due,
        followUp: 'not-started',
      },
      {
        id: crypto.randomUUID(),
        meetingId: meeting.id,
        agendaItemId: item('Ny kaffemaskine'),
        text: 'Vi køber en kaffemaskine med en stor kande.',
        picture: { type: 'pictogram', id: 'coffee' },
        responsibleMemberId: member('Jonas'),
        followUp: 'in-progress',
      },
      {
        id: crypto.randomUUID(),
        meetingId: meeting.id,
        agendaItemId: item('Ønsker til julefrokost'),
        text: 'Vi spiser risalamande og synger julesange.',
        picture: { type: 'pictogram', id: 'christmas' },
        followUp: 'not-started',
      },
    ],
  };
  await page.evaluate(
    async ({ rows, meetingId, startedAt }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('raadet');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const stamp = `${String(Date.now()).padStart(13, '0')}:0000:e2e-seed`;
      const stamped = (row: Record<string, unknown>) => ({
        ...row,
        _stamps: Object.fromEntries([...Object.keys(row), '_deleted'].map((key) => [key, stamp])),
        _deleted: 0,
        _changed: stamp,
      });
      const tables = [...Object.keys(rows), 'meetings'];
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(tables, 'readwrite');
        for (const [table, list] of Object.entries(rows))
          for (const row of list) tx.objectStore(table).put(stamped(row));
        const meetings = tx.objectStore('meetings');
        const get = meetings.get(meetingId);
        get.onsuccess = () => {
          const row = get.result as Record<string, unknown> & { _stamps: Record<string, string> };
          meetings.put({
            ...row,
            status: 'held',
            startedAt,
            endedAt: startedAt,
            _stamps: { ...row._stamps, status: stamp, startedAt: stamp, endedAt: stamp },
            _changed: stamp,
          });
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    },
    { rows, meetingId: meeting.id, startedAt: `${day}T08:00:00.000Z` },
  );
  return { meetingId: meeting.id, councilId: meeting.councilId };
}
