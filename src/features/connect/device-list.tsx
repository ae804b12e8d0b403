// The facility's devices: name, role, when last seen, and Revoke (asked inline first). A revoked
// device keeps its data; it can no longer sync.
//
// On a narrow screen CSS stacks the table (connect.css), and a table whose parts are displayed
// as blocks loses its semantics in some browsers unless every part says its role. The lint
// rules below take those roles for redundant or wrong; here they are what keeps the table one.
/* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClockTime, formatInstantDate } from '../../i18n/format';
import { InlineConfirm } from '../../ui/inline-confirm';
import type { DeviceRole, ListedDevice } from './access-api';
import { accessErrorKey } from './access-error-text';
import { useDevices, useRevokeDevice, type EnrolledConnection } from './access-queries';
import { mayRevoke } from './connect-device';

function When({ iso }: { iso: string | null }) {
  const { t, i18n } = useTranslation('connect');
  if (!iso) return <>{t('devices.neverSeen')}</>;
  return (
    <>
      {t('devices.at', {
        date: formatInstantDate(iso, i18n.language),
        time: formatClockTime(iso, i18n.language),
      })}
    </>
  );
}

interface RowProps {
  device: ListedDevice;
  connection: EnrolledConnection;
  role: DeviceRole;
}

/** A column's name inside its cell, shown only when the table is stacked on a narrow screen. */
function CellLabel({ text }: { text: string }) {
  return (
    <span className="device-table__label" aria-hidden="true">
      {text}
    </span>
  );
}

function DeviceRow({ device, connection, role }: RowProps) {
  const { t, i18n } = useTranslation('connect');
  const revoke = useRevokeDevice(connection);
  const [error, setError] = useState<string>();
  const self = device.id === connection.deviceId;
  const name = device.name || t('devices.unnamed');
  return (
    <tr role="row">
      <th scope="row" role="rowheader">
        {name}
        {self && <span className="device-self"> {t('devices.thisDevice')}</span>}
      </th>
      <td role="cell">
        <CellLabel text={t('devices.role')} />
        {t(`roles.${device.role}`)}
      </td>
      <td role="cell">
        <CellLabel text={t('devices.lastSeen')} />
        <When iso={device.lastSeenAt} />
      </td>
      <td role="cell">
        <CellLabel text={t('devices.access')} />
        {device.revokedAt ? (
          <span>
            <span aria-hidden="true">✕ </span>
            {t('devices.revokedAt', { date: formatInstantDate(device.revokedAt, i18n.language) })}
          </span>
        ) : self || !mayRevoke(role, device.role) ? (
          <span>
            <span aria-hidden="true">✓ </span>
            {t('devices.active')}
          </span>
        ) : (
          <>
            <InlineConfirm
              triggerLabel={t('devices.revoke')}
              triggerAccessibleName={t('devices.revokeName', { name })}
              question={t('devices.revokeQuestion', { name })}
              confirmLabel={t('devices.revokeConfirm')}
              onConfirm={async () => {
                setError(undefined);
                try {
                  await revoke.mutateAsync(device.id);
                } catch (failure) {
                  setError(t(accessErrorKey(failure)));
                }
              }}
            />
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
          </>
        )}
      </td>
    </tr>
  );
}

export function DeviceList({ connection, role }: { connection: EnrolledConnection; role: DeviceRole }) {
  const { t } = useTranslation('connect');
  const devices = useDevices(connection);
  return (
    <section className="card connect-card" aria-labelledby="connect-devices">
      <h2 id="connect-devices">{t('devices.heading')}</h2>
      <p>{t('devices.intro')}</p>
      {devices.isPending ? (
        <p role="status">{t('loading', { ns: 'common' })}</p>
      ) : devices.isError ? (
        <p className="form-error" role="alert">
          {t(accessErrorKey(devices.error))}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="device-table" role="table">
            <caption className="visually-hidden">{t('devices.heading')}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  {t('devices.name')}
                </th>
                <th scope="col" role="columnheader">
                  {t('devices.role')}
                </th>
                <th scope="col" role="columnheader">
                  {t('devices.lastSeen')}
                </th>
                <th scope="col" role="columnheader">
                  {t('devices.access')}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {devices.data.map((device) => (
                <DeviceRow key={device.id} device={device} connection={connection} role={role} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
