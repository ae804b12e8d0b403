// `/setup#code=…`: the server's first-start link. Makes this device the facility's first
// administrator. The code goes nowhere but POST /api/setup.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormField } from '../../ui/form-field';
import { paths } from '../../ui/paths';
import { StaffPage } from '../../ui/staff-page';
import { useBusyAction } from '../../ui/use-busy-action';
import type { FieldError } from '../../domain/validation-issue';
import { setUpServer } from './access-api';
import { accessErrorKey } from './access-error-text';
import { connectDevice } from './connect-device';
import { ConnectedNotice } from './connected-notice';
import { useFragmentCode } from './use-fragment-code';
import './connect.css';

const required = (field: string): FieldError => ({ field, key: 'validation.required', values: {} });

export function SetupScreen() {
  const { t } = useTranslation('connect');
  const fromLink = useFragmentCode();
  const formId = useId();
  const [code, setCode] = useState(fromLink ?? '');
  const [facilityName, setFacilityName] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [connectedTo, setConnectedTo] = useState<string>();
  const { busy, run } = useBusyAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A setup code is long and case-sensitive: sent exactly as it is in the link.
    const values = { code: code.trim(), facilityName: facilityName.trim(), deviceName: deviceName.trim() };
    const empty = Object.entries(values)
      .filter(([, value]) => value === '')
      .map(([field]) => field);
    setMissing(empty);
    if (empty.length > 0) return;
    void run(async () => {
      setError(undefined);
      try {
        const enrolled = await setUpServer(values);
        await connectDevice(enrolled);
        setConnectedTo(enrolled.space.name);
      } catch (failure) {
        setError(t(accessErrorKey(failure)));
      }
    });
  };
  const fieldError = (field: string) => (missing.includes(field) ? required(field) : undefined);

  return (
    <StaffPage title={t('setup.title')} backTo={paths.home()} backLabel={t('backHome')}>
      {connectedTo !== undefined ? (
        <ConnectedNotice spaceName={connectedTo} asAdmin />
      ) : (
        <form className="card connect-card" aria-labelledby={formId} onSubmit={submit} noValidate>
          <h2 id={formId}>{t('setup.heading')}</h2>
          <p>{t('setup.intro')}</p>
          <p className="notice">{t('setup.dataGoes')}</p>
          {fromLink === undefined && <p className="notice notice--warning">{t('setup.noCodeInLink')}</p>}
          <FormField label={t('setup.code')} hint={t('setup.codeHint')} error={fieldError('code')}>
            {(control) => (
              <input
                {...control}
                className="setup-code-input"
                value={code}
                onChange={(event) => setCode(event.target.value)}
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
              />
            )}
          </FormField>
          <FormField
            label={t('setup.facilityName')}
            hint={t('setup.facilityNameHint')}
            error={fieldError('facilityName')}
          >
            {(control) => (
              <input
                {...control}
                value={facilityName}
                maxLength={120}
                onChange={(event) => setFacilityName(event.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('setup.deviceName')} hint={t('setup.deviceNameHint')} error={fieldError('deviceName')}>
            {(control) => (
              <input
                {...control}
                value={deviceName}
                maxLength={80}
                onChange={(event) => setDeviceName(event.target.value)}
              />
            )}
          </FormField>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? t('setup.working') : t('setup.submit')}
            </button>
            <Link to={paths.home()} className="button">
              {t('actions.cancel', { ns: 'common' })}
            </Link>
          </div>
        </form>
      )}
    </StaffPage>
  );
}
