import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { councilKinds, councilSchema, type CouncilKind } from '../../domain/council';
import { facilityKinds, facilitySchema, type Facility } from '../../domain/facility';
import { newId } from '../../domain/ids';
import { nameMax } from '../../domain/text';
import { errorsByField, type FieldError } from '../../domain/validation-issue';
import { councils, facilities } from '../../storage/repositories';
import { FormField } from '../../ui/form-field';
import { useBusyAction } from '../../ui/use-busy-action';
import { FormActions } from '../../ui/form-actions';

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
  const [facilityErrors, setFacilityErrors] = useState<Record<string, FieldError>>({});
  const [councilErrors, setCouncilErrors] = useState<Record<string, FieldError>>({});
  const { busy: saving, run } = useBusyAction();
  const [failed, setFailed] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);

  // The form opens below the choices; take staff straight to its first field.
  useEffect(() => {
    firstField.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailed(false);
    const facilityId = newId();
    const facility = facilitySchema.safeParse({ id: facilityId, name: facilityName, kind: facilityKind });
    const council = councilSchema.safeParse({
      id: newId(),
      facilityId,
      name: councilName,
      kind: councilKind,
      meetingsPerYear: 4,
    });
    setFacilityErrors(facility.success ? {} : errorsByField(facility.error.issues));
    setCouncilErrors(council.success ? {} : errorsByField(council.error.issues));
    if (!facility.success || !council.success) return;
    // New records, so save; run once, so a double tap does not create two facilities.
    await run(async () => {
      try {
        // The council first: the facility is what the app looks for, so it comes last.
        await councils.save(council.data);
        await facilities.save(facility.data);
        onCreated(council.data.id);
      } catch {
        setFailed(true);
      }
    });
  }

  return (
    <section className="card setup-own" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('own.heading')}</h2>
      <form onSubmit={submit} noValidate>
        <div className="setup-own__columns">
          <fieldset className="setup-own__group">
            <legend>{t('own.facilityLegend')}</legend>
            <FormField label={t('own.facilityName')} hint={t('own.facilityNameHint')} error={facilityErrors.name}>
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
            <FormField label={t('own.councilName')} error={councilErrors.name}>
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
