import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { councilKinds, councilSchema, type Council, type CouncilKind } from '../../domain/council';
import { facilityKinds, facilitySchema, type Facility } from '../../domain/facility';
import { newId } from '../../domain/ids';
import { nameMax } from '../../domain/text';
import { errorsByField, type FieldError } from '../../domain/validation-issue';
import { councils, facilities } from '../../storage/repositories';
import { FormField } from '../../ui/form-field';
import { useValidatedSave, type CheckOutcome } from '../../ui/use-validated-save';
import { FormActions } from '../../ui/form-actions';

interface OwnFacilityDraft {
  facilityName: string;
  facilityKind: Facility['kind'];
  councilName: string;
  councilKind: CouncilKind;
}

/** Each group's messages under its own prefix (`facility.name`, `council.name`): both records have a name. */
function prefixed(prefix: string, errors: Record<string, FieldError>): Record<string, FieldError> {
  return Object.fromEntries(Object.entries(errors).map(([field, error]) => [`${prefix}.${field}`, error]));
}

/** Two records from one form, checked together so staff see every message at once. */
function checkOwnFacility(draft: OwnFacilityDraft): CheckOutcome<{ facility: Facility; council: Council }> {
  const facilityId = newId();
  const facility = facilitySchema.safeParse({ id: facilityId, name: draft.facilityName, kind: draft.facilityKind });
  const council = councilSchema.safeParse({
    id: newId(),
    facilityId,
    name: draft.councilName,
    kind: draft.councilKind,
    meetingsPerYear: 4,
  });
  if (facility.success && council.success)
    return { ok: true, value: { facility: facility.data, council: council.data } };
  return {
    ok: false,
    errors: {
      ...(facility.success ? {} : prefixed('facility', errorsByField(facility.error.issues))),
      ...(council.success ? {} : prefixed('council', errorsByField(council.error.issues))),
    },
  };
}

/** The fields the form shows; a store refusal on anything else is said as "could not save". */
const shownFields = ['facility.name', 'council.name'] as const;

interface OwnFacilityFormProps {
  onCreated: (councilId: string) => void;
  onCancel: () => void;
}

/** The shortest way to a real start: one facility and its first council. */
export function OwnFacilityForm({ onCreated, onCancel }: OwnFacilityFormProps) {
  const { t } = useTranslation('setup');
  const headingId = useId();
  const [facilityName, setFacilityName] = useState('');
  const [facilityKind, setFacilityKind] = useState<Facility['kind']>('residential');
  const [councilName, setCouncilName] = useState(() => t('own.councilNameDefault'));
  const [councilKind, setCouncilKind] = useState<CouncilKind>('user-council');
  const { errors, failed, saving, save } = useValidatedSave();
  const firstField = useRef<HTMLInputElement>(null);

  // The form opens below the choices; take staff straight to its first field.
  useEffect(() => {
    firstField.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // New records, so save; the save runs once, so a double tap does not create two facilities.
    const councilId = await save(
      checkOwnFacility,
      { facilityName, facilityKind, councilName, councilKind },
      async ({ facility, council }) => {
        // The council first: the facility is what the app looks for, so it comes last.
        await councils.save(council);
        await facilities.save(facility);
        return council.id;
      },
      { fields: shownFields },
    );
    if (councilId) onCreated(councilId);
  }

  return (
    <section className="card setup-own" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('own.heading')}</h2>
      <form onSubmit={submit} noValidate>
        <div className="setup-own__columns">
          <fieldset className="setup-own__group">
            <legend>{t('own.facilityLegend')}</legend>
            <FormField label={t('own.facilityName')} hint={t('own.facilityNameHint')} error={errors['facility.name']}>
              {(control) => (
                <input
                  {...control}
                  ref={firstField}
                  type="text"
                  autoComplete="organization"
                  maxLength={nameMax}
                  value={facilityName}
                  onChange={(e) => setFacilityName(e.target.value)}
                />
              )}
            </FormField>
            {/* Radios, as on the home screen's facility form: two choices are quicker to see than to open. */}
            <fieldset className="field setup-own__choices">
              <legend>{t('own.facilityKind')}</legend>
              {facilityKinds.map((kind) => (
                <label key={kind} className="setup-own__choice">
                  <input
                    type="radio"
                    name="own-facility-kind"
                    value={kind}
                    checked={facilityKind === kind}
                    onChange={() => setFacilityKind(kind)}
                  />
                  {t(`facilityKind.${kind}`)}
                </label>
              ))}
            </fieldset>
          </fieldset>
          <fieldset className="setup-own__group">
            <legend>{t('own.councilLegend')}</legend>
            <FormField label={t('own.councilName')} error={errors['council.name']}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  autoComplete="off"
                  maxLength={nameMax}
                  value={councilName}
                  onChange={(e) => setCouncilName(e.target.value)}
                />
              )}
            </FormField>
            <FormField label={t('own.councilKind')}>
              {(control) => (
                <select
                  {...control}
                  value={councilKind}
                  onChange={(e) => setCouncilKind(e.target.value as CouncilKind)}
                >
                  {councilKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`councilKind.${kind}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </fieldset>
        </div>
        <FormActions submitLabel={t('own.create')} busy={saving} failed={failed} onCancel={onCancel} />
      </form>
    </section>
  );
}
