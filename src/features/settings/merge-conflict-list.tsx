// Merges a backup could not make (the result broke a rule of the schema). The tablet kept its
// own record; the incoming copy waits here until staff have read it and remove the message.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSyncedTableName } from '../../domain/table-registry';
import { conflictTitle, type MergeConflict } from '../../domain/merge-conflict';
import { validationKey } from '../../domain/validation-issue';
import { dismissMergeConflict, useMergeConflicts } from '../../storage/merge-conflicts';
import { InlineConfirm } from '../../ui/inline-confirm';

const dateTime = { dateStyle: 'long', timeStyle: 'short' } as const;

function ConflictItem({ conflict }: { conflict: MergeConflict }) {
  const { t } = useTranslation('settings');
  const [failed, setFailed] = useState(false);
  const table = isSyncedTableName(conflict.table) ? t(`conflicts.table.${conflict.table}`) : conflict.table;
  const name = t('conflicts.record', { table, title: conflictTitle(conflict) ?? t('conflicts.untitled') });
  return (
    <li className="settings-conflict">
      <p>
        <strong>{name}</strong>
      </p>
      <p>{t(validationKey(conflict.reason), { ns: 'common' })}</p>
      <p className="settings-conflict__when">
        {t('conflicts.tried', { at: new Date(conflict.at), formatParams: { at: dateTime } })}
      </p>
      <InlineConfirm
        triggerLabel={t('conflicts.dismiss')}
        triggerAccessibleName={t('conflicts.dismissName', { name })}
        triggerClassName="button"
        question={t('conflicts.dismissQuestion', { name })}
        confirmLabel={t('conflicts.dismissConfirm')}
        onConfirm={async () => {
          setFailed(false);
          try {
            await dismissMergeConflict(conflict.id);
          } catch {
            setFailed(true);
          }
        }}
      />
      {failed && (
        <p className="form-error" role="alert">
          {t('conflicts.dismissFailed')}
        </p>
      )}
    </li>
  );
}

export function MergeConflictList() {
  const { t } = useTranslation('settings');
  const conflicts = useMergeConflicts();
  if (!conflicts || conflicts.length === 0) return null;
  return (
    <div className="settings-conflicts">
      <h3 id="settings-conflicts">{t('conflicts.heading')}</h3>
      <p>{t('conflicts.intro')}</p>
      <ul aria-labelledby="settings-conflicts" className="settings-conflicts__list">
        {conflicts.map((conflict) => (
          <ConflictItem key={conflict.id} conflict={conflict} />
        ))}
      </ul>
    </div>
  );
}
