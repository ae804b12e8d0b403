import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { facilityKinds, facilitySchema, type Facility } from '../../domain/facility';
import { changedFields } from '../../domain/changed-fields';
import { newId } from '../../domain/ids';
import { nameMax } from '../../domain/text';
import { facilities } from '../../storage/repositories';
import { FormField } from '../../ui/form-field';
import { useValidatedSave } from '../../ui/use-validated-save';
import { normaliseWebsite } from './website';
import { FormActions } from '../../ui/form-actions';

interface FacilityFormProps {
  /** Edit this facility; without it the form adds a new one. */
  facility?: Facility;
  onSaved?: (facility: Facility) => void;
  onCancel?: () => void;
}

export function FacilityForm({ facility, onSaved, onCancel }: FacilityFormProps) {
  const { t } = useTranslation('home');
  const kindLegendId = useId();
  const [name, setName] = useState(facility?.name ?? '');
  const [kind, setKind] = useState<Facility['kind']>(facility?.kind ?? 'residential');
  const [website, setWebsite] = useState(facility?.website ?? '');
  const { errors, failed, saving, save } = useValidatedSave();
  // The facility as the form loaded it: only what staff changed against it is stored.
  const [loaded] = useState(facility);
  const [savedName, setSavedName] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSavedName(undefined);
    const candidate = {
      ...(loaded ?? {}),
      id: loaded?.id ?? newId(),
      name,
      kind,
      website: normaliseWebsite(website) || undefined,
    };
    const saved = await save(facilitySchema, candidate, (valid) =>
      loaded ? facilities.update(loaded.id, changedFields(loaded, valid)) : facilities.save(valid),
    );
    if (!saved) return;
    if (!facility) {
      setName('');
      setWebsite('');
      setKind('residential');
      setSavedName(saved.name);
    }
    onSaved?.(saved);
  }

  return (
    <form className="home-form" onSubmit={submit} noValidate>
      <FormField label={t('facilityForm.name')} error={errors.name}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            maxLength={nameMax}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </FormField>
      <fieldset className="field home-form__choices">
        <legend id={kindLegendId}>{t('facilityForm.kind')}</legend>
        {facilityKinds.map((value) => (
          <label key={value} className="home-form__choice">
            <input
              type="radio"
              name={`facility-kind-${facility?.id ?? 'new'}`}
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            {t(`facilityKind.${value}`)}
          </label>
        ))}
      </fieldset>
      <FormField label={t('facilityForm.website')} hint={t('facilityForm.websiteHint')} error={errors.website}>
        {(control) => (
          <input
            {...control}
            type="url"
            inputMode="url"
            autoComplete="url"
            value={website}
            onChange={(e) => setWebsite(e.target.value)}
          />
        )}
      </FormField>
      {savedName && (
        <p className="home-form__saved" role="status">
          {t('facilityForm.saved', { name: savedName })}
        </p>
      )}
      <FormActions
        submitLabel={facility ? t('actions.save', { ns: 'common' }) : t('facilityForm.add')}
        busy={saving}
        failed={failed}
        onCancel={onCancel}
      />
    </form>
  );
}
