// Example data for trying Rådet: one residential facility with a user council, its members
// (each with a drawn portrait) and a prepared meeting a week ahead. Texts come from the `setup`
// namespace, so the example follows the language staff have chosen. Loading it twice does not
// duplicate anything.
import type { TFunction } from 'i18next';
import type { AgendaItemKind } from '../../domain/agenda-item';
import { newId } from '../../domain/ids';
import type { MemberRole } from '../../domain/member';
import { putMedia } from '../../storage/media-store';
import { agendaItems, councils, facilities, meetings, members } from '../../storage/repositories';
import { examplePortraits, portraitSvg } from './example-portraits';

const exampleLanguages = ['da', 'en'] as const;

const residentKeys = ['anna', 'bo', 'camilla', 'dennis', 'emma', 'frederik'] as const;
const staffKeys = ['mette', 'jonas'] as const;

type MemberKey = (typeof residentKeys)[number] | (typeof staffKeys)[number] | 'gitte';
type AgendaKey = 'welcome' | 'sinceLastTime' | 'summerTrip' | 'coffeeMachine' | 'break' | 'christmasLunch';

const agenda: { key: AgendaKey; kind: AgendaItemKind; pictogram: string; minutes: number }[] = [
  { key: 'welcome', kind: 'information', pictogram: 'welcome', minutes: 5 },
  { key: 'sinceLastTime', kind: 'since-last-time', pictogram: 'since-last-time', minutes: 10 },
  { key: 'summerTrip', kind: 'vote', pictogram: 'bus-trip', minutes: 15 },
  { key: 'coffeeMachine', kind: 'discussion', pictogram: 'coffee', minutes: 10 },
  { key: 'break', kind: 'break', pictogram: 'break', minutes: 10 },
  { key: 'christmasLunch', kind: 'discussion', pictogram: 'christmas', minutes: 10 },
];

/** The example facility, in whichever language it was created. */
export async function findExampleFacility(t: TFunction<'setup'>) {
  const names = new Set(exampleLanguages.map((lng) => t('example.facility', { lng })));
  return (await facilities.all()).find((f) => names.has(f.name));
}

/**
 * Creates the example and returns the id of its council. If the example facility is already
 * there, returns its council instead of creating a second copy.
 */
export function loadExampleData(t: TFunction<'setup'>, now: Date = new Date()): Promise<string | undefined> {
  // A double tap must not start two copies side by side.
  inFlight ??= createExample(t, now).finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

let inFlight: Promise<string | undefined> | undefined;

async function createExample(t: TFunction<'setup'>, now: Date): Promise<string | undefined> {
  const existing = await findExampleFacility(t);
  if (existing) {
    const existingCouncils = await councils.where('facilityId', existing.id);
    return existingCouncils[0]?.id;
  }

  const facilityId = newId();
  const councilId = newId();
  const termStart = `${now.getFullYear()}-01-01`;
  const termEnd = `${now.getFullYear() + 1}-12-31`;

  // The facility is written last: if anything before it fails, a second try starts afresh
  // instead of finding a half-made example.
  await councils.save({
    id: councilId,
    facilityId,
    name: t('example.council'),
    kind: 'user-council',
    description: t('example.councilDescription'),
    meetingsPerYear: 4,
  });

  const residentIds: Record<string, string> = {};
  const addMember = async (key: MemberKey, role: MemberRole, representsMemberId?: string) => {
    const id = newId();
    const portrait = examplePortraits[key];
    // A drawn face, stored like a photo. Drawings of nobody in particular need no one's consent,
    // so they may show in the minutes too.
    const photo = portrait
      ? await putMedia(new TextEncoder().encode(portraitSvg(portrait)).buffer, 'image/svg+xml')
      : undefined;
    await members.save({
      id,
      councilId,
      displayName: t(`example.members.${key}`),
      role,
      ...(photo ? { photo } : {}),
      photoConsent: photo !== undefined,
      ...(representsMemberId ? { representsMemberId } : {}),
      termStart,
      termEnd,
    });
    return id;
  };
  for (const key of residentKeys) residentIds[key] = await addMember(key, 'resident');
  await addMember('gitte', 'relative', residentIds.bo);
  for (const key of staffKeys) await addMember(key, 'staff');

  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 7);
  const startsAt = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 10, 0);
  const endsAt = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 11, 0);
  const meetingId = newId();
  await meetings.save({
    id: meetingId,
    councilId,
    title: t('example.meeting.title'),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    location: t('example.meeting.location'),
    isOpen: false,
    status: 'planned',
  });
  let order = 1;
  for (const item of agenda) {
    await agendaItems.save({
      id: newId(),
      meetingId,
      kind: item.kind,
      title: t(`example.agenda.${item.key}.title`),
      details: t(`example.agenda.${item.key}.details`),
      picture: { type: 'pictogram', id: item.pictogram },
      plannedMinutes: item.minutes,
      order: order++,
    });
  }
  // Ready only once every item is stored, as the meeting lifecycle requires.
  await meetings.update(meetingId, { status: 'agenda-ready' });

  await facilities.save({
    id: facilityId,
    name: t('example.facility'),
    kind: 'residential',
    address: t('example.address'),
  });
  return councilId;
}
