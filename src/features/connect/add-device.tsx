// "Add a device": a one-time code for a new tablet, PC or phone, shown big, as a QR code and
// with the time it has left (10 minutes, single use). Only roles this device may hand out.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../ui/form-field';
import type { DeviceRole, EnrolmentCode } from './access-api';
import { accessErrorKey } from './access-error-text';
import { useIssueCode, type EnrolledConnection } from './access-queries';
import { issuableRoles } from './connect-device';
import { EnrolmentQr } from './enrolment-qr';
import { useSecondsLeft } from './use-countdown';

function IssuedCode({ issued, onDone }: { issued: EnrolmentCode; onDone: () => void }) {
  const { t } = useTranslation('connect');
  const left = useSecondsLeft(issued.expiresAt);
  const minutes = Math.floor(left / 60);
  const seconds = String(left % 60).padStart(2, '0');
  return (
    <div className="issued-code">
      {left > 0 ? (
        <>
          <p>{t('addDevice.showThis')}</p>
          <p className="issued-code__code">{issued.code}</p>
          <EnrolmentQr code={issued.code} />
          {/* Not a live region: a countdown read out every second would drown everything else. */}
          <p className="issued-code__left">{t('addDevice.timeLeft', { time: `${minutes}:${seconds}` })}</p>
        </>
      ) : (
        <p className="notice notice--warning" role="status">
          {t('addDevice.expired')}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={onDone}>
          {left > 0 ? t('addDevice.done') : t('addDevice.another')}
        </button>
      </div>
    </div>
  );
}

export function AddDevice({ connection, role }: { connection: EnrolledConnection; role: DeviceRole }) {
  const { t } = useTranslation('connect');
  const headingId = useId();
  const roles = issuableRoles(role);
  const [chosen, setChosen] = useState<DeviceRole>(roles[0] ?? 'shared-tablet');
  const [deviceName, setDeviceName] = useState('');
  const issue = useIssueCode(connection);
  if (roles.length === 0) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (issue.isPending) return;
    const name = deviceName.trim();
    issue.mutate({ role: chosen, ...(name ? { deviceName: name } : {}) });
  };

  return (
    <section className="card connect-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('addDevice.heading')}</h2>
      {issue.data ? (
        <IssuedCode
          key={issue.data.code}
          issued={issue.data}
          onDone={() => {
            issue.reset();
            setDeviceName('');
          }}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <p>{t('addDevice.intro')}</p>
          <fieldset className="field connect-roles">
            <legend>{t('addDevice.role')}</legend>
            {roles.map((option) => (
              <div key={option} className="connect-role">
                <label>
                  <input
                    type="radio"
                    name="role"
                    value={option}
                    checked={chosen === option}
                    aria-describedby={`${headingId}-${option}`}
                    onChange={() => setChosen(option)}
                  />
                  {t(`roles.${option}`)}
                </label>
                <span id={`${headingId}-${option}`} className="field__hint">
                  {t(`roleHints.${option}`)}
                </span>
              </div>
            ))}
          </fieldset>
          <FormField label={t('addDevice.deviceName')} hint={t('addDevice.deviceNameHint')}>
            {(control) => (
              <input
                {...control}
                value={deviceName}
                maxLength={80}
                onChange={(event) => setDeviceName(event.target.value)}
              />
            )}
          </FormField>
          {issue.error && (
            <p className="form-error" role="alert">
              {t(accessErrorKey(issue.error))}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={issue.isPending}>
              {t('addDevice.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
