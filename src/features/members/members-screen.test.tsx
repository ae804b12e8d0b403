import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids';
import { councils, facilities, members } from '../../storage/repositories';
import { freshDatabase, renderScreen } from '../../testing/render';
import { MembersScreen } from './members-screen';
import { paths, routes } from '../../ui/paths';

async function seed() {
  const facilityId = newId();
  const councilId = newId();
  await facilities.save({ id: facilityId, name: 'Bostedet Solsikken', kind: 'residential' });
  await councils.save({ id: councilId, facilityId, name: 'Brugerrådet', kind: 'user-council', meetingsPerYear: 4 });
  const boId = newId();
  await members.save({
    id: boId,
    councilId,
    displayName: 'Bo',
    role: 'resident',
    photoConsent: false,
    termStart: '2026-01-01',
    termEnd: '2027-12-31',
  });
  return { councilId, boId };
}

function renderMembers(councilId: string, language: 'da' | 'en' = 'da') {
  return renderScreen(<MembersScreen />, {
    path: routes.councilMembers,
    url: paths.councilMembers(councilId),
    language,
  });
}

describe('MembersScreen', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('lists members with an initial instead of a photo, role and term', async () => {
    const { councilId } = await seed();
    renderMembers(councilId);
    const list = await screen.findByRole('list');
    const bo = await within(list).findByRole('heading', { name: 'Bo' });
    const card = bo.closest('li')!;
    expect(within(card).getByText('B')).toBeInTheDocument();
    expect(within(card).getByText('Beboer')).toBeInTheDocument();
    expect(within(card).getByText(/Valgt 1\. januar 2026 – 31\. december 2027/)).toBeInTheDocument();
  });

  it('adds a relative who represents a resident', async () => {
    const { councilId, boId } = await seed();
    const user = userEvent.setup();
    renderMembers(councilId);
    const form = await screen.findByRole('region', { name: 'Tilføj et medlem' });
    await user.type(within(form).getByRole('textbox', { name: /Navn/ }), 'Gitte');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Rolle' }), 'Pårørende');
    await user.selectOptions(await within(form).findByRole('combobox', { name: /Repræsenterer/ }), 'Bo');
    await user.click(within(form).getByRole('checkbox', { name: 'Billedet må vises i referater' }));
    await user.click(within(form).getByRole('button', { name: 'Tilføj medlem' }));
    expect(await within(form).findByText('Gitte er tilføjet.')).toBeInTheDocument();
    const gitte = (await members.where('councilId', councilId)).find((m) => m.displayName === 'Gitte');
    expect(gitte).toMatchObject({ role: 'relative', representsMemberId: boId, photoConsent: true });
    expect(await screen.findByText(/repræsenterer Bo/)).toBeInTheDocument();
  });

  it("a stale screen's save does not undo a newer edit", async () => {
    const { councilId, boId } = await seed();
    await members.update(boId, { substituteRank: 2 });
    const user = userEvent.setup();
    renderMembers(councilId);
    await user.click(await screen.findByRole('button', { name: 'Ret Bo' }));
    const form = (await screen.findByRole('heading', { name: 'Ret Bo' })).closest('li')!;
    const name = within(form).getByRole('textbox', { name: /Navn/ });

    // Another tab extends Bo's term while this form is open.
    await members.update(boId, { termEnd: '2028-12-31' });
    await user.clear(name);
    await user.type(name, 'Bodil');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));

    await screen.findByRole('heading', { name: 'Bodil' });
    // The newer term and the substitute rank the form does not show both survive.
    expect(await members.get(boId)).toMatchObject({ displayName: 'Bodil', termEnd: '2028-12-31', substituteRank: 2 });
  });

  it('shows the Danish error and stores nothing when the name is empty', async () => {
    const { councilId } = await seed();
    const user = userEvent.setup();
    renderMembers(councilId);
    const form = await screen.findByRole('region', { name: 'Tilføj et medlem' });
    await user.click(within(form).getByRole('button', { name: 'Tilføj medlem' }));
    expect(await within(form).findByText('Skriv noget her.')).toBeInTheDocument();
    expect(await members.where('councilId', councilId)).toHaveLength(1);
  });

  it('refuses a file that is not a picture and stores nothing', async () => {
    const { councilId } = await seed();
    const user = userEvent.setup({ applyAccept: false });
    renderMembers(councilId);
    const form = await screen.findByRole('region', { name: 'Tilføj et medlem' });
    const pdf = new File(['%PDF-1.4'], 'referat.pdf', { type: 'application/pdf' });
    await user.upload(within(form).getByLabelText('Vælg et foto'), pdf);
    expect(
      await within(form).findByText('Filen er ikke et billede. Vælg et foto (JPEG, PNG eller WebP).'),
    ).toBeInTheDocument();
    expect(within(form).getByText('Intet billede')).toBeInTheDocument();
  });

  it('removes a member after confirming, and the relative then represents nobody', async () => {
    const { councilId, boId } = await seed();
    const gittyId = newId();
    await members.save({
      id: gittyId,
      councilId,
      displayName: 'Gitte',
      role: 'relative',
      photoConsent: false,
      representsMemberId: boId,
    });
    const user = userEvent.setup();
    renderMembers(councilId);
    await user.click(await screen.findByRole('button', { name: 'Slet Bo' }));
    await user.click(screen.getByRole('button', { name: 'Ja, fjern medlemmet' }));
    expect(await screen.findByText('1 medlem')).toBeInTheDocument();
    expect(await members.get(boId)).toBeUndefined();
    expect((await members.get(gittyId))?.representsMemberId).toBeUndefined();
  });

  it('speaks English when the app is in English', async () => {
    const { councilId } = await seed();
    renderMembers(councilId, 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Members of Brugerrådet' })).toBeInTheDocument();
    expect(await within(await screen.findByRole('list')).findByText('Resident')).toBeInTheDocument();
    const form = screen.getByRole('region', { name: 'Add a member' });
    expect(within(form).getByRole('button', { name: 'Take a photo' })).toBeInTheDocument();
    // Where the browser cannot show the camera in the app, the tablet's front camera takes the portrait.
    expect(form.querySelector('input[type="file"][capture]')).toHaveAttribute('capture', 'user');
  });
});
