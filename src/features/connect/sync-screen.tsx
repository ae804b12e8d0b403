// Settings → Sync: how this device syncs, at a glance; connect it when it is not; for staff and
// administrators also new devices, the facility's device list and the overwritten values. Changes
// the server refused are listed for every enrolled device: only this device can send them again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncConnection } from '../../storage/sync-connection-query';
import type { SyncConnection } from '../../storage/sync-state';
import { useSyncStatus } from '../../sync/use-sync-status';
import { paths } from '../../ui/paths';
import { StaffPage } from '../../ui/staff-page';
import { useDeviceRole, type EnrolledConnection } from './access-queries';
import { AddDevice } from './add-device';
import { ConnectForm } from './connect-form';
import { DeviceList } from './device-list';
import { HeldChangesList } from './held-changes-list';
import { OverwrittenList } from './overwritten-list';
import { SyncStatusPanel } from './sync-status-panel';
import './connect.css';

function RevokedNotice() {
  const { t } = useTranslation('connect');
  return (
    <div className="notice notice--error sync-stopped">
      <p className="sync-status__state">
        <span aria-hidden="true" className="sync-shape">
          ✕
        </span>
        <strong>{t('revoked.heading')}</strong>
      </p>
      <p>{t('revoked.body')}</p>
    </div>
  );
}

function UpdateAppNotice() {
  const { t } = useTranslation('connect');
  return (
    <div className="notice notice--warning sync-stopped">
      <p className="sync-status__state">
        <span aria-hidden="true" className="sync-shape">
          ⟳
        </span>
        <strong>{t('updateApp.heading')}</strong>
      </p>
      <p>{t('updateApp.body')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('updateApp.reload')}
        </button>
      </div>
    </div>
  );
}

function ThisDevice({ connection }: { connection: SyncConnection }) {
  const { t } = useTranslation('connect');
  return (
    <dl className="sync-facts">
      <dt>{t('thisDevice.facility')}</dt>
      <dd>{connection.spaceName}</dd>
      <dt>{t('thisDevice.name')}</dt>
      <dd>{connection.deviceName || t('devices.unnamed')}</dd>
      {connection.role && (
        <>
          <dt>{t('thisDevice.role')}</dt>
          <dd>{t(`roles.${connection.role}`)}</dd>
        </>
      )}
    </dl>
  );
}

function StaffTools({ connection }: { connection: EnrolledConnection }) {
  const role = useDeviceRole(connection);
  if (role !== 'staff' && role !== 'admin') return null;
  return (
    <>
      <AddDevice connection={connection} role={role} />
      <DeviceList connection={connection} role={role} />
      <OverwrittenList connection={connection} />
    </>
  );
}

export function SyncScreen() {
  const { t } = useTranslation('connect');
  const connection = useSyncConnection();
  const status = useSyncStatus();
  const [connectedTo, setConnectedTo] = useState<string>();
  // The engine forgets the token when the server says revoked: the saved connection is the truth.
  const revoked = connection ? !connection.token : false;
  const enrolled = connection?.token ? (connection as EnrolledConnection) : undefined;

  return (
    <StaffPage title={t('title')} backTo={paths.settings()} backLabel={t('backSettings')}>
      <div className="connect-grid">
        <section className="card connect-card" aria-labelledby="sync-status-heading">
          <h2 id="sync-status-heading">{t('status.heading')}</h2>
          {connection === undefined ? (
            <p role="status">{t('loading', { ns: 'common' })}</p>
          ) : revoked ? (
            <>
              <RevokedNotice />
              <ConnectForm onConnected={setConnectedTo} />
            </>
          ) : !enrolled ? (
            <>
              <p>{t('alone')}</p>
              <ConnectForm onConnected={setConnectedTo} />
            </>
          ) : (
            <>
              {connectedTo !== undefined && (
                <p className="notice" role="status">
                  <span aria-hidden="true">✓ </span>
                  {t('connected.heading', { spaceName: connectedTo })} {t('connected.dataGoes')}
                </p>
              )}
              {status.state.kind === 'update-app' ? <UpdateAppNotice /> : <SyncStatusPanel status={status} />}
              <ThisDevice connection={enrolled} />
            </>
          )}
        </section>
        {enrolled && <HeldChangesList />}
        {enrolled && <StaffTools connection={enrolled} />}
      </div>
    </StaffPage>
  );
}
