import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Member } from '../../domain/member';
import { formatCalendarDay } from '../../i18n/format';
import { useCouncil, useMembers } from '../../storage/live-queries';
import { InlineConfirm } from '../../ui/inline-confirm';
import { MemberAvatar } from '../../ui/member-avatar';
import { StaffLoading, StaffNotFound } from '../../ui/staff-record-state';
import { StaffPage } from '../../ui/staff-page';
import { MemberForm } from './member-form';
import { removeMember } from './remove-member';
import { paths, routes, useRouteParams } from '../../ui/paths';
import './members-screen.css';

function MemberCard({ member, all, onEdit }: { member: Member; all: readonly Member[]; onEdit: () => void }) {
  const { t, i18n } = useTranslation('members');
  const [deleteFailed, setDeleteFailed] = useState(false);
  const represents = member.representsMemberId ? all.find((m) => m.id === member.representsMemberId) : undefined;
  const term =
    member.termStart && member.termEnd
      ? t('term.both', {
          start: formatCalendarDay(member.termStart, i18n.language),
          end: formatCalendarDay(member.termEnd, i18n.language),
        })
      : member.termStart
        ? t('term.from', { start: formatCalendarDay(member.termStart, i18n.language) })
        : member.termEnd
          ? t('term.until', { end: formatCalendarDay(member.termEnd, i18n.language) })
          : undefined;
  return (
    <li className="card members-card">
      <MemberAvatar name={member.displayName} photoHash={member.photo} colour="by-name" />
      <div className="members-card__text">
        <h3 className="members-card__name">{member.displayName}</h3>
        <p className="members-card__role">
          {t(`role.${member.role}`)}
          {represents && <> · {t('representsName', { name: represents.displayName })}</>}
          {member.substituteRank !== undefined && <> · {t('substitute', { rank: member.substituteRank })}</>}
        </p>
        {term && <p className="members-card__term">{term}</p>}
        {member.photo && (
          <p className="members-card__consent">
            <span aria-hidden="true">{member.photoConsent ? '✓ ' : '✕ '}</span>
            {member.photoConsent ? t('consent.yes') : t('consent.no')}
          </p>
        )}
      </div>
      <div className="button-row members-card__actions">
        <button
          type="button"
          className="button"
          aria-label={t('editLabel', { name: member.displayName })}
          onClick={onEdit}
        >
          {t('actions.edit', { ns: 'common' })}
        </button>
        <InlineConfirm
          triggerLabel={t('actions.delete', { ns: 'common' })}
          triggerAccessibleName={t('deleteLabel', { name: member.displayName })}
          question={t('deleteQuestion', { name: member.displayName })}
          confirmLabel={t('deleteConfirm')}
          onConfirm={async () => {
            setDeleteFailed(false);
            try {
              await removeMember(member.id, member.councilId);
            } catch {
              setDeleteFailed(true);
            }
          }}
        />
      </div>
      {deleteFailed && (
        <p className="form-error members-card__error" role="alert">
          {t('deleteFailed')}
        </p>
      )}
    </li>
  );
}

export function MembersScreen() {
  const { councilId } = useRouteParams(routes.councilMembers);
  const { t } = useTranslation('members');
  const council = useCouncil(councilId);
  const memberList = useMembers(councilId);
  const [editingId, setEditingId] = useState<string>();

  if (council === undefined) return <StaffLoading title={t('title')} backLabel={t('backHome')} />;
  if (council === null) {
    return <StaffNotFound title={t('notFound.title')} body={t('notFound.body')} homeLabel={t('backHome')} />;
  }

  const list = memberList ?? [];
  const residents = list.filter((m) => m.role === 'resident');

  return (
    <StaffPage
      title={t('titleFor', { council: council.name })}
      backTo={paths.council(council.id)}
      backLabel={council.name}
    >
      <p className="members-intro">{t('intro')}</p>
      <section aria-labelledby="members-list-heading">
        <h2 id="members-list-heading">{t('listHeading', { count: list.length })}</h2>
        {memberList === undefined ? (
          <p role="status">{t('loading', { ns: 'common' })}</p>
        ) : list.length === 0 ? (
          <p className="members-empty">{t('empty')}</p>
        ) : (
          <ul className="members-list">
            {list.map((member) =>
              editingId === member.id ? (
                <li key={member.id} className="card members-card members-card--editing">
                  <h3>{t('editHeading', { name: member.displayName })}</h3>
                  <MemberForm
                    councilId={council.id}
                    member={member}
                    residents={residents}
                    onSaved={() => setEditingId(undefined)}
                    onCancel={() => setEditingId(undefined)}
                  />
                </li>
              ) : (
                <MemberCard key={member.id} member={member} all={list} onEdit={() => setEditingId(member.id)} />
              ),
            )}
          </ul>
        )}
      </section>
      <section className="card members-add" aria-labelledby="members-add-heading">
        <h2 id="members-add-heading">{t('addHeading')}</h2>
        <MemberForm councilId={council.id} residents={residents} />
      </section>
    </StaffPage>
  );
}
