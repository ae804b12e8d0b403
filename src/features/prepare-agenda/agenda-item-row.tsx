import { forwardRef, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../domain/agenda-item';
import { InlineConfirm } from '../../ui/inline-confirm';
import { PictureView } from '../../ui/picture-view';
import { kindPicture } from './agenda-item-draft';

export interface AgendaItemRowHandle {
  focusMove: (direction: -1 | 1) => void;
}

interface Props {
  item: AgendaItem;
  /** The item's number on the agenda; null for a break (shown with pause bars instead). */
  number: number | null;
  isFirst: boolean;
  isLast: boolean;
  readOnly: boolean;
  busy: boolean;
  onMove: (direction: -1 | 1) => void;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}

export const AgendaItemRow = forwardRef<AgendaItemRowHandle, Props>(function AgendaItemRow(
  { item, number, isFirst, isLast, readOnly, busy, onMove, onEdit, onDelete },
  ref,
) {
  const { t } = useTranslation('prepare-agenda');
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  useImperativeHandle(ref, () => ({
    focusMove(direction) {
      // At the top or bottom the button in that direction is disabled: use the other one.
      const wanted = direction === -1 ? upRef.current : downRef.current;
      const other = direction === -1 ? downRef.current : upRef.current;
      (wanted && !wanted.disabled ? wanted : other)?.focus();
    },
  }));

  return (
    <article className="agenda-row card" aria-labelledby={`agenda-row-${item.id}`}>
      {number !== null ? (
        <span className="agenda-row__number" aria-hidden="true">
          {number}
        </span>
      ) : (
        <span className="agenda-row__number agenda-row__number--break" aria-hidden="true">
          <svg viewBox="0 0 24 24" focusable="false">
            <rect x="6" y="5" width="4" height="14" rx="1" fill="currentColor" />
            <rect x="14" y="5" width="4" height="14" rx="1" fill="currentColor" />
          </svg>
        </span>
      )}
      <PictureView picture={item.picture ?? kindPicture(item.kind)} size={72} decorative />
      <div className="agenda-row__body">
        <h2 id={`agenda-row-${item.id}`} className="agenda-row__title">
          {number !== null && (
            <>
              <span className="visually-hidden">{t('row.number', { number })}</span>{' '}
            </>
          )}
          {item.title}
        </h2>
        <p className="agenda-row__meta">
          <span className="agenda-row__kind">{t(`kind.${item.kind}`)}</span>
          {/* The dot is for the eye; a screen reader hears a comma, not "Information5 minutter". */}
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">, </span>
          <span>{t('row.minutes', { count: item.plannedMinutes })}</span>
        </p>
        {item.details && <p className="agenda-row__details">{item.details}</p>}
      </div>
      {!readOnly && (
        <div className="agenda-row__actions">
          <div className="agenda-row__move" role="group" aria-label={t('row.moveGroup', { title: item.title })}>
            <button
              ref={upRef}
              type="button"
              className="button"
              disabled={isFirst}
              aria-label={t('row.moveUpNamed', { title: item.title })}
              onClick={() => !busy && onMove(-1)}
            >
              <span aria-hidden="true">↑</span> {t('row.moveUp')}
            </button>
            <button
              ref={downRef}
              type="button"
              className="button"
              disabled={isLast}
              aria-label={t('row.moveDownNamed', { title: item.title })}
              onClick={() => !busy && onMove(1)}
            >
              <span aria-hidden="true">↓</span> {t('row.moveDown')}
            </button>
          </div>
          <div className="button-row">
            <button
              type="button"
              className="button"
              aria-label={t('row.editNamed', { title: item.title })}
              onClick={onEdit}
            >
              {t('actions.edit', { ns: 'common' })}
            </button>
            <InlineConfirm
              triggerLabel={t('actions.delete', { ns: 'common' })}
              triggerAccessibleName={t('row.deleteNamed', { title: item.title })}
              question={t('row.deleteQuestion', { title: item.title })}
              confirmLabel={t('row.deleteConfirm')}
              onConfirm={onDelete}
            />
          </div>
        </div>
      )}
    </article>
  );
});
