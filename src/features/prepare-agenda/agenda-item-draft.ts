// What the item form holds, and how it becomes an AgendaItem (or one message per field).
import {
  agendaItemSchema,
  defaultPictogramForKind,
  type AgendaItem,
  type AgendaItemKind,
} from '../../domain/agenda-item';
import type { Picture } from '../../domain/picture';
import { errorsByField, type FieldError } from '../../domain/validation-issue';
import type { PictureChoice } from '../../shared/picture-field/picture-choice';

export interface AgendaItemDraft {
  kind: AgendaItemKind;
  title: string;
  details: string;
  /** As typed; parsed on save. */
  plannedMinutes: string;
  /** What staff picked (a new photo is stored when the item is); undefined means "the kind's own pictogram". */
  picture: PictureChoice | undefined;
  /** For a photo: are there people in it, and did they agree to it being shown in minutes? */
  photoPeople: boolean;
  photoConsent: boolean;
  /** A staff recording of the item (media hash), played instead of the synthetic voice. */
  voice?: string | undefined;
}

export type DraftField = 'kind' | 'title' | 'details' | 'plannedMinutes' | 'picture';

/** Sensible lengths to start from; staff change them as they like. */
export const defaultMinutesForKind: Record<AgendaItemKind, number> = {
  information: 5,
  discussion: 15,
  decision: 10,
  vote: 10,
  'round-the-table': 15,
  break: 10,
  'since-last-time': 5,
};

export function kindPicture(kind: AgendaItemKind): Picture {
  return { type: 'pictogram', id: defaultPictogramForKind[kind] };
}

export function isKindPicture(picture: Picture | undefined, kind: AgendaItemKind): boolean {
  return picture?.type === 'pictogram' && picture.id === defaultPictogramForKind[kind];
}

export function emptyDraft(kind: AgendaItemKind = 'information'): AgendaItemDraft {
  return {
    kind,
    title: '',
    details: '',
    plannedMinutes: String(defaultMinutesForKind[kind]),
    picture: undefined,
    photoPeople: false,
    photoConsent: false,
  };
}

export function draftFromItem(item: AgendaItem): AgendaItemDraft {
  return {
    kind: item.kind,
    title: item.title,
    details: item.details ?? '',
    plannedMinutes: String(item.plannedMinutes),
    // A stored default is not a choice: changing the kind should change the picture too.
    picture: isKindPicture(item.picture, item.kind) ? undefined : item.picture,
    photoPeople: item.picture?.type === 'photo' && item.picture.people === true,
    photoConsent: item.picture?.type === 'photo' && item.picture.consent === true,
    voice: item.voice,
  };
}

/** The house rule for titles under a pictogram: at most five words (a warning, not a block). */
export const titleWordsMax = 5;

/** How many words a title has; the house rule is at most five. */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

const minutesError: FieldError = { field: 'plannedMinutes', key: 'validation.minutesRange', values: {} };

export type DraftOutcome =
  { ok: true; item: AgendaItem } | { ok: false; errors: Partial<Record<DraftField, FieldError>> };

/** Stands in for a new photo's hash while checking: the photo is stored only once everything else is valid. */
const pendingPhotoHash = '0'.repeat(64);

export function itemFromDraft(
  draft: AgendaItemDraft,
  base: Pick<AgendaItem, 'id' | 'meetingId' | 'order'>,
): DraftOutcome {
  const minutesText = draft.plannedMinutes.trim();
  const minutes = /^\d+$/.test(minutesText) ? Number(minutesText) : Number.NaN;
  const details = draft.details.trim();
  const people = { people: draft.photoPeople, consent: draft.photoPeople && draft.photoConsent };
  const picture: Picture =
    draft.picture?.type === 'new-photo'
      ? { type: 'photo', hash: pendingPhotoHash, ...people }
      : draft.picture?.type === 'photo'
        ? { ...draft.picture, ...people }
        : (draft.picture ?? kindPicture(draft.kind));
  const parsed = agendaItemSchema.safeParse({
    ...base,
    kind: draft.kind,
    title: draft.title,
    details: details === '' ? undefined : details,
    plannedMinutes: minutes,
    picture,
    ...(draft.voice ? { voice: draft.voice } : {}),
  });
  if (parsed.success) return { ok: true, item: parsed.data };
  const byField = errorsByField(parsed.error.issues);
  const errors: Partial<Record<DraftField, FieldError>> = {};
  if (byField.title) errors.title = byField.title;
  if (byField.details) errors.details = byField.details;
  if (byField.kind) errors.kind = byField.kind;
  if (byField.plannedMinutes) errors.plannedMinutes = minutesError;
  if (Object.keys(byField).some((field) => field.startsWith('picture'))) {
    errors.picture = { field: 'picture', key: 'validation.invalid', values: {} };
  }
  if (Object.keys(errors).length === 0) errors.title = { field: 'title', key: 'validation.invalid', values: {} };
  return { ok: false, errors };
}
