// Staff prepare the agenda: items in order, each with a picture, a kind and planned minutes.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaItem } from '../../domain/agenda-item';
import { numberAgenda } from '../../domain/agenda-numbering';
import { nextOrder, totalPlannedMinutes } from '../../domain/agenda-order';
import type { Meeting } from '../../domain/meeting';
import { meetingLengthMinutes } from '../../domain/meeting-length';
import { useAgenda, useCouncil, useMeeting } from '../../storage/live-queries';
import { StaffPage } from '../../ui/staff-page';
import { AgendaItemForm } from './agenda-item-form';
import { AgendaItemRow, type AgendaItemRowHandle } from './agenda-item-row';
import { deleteAgendaItem, moveAgendaItem } from './agenda-writes';
import { paths, routes, useRouteParams } from '../../ui/paths';
import './agenda-builder-screen.css';

type Editing = { mode: 'add' } | { mode: 'edit'; id: string } | null;

export function AgendaBuilderScreen() {
  const { meetingId } = useRouteParams(routes.meetingAgenda);
  const { t } = useTranslation('prepare-agenda');
  const meeting = useMeeting(meetingId);
  const agenda = useAgenda(meetingId);

  if (meeting === undefined || agenda === undefined) {
    return (
      <StaffPage title={t('builder.loadingTitle')}>
        <p>{t('loading', { ns: 'common' })}</p>
      </StaffPage>
    );
  }
  if (meeting === null) {
    return (
      <StaffPage title={t('builder.notFoundTitle')} backTo={paths.home()} backLabel={t('nav.home', { ns: 'common' })}>
        <p>{t('builder.notFoundBody')}</p>
      </StaffPage>
    );
  }
  return <AgendaBuilder meeting={meeting} agenda={agenda} />;
}

function AgendaBuilder({ meeting, agenda }: { meeting: Meeting; agenda: AgendaItem[] }) {
  const { t } = useTranslation('prepare-agenda');
  const [editing, setEditing] = useState<Editing>(null);
  const [announcement, setAnnouncement] = useState('');
  const [failed, setFailed] = useState(false);
  const [moving, setMoving] = useState(false);
  const rowRefs = useRef(new Map<string, AgendaItemRowHandle>());
  // Favourite and recently used symbols belong to the facility the council is part of.
  const facilityId = useCouncil(meeting.councilId)?.facilityId;
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<{ id: string; direction: -1 | 1 } | null>(null);

  const readOnly = meeting.status === 'minutes-published';
  const planned = totalPlannedMinutes(agenda);
  const available = meetingLengthMinutes(meeting);
  const over = planned > available;
  const numbers = numberAgenda(agenda);

  // After a move the row is re-rendered in its new place; keep focus on its move button.
  useEffect(() => {
    const wanted = pendingFocus.current;
    if (!wanted) return;
    pendingFocus.current = null;
    rowRefs.current.get(wanted.id)?.focusMove(wanted.direction);
  }, [agenda]);

  async function move(item: AgendaItem, direction: -1 | 1) {
    setFailed(false);
    setMoving(true);
    try {
      pendingFocus.current = { id: item.id, direction };
      const changed = await moveAgendaItem(agenda, item.id, direction);
      if (changed > 0) {
        // Say the item's number in its new place (the same rule as everywhere: breaks have none).
        const index = agenda.findIndex((i) => i.id === item.id);
        const moved = [...agenda];
        const [taken] = moved.splice(index, 1);
        if (taken) moved.splice(index + direction, 0, taken);
        const number = numberAgenda(moved).get(item.id) ?? null;
        setAnnouncement(
          number === null
            ? t(direction === -1 ? 'builder.movedBreakUp' : 'builder.movedBreakDown', { title: item.title })
            : t('builder.moved', { title: item.title, number }),
        );
      }
    } catch {
      setFailed(true);
    } finally {
      setMoving(false);
    }
  }

  async function remove(item: AgendaItem) {
    setFailed(false);
    try {
      await deleteAgendaItem(item.id);
      setAnnouncement(t('builder.deleted', { title: item.title }));
      addButtonRef.current?.focus();
    } catch {
      setFailed(true);
    }
  }

  function finishEditing(saved: AgendaItem | null, wasAdding: boolean) {
    setEditing(null);
    if (saved) setAnnouncement(t(wasAdding ? 'builder.added' : 'builder.saved', { title: saved.title }));
    requestAnimationFrame(() => {
      if (saved && !wasAdding) rowRefs.current.get(saved.id)?.focusMove(-1);
      else addButtonRef.current?.focus();
    });
  }

  return (
    <StaffPage
      title={t('builder.title', { title: meeting.title })}
      backTo={paths.meeting(meeting.id)}
      backLabel={meeting.title}
      actions={
        <Link className="button" to={paths.meetingBefore(meeting.id, { preview: true })}>
          {t('builder.preview')}
        </Link>
      }
    >
      {readOnly && <p className="notice agenda-builder__notice">{t('builder.readOnly')}</p>}
      {meeting.status === 'in-progress' && (
        <p className="notice notice--warning agenda-builder__notice">{t('builder.inProgressWarning')}</p>
      )}
      {meeting.status === 'held' && (
        <p className="notice notice--warning agenda-builder__notice">{t('builder.heldWarning')}</p>
      )}

      <div className={`agenda-builder__time${over ? ' agenda-builder__time--over' : ''}`}>
        <p className="agenda-builder__time-text">{t('builder.timeSummary', { planned, available })}</p>
        <div className="agenda-builder__meter" aria-hidden="true">
          <span style={{ width: `${Math.min(100, available > 0 ? (planned / available) * 100 : 100)}%` }} />
        </div>
        {over && (
          <p className="notice notice--warning agenda-builder__notice">
            {t('builder.overTime', { over: planned - available })}
          </p>
        )}
      </div>

      <div aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      {failed && (
        <p className="notice notice--error agenda-builder__notice" role="alert">
          {t('builder.writeFailed')}
        </p>
      )}

      {agenda.length === 0 && editing?.mode !== 'add' && <p className="agenda-builder__empty">{t('builder.empty')}</p>}

      {agenda.length > 0 && (
        <ol className="agenda-builder__list" aria-label={t('builder.listLabel')}>
          {agenda.map((item, index) => (
            <li key={item.id}>
              {editing?.mode === 'edit' && editing.id === item.id ? (
                <AgendaItemForm
                  meetingId={meeting.id}
                  facilityId={facilityId}
                  item={item}
                  newOrder={item.order}
                  onSaved={(saved) => finishEditing(saved, false)}
                  onCancel={() => finishEditing(null, false)}
                />
              ) : (
                <AgendaItemRow
                  ref={(handle) => {
                    if (handle) rowRefs.current.set(item.id, handle);
                    else rowRefs.current.delete(item.id);
                  }}
                  item={item}
                  number={numbers.get(item.id) ?? null}
                  isFirst={index === 0}
                  isLast={index === agenda.length - 1}
                  readOnly={readOnly}
                  busy={moving}
                  onMove={(direction) => void move(item, direction)}
                  onEdit={() => setEditing({ mode: 'edit', id: item.id })}
                  onDelete={() => remove(item)}
                />
              )}
            </li>
          ))}
        </ol>
      )}

      {!readOnly &&
        (editing?.mode === 'add' ? (
          <AgendaItemForm
            meetingId={meeting.id}
            facilityId={facilityId}
            newOrder={nextOrder(agenda)}
            onSaved={(saved) => finishEditing(saved, true)}
            onCancel={() => finishEditing(null, true)}
          />
        ) : (
          <div className="button-row agenda-builder__add">
            <button
              ref={addButtonRef}
              type="button"
              className="button button--primary"
              onClick={() => setEditing({ mode: 'add' })}
            >
              <span aria-hidden="true">+</span> {t('builder.add')}
            </button>
          </div>
        ))}
    </StaffPage>
  );
}
