// `/connect#code=…`: where an enrolment QR code leads. The same form as on the Sync screen,
// with the code already filled in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncConnection } from '../../storage/sync-connection-query';
import { paths } from '../../ui/paths';
import { StaffPage } from '../../ui/staff-page';
import { ConnectForm } from './connect-form';
import { ConnectedNotice } from './connected-notice';
import { useFragmentCode } from './use-fragment-code';
import './connect.css';

export function ConnectScreen() {
  const { t } = useTranslation('connect');
  const code = useFragmentCode();
  const connection = useSyncConnection();
  const [connectedTo, setConnectedTo] = useState<string>();
  return (
    <StaffPage title={t('connectScreen.title')} backTo={paths.settings()} backLabel={t('backSettings')}>
      {connectedTo !== undefined ? (
        <ConnectedNotice spaceName={connectedTo} />
      ) : (
        <div className="card connect-card">
          {connection?.token && (
            <p className="notice notice--warning">
              {t('connectScreen.alreadyConnected', { spaceName: connection.spaceName })}
            </p>
          )}
          <ConnectForm initialCode={code} onConnected={setConnectedTo} />
        </div>
      )}
    </StaffPage>
  );
}
