import type { Page } from '@playwright/test';
import { CouncilPage } from '../pages/council';
import { FirstRunPage } from '../pages/first-run';
import { MeetingHubPage } from '../pages/meeting-hub';
import { MeetingModePage } from '../pages/meeting-mode';

/** A fresh tablet with the example council, its "Brugerrådsmøde" running in meeting mode. */
export async function startExampleMeeting(page: Page): Promise<MeetingModePage> {
  const firstRun = new FirstRunPage(page);
  await firstRun.open();
  await firstRun.startWithExampleData();
  await new CouncilPage(page).openMeeting('Brugerrådsmøde');
  await new MeetingHubPage(page).startMeeting();
  return new MeetingModePage(page);
}
