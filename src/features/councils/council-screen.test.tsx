import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids';
import type { Meeting } from '../../domain/meeting';
import { councils, facilities, meetings, members } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { CouncilScreen } from './council-screen';
import { paths, routes } from '../../ui/paths';

const day = 86_400_000;

async function seed(meetingsPerYear = 4) {
  const facilityId = newId();
  const councilId = newId();
  await facilities.save({ id: facilityId, name: 'Bostedet Solsikken', kind: 'residential' });
  await councils.save({ id: councilId, facilityId, name: 'Brugerrådet', kind: 'user-council', meetingsPerYear });
  await members.save({ id: newId(), councilId, displayName: 'Anna', role: 'resident', photoConsent: false });
  return { councilId };
}

async function addMeeting(councilId: string, title: string, offsetDays: number, status: Meeting['status']) {
  const start = new Date(Date.now() + offsetDays * day);
  await meetings.save({
    id: newId(),
    councilId,
    title,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
    isOpen: false,
    status,
  });
}

function renderCouncil(councilId: string, language: 'da' | 'en' = 'da') {
  return renderScreen(<CouncilScreen />, { path: routes.council, url: paths.council(councilId), language });
}

describe('CouncilScreen', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('shows the council with upcoming and past meetings, each with its status in words', async () => {
    const { councilId } = await seed();
    await addMeeting(councilId, 'Forårsmøde', -1, 'minutes-published');
    await addMeeting(councilId, 'Sommermøde', 1, 'agenda-ready');
    renderCouncil(councilId);
    expect(await screen.findByRole('heading', { level: 1, name: 'Brugerrådet' })).toBeInTheDocument();
    expect(await screen.findByText('Bostedet Solsikken')).toBeInTheDocument();
    const upcoming = await screen.findByRole('region', { name: 'Kommende møder' });
    const next = within(upcoming).getByRole('link', { name: /Sommermøde/ });
    expect(next).toHaveTextContent('Dagsorden klar');
    expect(next).toHaveAttribute('href', expect.stringMatching(/^\/meetings\//));
    const past = screen.getByRole('region', { name: 'Tidligere møder' });
    expect(within(past).getByRole('link', { name: /Forårsmøde/ })).toHaveTextContent('Referat færdigt');
    expect(screen.getByRole('link', { name: 'Nyt møde' })).toHaveAttribute('href', paths.newMeeting(councilId));
    expect(await screen.findByRole('link', { name: 'Medlemmer (1)' })).toHaveAttribute(
      'href',
      paths.councilMembers(councilId),
    );
  });

  it('warns when fewer meetings are planned this year than recommended', async () => {
    const { councilId } = await seed(4);
    renderCouncil(councilId);
    expect(await screen.findByText(/af 4 møder i år er planlagt/)).toBeInTheDocument();
    expect(screen.getByText(/Rådet bør mødes mindst 4 gange om året/)).toBeInTheDocument();
  });

  it('does not warn when the council meets often enough', async () => {
    const { councilId } = await seed(1);
    await addMeeting(councilId, 'Årsmøde', 0.5, 'planned');
    renderCouncil(councilId);
    await screen.findByRole('link', { name: /Årsmøde/ });
    const line = await screen.findByText(/1 af 1 møde i år er planlagt/);
    expect(line).toBeInTheDocument();
    expect(screen.queryByText(/bør mødes mindst/)).not.toBeInTheDocument();
  });

  it('explains kindly when the council does not exist', async () => {
    renderCouncil(newId());
    expect(await screen.findByRole('heading', { level: 1, name: 'Rådet findes ikke' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Alle tilbud og råd' })[0]).toHaveAttribute('href', paths.home());
  });

  it('speaks English when the app is in English', async () => {
    const { councilId } = await seed();
    await addMeeting(councilId, 'Summer meeting', 2, 'planned');
    renderCouncil(councilId, 'en');
    expect(await screen.findByRole('region', { name: 'Upcoming meetings' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /Summer meeting/ })).toHaveTextContent('Planned');
    expect(screen.getByRole('link', { name: 'New meeting' })).toBeInTheDocument();
  });
});
