// "Connect this device": the code staff showed on their device, and a name for this one. The
// server trades them for a token; everything already on this device then goes to the facility.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../ui/form-field';
import { useBusyAction } from '../../ui/use-busy-action';
import { enrol } from './access-api';
import { accessErrorKey } from './access-error-text';
import { connectDevice } from './connect-device';

interface ConnectFormProps {
  /** A code read from the address (`#code=…`). */
  initialCode?: string;
  /** Shown after the connection is saved. */
  onConnected?: (spaceName: string) => void;
}

export function ConnectForm({ initialCode = '', onConnected }: ConnectFormProps) {
  const { t } = useTranslation('connect');
  const headingId = useId();
  const [code, setCode] = useState(initialCode);
  const [deviceName, setDeviceName] = useState('');
  const [error, setError] = useState<string>();
  const [missingCode, setMissingCode] = useState(false);
  const { busy, run } = useBusyAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The server ignores case, spaces and dashes in what was typed.
    const typed = code.trim();
    setMissingCode(typed === '');
    if (typed === '') return;
    void run(async () => {
      setError(undefined);
      try {
        const name = deviceName.trim();
        const enrolled = await enrol({ code: typed, ...(name ? { deviceName: name } : {}) });
        await connectDevice(enrolled);
        onConnected?.(enrolled.space.name);
      } catch (failure) {
        setError(t(accessErrorKey(failure)));
      }
    });
  };

  return (
    <form className="connect-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h2 id={headingId}>{t('connectForm.heading')}</h2>
      <p>{t('connectForm.intro')}</p>
      <p className="notice">{t('connectForm.dataGoes')}</p>
      <FormField
        label={t('connectForm.code')}
        hint={t('connectForm.codeHint')}
        error={missingCode ? { field: 'code', key: 'validation.required', values: {} } : undefined}
      >
        {(control) => (
          <input
            {...control}
            className="connect-code-input"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
        )}
      </FormField>
      <FormField label={t('connectForm.deviceName')} hint={t('connectForm.deviceNameHint')}>
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
          {busy ? t('connectForm.connecting') : t('connectForm.submit')}
        </button>
      </div>
    </form>
  );
}
