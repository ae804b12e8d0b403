import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { startServerProcess, type ServerProcess } from '../server/src/testing/server-process';
import { AgendaBuilderPage } from './pages/agenda-builder';
import { CouncilPage } from './pages/council';
import { FirstRunPage } from './pages/first-run';
import { HomePage } from './pages/home';
import { MeetingHubPage } from './pages/meeting-hub';
import { SyncPage } from './pages/sync';
import { installFakeVoices } from './support/fake-voice';
import { expectFits } from './support/fits';
import { expect, test } from './support/test';

// Two tablets of one facility and one real server process (embedded database), as `npm start`
// runs it. The server has a port of its own: the tablets know it as their page's origin, so a
// restarted server must come back on the same one.
const port = Number(process.env.E2E_PORT ?? 4173) + 1;
const origin = `http://127.0.0.1:${port}`;
const appDir = resolve(process.env.E2E_DIST ?? 'dist');
const meetingTitle = 'Brugerrådsmøde';

let server: ServerProcess;
let dataDir: string;

async function startServer(): Promise<ServerProcess> {
  return startServerProcess({ APP_DIR: appDir, DATA_DIR: dataDir, PORT: String(port) });
}

async function tablet(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: origin,
    viewport: { width: 1280, height: 800 },
    hasTouch: true,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  await installFakeVoices(context);
  return { context, page: await context.newPage() };
}

async function openAgenda(page: Page): Promise<AgendaBuilderPage> {
  const home = new HomePage(page);
  await home.open();
  await home.openCouncil('Brugerrådet');
  const council = new CouncilPage(page);
  await council.expectCouncil('Brugerrådet');
  await council.openMeeting(meetingTitle);
  await new MeetingHubPage(page).prepareAgenda();
  const agenda = new AgendaBuilderPage(page);
  await agenda.expectLoaded(meetingTitle);
  return agenda;
}

test.describe('two tablets and one server', () => {
  test.beforeAll(async ({ browser: _browser }, testInfo) => {
    test.skip(testInfo.project.name !== 'tablet-landscape', 'one layout is enough for two tablets');
    dataDir = await mkdtemp(join(tmpdir(), 'raadet-e2e-server-'));
    server = await startServer();
  });
  test.afterAll(async () => {
    await server?.kill();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('edit offline on both, meet, agree; a killed server loses and doubles nothing; a revoked tablet is told', async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const a = await tablet(browser);
    const b = await tablet(browser);
    const syncA = new SyncPage(a.page);
    const syncB = new SyncPage(b.page);

    await test.step('tablet A holds a council from before the server, then is set up as the first device', async () => {
      await new FirstRunPage(a.page).openExampleCouncil();
      const code = /\/setup#code=([A-Za-z0-9_%-]+)/.exec(server.log())?.[1];
      expect(code, 'the server log names a setup link').toBeTruthy();
      await syncA.setUp(code!, { facility: 'Solhjem', device: 'Kontorets tablet' });
      await syncA.expectSynced();
    });

    await test.step('tablet B is connected with a code from A and receives the council', async () => {
      const code = await syncA.addDevice('Fælles tablet', 'Stuens tablet');
      await syncB.connect(code, 'Stuens tablet');
      await syncB.expectSynced();
      const agendaB = await openAgenda(b.page);
      const agendaA = await openAgenda(a.page);
      expect(await agendaB.titles()).toEqual(await agendaA.titles());
    });

    await test.step('both add to the same agenda offline, come online, and show the same agenda', async () => {
      const agendaA = new AgendaBuilderPage(a.page);
      const agendaB = new AgendaBuilderPage(b.page);
      await a.context.setOffline(true);
      await b.context.setOffline(true);
      await agendaA.add({ kind: 'Information', title: 'Nyt fra køkkenet' });
      await agendaB.add({ kind: 'Drøftelse', title: 'Ønsker til julefrokosten' });
      await a.context.setOffline(false);
      await b.context.setOffline(false);
      for (const agenda of [agendaA, agendaB]) {
        await expect(agenda.row('Nyt fra køkkenet')).toHaveCount(1, { timeout: 20_000 });
        await expect(agenda.row('Ønsker til julefrokosten')).toHaveCount(1, { timeout: 20_000 });
      }
      await expect
        .poll(async () => JSON.stringify(await agendaB.titles()))
        .toBe(JSON.stringify(await agendaA.titles()));
    });

    await test.step('the server dies while A pushes; restarted, it has the item once', async () => {
      const agendaA = new AgendaBuilderPage(a.page);
      const agendaB = new AgendaBuilderPage(b.page);
      let killed = false;
      // The push reaches the server and is applied, but the answer never comes back: the server
      // is killed first. A must send it again, and the server must not apply it twice.
      await a.context.route('**/api/sync/push', async (route) => {
        if (killed) return route.continue();
        const response = await route.fetch();
        killed = true;
        await server.kill();
        void response;
        await route.abort('connectionreset');
      });
      await agendaA.add({ kind: 'Information', title: 'Kaffe og kage' });
      await expect.poll(() => killed, { timeout: 30_000 }).toBe(true);
      server = await startServer();
      await expect(agendaB.row('Kaffe og kage')).toHaveCount(1, { timeout: 60_000 });
      await a.context.unroute('**/api/sync/push');
      // A sent it again after the restart; the server applied it once: one item on both.
      await syncA.expectSynced();
      await expect((await openAgenda(a.page)).row('Kaffe og kage')).toHaveCount(1);
      await b.page.reload();
      await expect(agendaB.row('Kaffe og kage')).toHaveCount(1);
      expect(await agendaB.titles()).toEqual(await new AgendaBuilderPage(a.page).titles());
    });

    await test.step('A’s devices and enrolment fit a 360 px phone with text at 200 %', async () => {
      await syncA.open();
      await expect(a.page.getByRole('rowheader', { name: 'Stuens tablet' })).toBeVisible();
      await a.page.setViewportSize({ width: 360, height: 740 });
      await a.page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      await expectFits(a.page, 'sync settings at 200 %');
      await a.page.evaluate(() => (document.documentElement.style.fontSize = ''));
      await a.page.setViewportSize({ width: 1280, height: 800 });
    });

    await test.step('A revokes B; B is told, and keeps what it has', async () => {
      await syncA.revoke('Stuens tablet');
      await syncB.expectRevoked();
      const agendaB = await openAgenda(b.page);
      await expect(agendaB.row('Kaffe og kage')).toHaveCount(1);
    });

    await a.context.close();
    await b.context.close();
  });
});
