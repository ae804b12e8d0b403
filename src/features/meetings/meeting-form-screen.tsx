// Create a meeting (/councils/:councilId/meetings/new) or change one (/meetings/:meetingId/edit).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { changedFields } from '../../domain/changed-fields';
import { newId } from '../../domain/ids';
import { placeMax, shortTitleMax } from '../../domain/text';
import type { Meeting } from '../../domain/meeting';
import type { FieldError } from '../../domain/validation-issue';
import { useCouncil, useMeeting } from '../../storage/live-queries';
import { meetings } from '../../storage/repositories';
import { FormField } from '../../ui/form-field';
import { StaffNotFound } from '../../ui/staff-record-state';
import { StaffPage } from '../../ui/staff-page';
import { useValidatedSave, type CheckOutcome } from '../../ui/use-validated-save';
import {
  isDateBeforeToday,
  meetingFromForm,
  type MeetingFormField,
  type MeetingFormValues,
} from './meeting-form-values';
import { defaultMeetingTimes, fieldsFromMeeting } from './meeting-times';
import { FormActions } from '../../ui/form-actions';
import { paths, routes, useRouteParams } from '../../ui/paths';
import './meeting-form-screen.css';

export function MeetingFormScreen() {
  const { councilId, meetingId } = useRouteParams(routes.newMeeting, routes.meetingEdit);
  const { t } = useTranslation('meetings');
  const existing = useMeeting(meetingId);
  const council = useCouncil(meetingId ? (existing ?? undefined)?.councilId : councilId);

  if (meetingId) {
    if (existing === undefined)
      return (
        <StaffPage title={t('form.editTitle')}>
          <p>{t('loading', { ns: 'common' })}</p>
        </StaffPage>
      );
    if (existing === null) return <NotFound />;
    if (existing.status === 'minutes-published') {
      return (
        <StaffPage title={t('form.editTitle')} backTo={paths.meeting(existing.id)} backLabel={existing.title}>
          <p className="notice">{t('form.publishedReadOnly')}</p>
        </StaffPage>
      );
    }
    return <MeetingForm key={existing.id} existing={existing} councilName={council?.name} />;
  }
  if (council === undefined)
    return (
      <StaffPage title={t('form.newTitle')}>
        <p>{t('loading', { ns: 'common' })}</p>
      </StaffPage>
    );
  if (council === null || !councilId) return <NotFound />;
  return <MeetingForm councilId={councilId} councilName={council.name} />;
}

function NotFound() {
  const { t } = useTranslation('meetings');
  return <StaffNotFound title={t('notFound.title')} body={t('notFound.body')} />;
}

type Props = { existing: Meeting; councilName: string | undefined } | { councilId: string; councilName: string };

function MeetingForm(props: Props) {
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  // The meeting as this form loaded it: the live query may bring newer versions while staff
  // type, and only the fields staff changed against this one may be stored.
  const [existing] = useState(() => ('existing' in props ? props.existing : undefined));
  const [values, setValues] = useState<MeetingFormValues>(() =>
    existing
      ? {
          title: existing.title,
          location: existing.location ?? '',
          isOpen: existing.isOpen,
          ...fieldsFromMeeting(existing),
        }
      : { title: '', location: '', isOpen: false, ...defaultMeetingTimes(new Date()) },
  );
  const { errors: fieldErrors, failed: saveFailed, saving, save } = useValidatedSave();
  const errors = fieldErrors as Partial<Record<MeetingFormField, FieldError>>;
  const formRef = useRef<HTMLFormElement>(null);
  const pastWarningId = useId();
  // A held meeting is of course in the past; warn only about one still to be held.
  const stillToBeHeld = !existing || existing.status === 'planned' || existing.status === 'agenda-ready';
  const warnPast = stillToBeHeld && isDateBeforeToday(values.date, new Date());

  const councilId = existing ? existing.councilId : (props as { councilId: string }).councilId;
  const cancelTo = existing ? paths.meeting(existing.id) : paths.council(councilId);
  const title = existing ? t('form.editTitle') : t('form.newTitle');

  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  function focusFirstError() {
    // After React has rendered the messages, put focus on the first wrong field.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  const formFields: readonly MeetingFormField[] = ['title', 'date', 'start', 'end', 'location'];

  // After React has rendered new messages, the first wrong field gets focus.
  useEffect(() => {
    if (Object.keys(fieldErrors).length > 0) focusFirstError();
  }, [fieldErrors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const check = (form: MeetingFormValues): CheckOutcome<Meeting> => {
      const outcome = meetingFromForm(form, existing ?? { id: newId(), councilId, status: 'planned' });
      return outcome.ok
        ? { ok: true, value: outcome.meeting }
        : { ok: false, errors: outcome.errors as Record<string, FieldError> };
    };
    const saved = await save(
      check,
      values,
      (meeting) => (existing ? meetings.update(existing.id, changedFields(existing, meeting)) : meetings.save(meeting)),
      { fields: formFields },
    );
    if (saved) navigate(paths.meeting(saved.id));
  }

  return (
    <StaffPage
      title={title}
      backTo={cancelTo}
      backLabel={existing ? existing.title : (props.councilName ?? t('actions.back', { ns: 'common' }))}
    >
      {props.councilName && (
        <p className="meeting-form__council">{t('form.forCouncil', { council: props.councilName })}</p>
      )}
      <form ref={formRef} className="meeting-form card" noValidate onSubmit={submit}>
        <FormField label={t('form.title')} hint={t('form.titleHint')} error={errors.title}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={values.title}
              maxLength={shortTitleMax}
              onChange={(e) => set('title', e.target.value)}
            />
          )}
        </FormField>
        <div className="meeting-form__times">
          <FormField label={t('form.date')} error={errors.date}>
            {(control) => (
              <input
                {...control}
                aria-describedby={
                  [control['aria-describedby'], warnPast ? pastWarningId : null].filter(Boolean).join(' ') || undefined
                }
                type="date"
                value={values.date}
                onChange={(e) => set('date', e.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('form.start')} error={errors.start}>
            {(control) => (
              <input {...control} type="time" value={values.start} onChange={(e) => set('start', e.target.value)} />
            )}
          </FormField>
          <FormField label={t('form.end')} error={errors.end}>
            {(control) => (
              <input {...control} type="time" value={values.end} onChange={(e) => set('end', e.target.value)} />
            )}
          </FormField>
        </div>
        {/* Always in the page so the warning is heard when it appears; it never blocks saving. */}
        <div role="status" className="meeting-form__past-live">
          {warnPast && (
            <p id={pastWarningId} className="notice notice--warning meeting-form__past">
              {t('form.dateInPast')}
            </p>
          )}
        </div>
        <FormField label={t('form.location')} hint={t('form.locationHint')} error={errors.location}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={values.location}
              maxLength={placeMax}
              onChange={(e) => set('location', e.target.value)}
            />
          )}
        </FormField>
        <div className="meeting-form__open">
          <input
            id="meeting-form-open"
            type="checkbox"
            checked={values.isOpen}
            onChange={(e) => set('isOpen', e.target.checked)}
          />
          <label htmlFor="meeting-form-open">{t('form.isOpen')}</label>
        </div>
        <FormActions
          submitLabel={existing ? t('actions.save', { ns: 'common' }) : t('form.create')}
          busy={saving}
          failed={saveFailed}
          failedMessage={t('form.saveFailed')}
          cancelTo={cancelTo}
        />
      </form>
    </StaffPage>
  );
}
