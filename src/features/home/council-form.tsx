import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { councilKinds, councilSchema, type Council, type CouncilKind } from '../../domain/council';
import { changedFields } from '../../domain/changed-fields';
import { newId } from '../../domain/ids';
import { councils } from '../../storage/repositories';
import { FormField } from '../../ui/form-field';
import { useValidatedSave } from '../../ui/use-validated-save';
import { FormActions } from '../../ui/form-actions';

interface CouncilFormProps {
  facilityId: string;
  /** Edit this council; without it the form adds a new one. */
  council?: Council;
  onSaved?: (council: Council) => void;
  onCancel?: () => void;
}

export function CouncilForm({ facilityId, council, onSaved, onCancel }: CouncilFormProps) {
  const { t } = useTranslation('home');
  const [name, setName] = useState(council?.name ?? '');
  const [kind, setKind] = useState<CouncilKind>(council?.kind ?? 'user-council');
  const [perYear, setPerYear] = useState(String(council?.meetingsPerYear ?? 4));
  const { errors, failed, saving, save } = useValidatedSave();
  // The council as the form loaded it: only what staff changed against it is stored.
  const [loaded] = useState(council);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = {
      ...(loaded ?? {}),
      id: loaded?.id ?? newId(),
      facilityId,
      name,
      kind,
      meetingsPerYear: perYear.trim() === '' ? Number.NaN : Number(perYear),
    };
    const saved = await save(councilSchema, candidate, (valid) =>
      loaded ? councils.update(loaded.id, changedFields(loaded, valid)) : councils.save(valid),
    );
    if (!saved) return;
    if (!council) {
      setName('');
      setKind('user-council');
      setPerYear('4');
    }
    onSaved?.(saved);
  }

  return (
    <form className="home-form" onSubmit={submit} noValidate>
      <FormField label={t('councilForm.name')} hint={t('councilForm.nameHint')} error={errors.name}>
        {(control) => (
          <input {...control} type="text" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </FormField>
      <FormField label={t('councilForm.kind')} error={errors.kind}>
        {(control) => (
          <select {...control} value={kind} onChange={(e) => setKind(e.target.value as CouncilKind)}>
            {councilKinds.map((value) => (
              <option key={value} value={value}>
                {t(`councilKind.${value}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label={t('councilForm.meetingsPerYear')}
        hint={t('councilForm.meetingsPerYearHint')}
        error={
          errors.meetingsPerYear && {
            ...errors.meetingsPerYear,
            key: 'validation.meetingsPerYear',
            values: {},
          }
        }
      >
        {(control) => (
          <input
            {...control}
            className="home-form__number"
            type="number"
            inputMode="numeric"
            min={1}
            max={52}
            value={perYear}
            onChange={(e) => setPerYear(e.target.value)}
          />
        )}
      </FormField>
      <FormActions
        submitLabel={council ? t('actions.save', { ns: 'common' }) : t('councilForm.add')}
        busy={saving}
        failed={failed}
        onCancel={onCancel}
      />
    </form>
  );
}
