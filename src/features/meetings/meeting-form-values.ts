// Turns what staff typed into a meeting, or into one message per field. Nothing is stored
// unless this says ok.
import { meetingSchema, type Meeting } from '../../domain/meeting';
import { errorsByField, type FieldError } from '../../domain/validation-issue';
import { localCalendarDay } from '../../i18n/format';
import { isValidDateField, isValidTimeField, toIsoInstant, type MeetingTimeFields } from './meeting-times';

export interface MeetingFormValues extends MeetingTimeFields {
  title: string;
  location: string;
  isOpen: boolean;
}

export type MeetingFormField = 'title' | 'date' | 'start' | 'end' | 'location';

export type MeetingFormOutcome =
  { ok: true; meeting: Meeting } | { ok: false; errors: Partial<Record<MeetingFormField, FieldError>> };

const invalidDate = (field: MeetingFormField): FieldError => ({ field, key: 'validation.invalidDate', values: {} });

/** `base` is the meeting being edited, or the identity and status of a new one. */
export function meetingFromForm(
  values: MeetingFormValues,
  base: Pick<Meeting, 'id' | 'councilId' | 'status'> & Partial<Meeting>,
): MeetingFormOutcome {
  const errors: Partial<Record<MeetingFormField, FieldError>> = {};
  if (!isValidDateField(values.date)) errors.date = invalidDate('date');
  if (!isValidTimeField(values.start)) errors.start = invalidDate('start');
  if (!isValidTimeField(values.end)) errors.end = invalidDate('end');

  const startsAt = toIsoInstant(values.date, values.start);
  const endsAt = toIsoInstant(values.date, values.end);
  const location = values.location.trim();
  const candidate = {
    ...base,
    title: values.title,
    startsAt,
    endsAt,
    location: location === '' ? undefined : location,
    isOpen: values.isOpen,
  };
  const parsed = meetingSchema.safeParse(candidate);
  if (!parsed.success) {
    const byField = errorsByField(parsed.error.issues);
    if (byField.title) errors.title = byField.title;
    if (byField.location) errors.location = byField.location;
    if (byField.endsAt && !errors.end && !errors.date) errors.end = { ...byField.endsAt, field: 'end' };
  }
  // zod skips the end-after-start check while another field is wrong; staff should see
  // every problem at once.
  if (!errors.end && startsAt && endsAt && Date.parse(endsAt) <= Date.parse(startsAt)) {
    errors.end = { field: 'end', key: 'validation.endBeforeStart', values: {} };
  }
  if (Object.keys(errors).length > 0 || !parsed.success) {
    if (Object.keys(errors).length === 0) errors.title = { field: 'title', key: 'validation.invalid', values: {} };
    return { ok: false, errors };
  }
  return { ok: true, meeting: parsed.data };
}

/**
 * Whether the chosen day is before today (the tablet's own day). Staff may record a meeting
 * that has already been held, so the form only warns; a meeting later today is not "past".
 */
export function isDateBeforeToday(date: string, now: Date): boolean {
  return isValidDateField(date) && date < localCalendarDay(now);
}
