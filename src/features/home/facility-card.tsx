import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Council } from '../../domain/council';
import { isWebsite, type Facility } from '../../domain/facility';
import { useCouncils } from '../../storage/live-queries';
import { removeWithContent } from '../../storage/remove-cascade';
import { InlineConfirm } from '../../ui/inline-confirm';
import { CouncilForm } from './council-form';
import { CouncilRow } from './council-row';
import { FacilityForm } from './facility-form';

type Mode =
  { kind: 'view' } | { kind: 'edit-facility' } | { kind: 'add-council' } | { kind: 'edit-council'; council: Council };

export function FacilityCard({ facility, now }: { facility: Facility; now: Date }) {
  const { t } = useTranslation('home');
  const councilList = useCouncils(facility.id);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [deleteFailed, setDeleteFailed] = useState(false);
  const headingId = `facility-${facility.id}`;

  async function guardedDelete(action: () => Promise<void>) {
    setDeleteFailed(false);
    try {
      await action();
    } catch {
      setDeleteFailed(true);
    }
  }

  return (
    <section className="card home-facility" aria-labelledby={headingId}>
      {mode.kind === 'edit-facility' ? (
        <>
          <h2 id={headingId}>{t('facility.editHeading', { name: facility.name })}</h2>
          <FacilityForm
            facility={facility}
            onSaved={() => setMode({ kind: 'view' })}
            onCancel={() => setMode({ kind: 'view' })}
          />
        </>
      ) : (
        <div className="home-facility__head">
          <div>
            <h2 id={headingId}>{facility.name}</h2>
            <p className="home-facility__kind">
              {t(`facilityKind.${facility.kind}`)}
              {/* Never a broken link, even from data stored before addresses were checked. */}
              {facility.website && isWebsite(facility.website) && (
                <>
                  {' · '}
                  <a href={facility.website} target="_blank" rel="noreferrer">
                    {t('facility.website')}
                    <span className="visually-hidden"> {t('facility.opensNewWindow')}</span>
                  </a>
                </>
              )}
            </p>
          </div>
          <div className="button-row home-facility__actions">
            <button
              type="button"
              className="button"
              aria-label={t('facility.editLabel', { name: facility.name })}
              onClick={() => setMode({ kind: 'edit-facility' })}
            >
              {t('actions.edit', { ns: 'common' })}
            </button>
            <InlineConfirm
              triggerLabel={t('actions.delete', { ns: 'common' })}
              triggerAccessibleName={t('facility.deleteLabel', { name: facility.name })}
              question={t('facility.deleteQuestion', { name: facility.name, count: councilList?.length ?? 0 })}
              confirmLabel={t('facility.deleteConfirm')}
              onConfirm={() => guardedDelete(() => removeWithContent('facilities', facility.id))}
            />
          </div>
        </div>
      )}

      {deleteFailed && (
        <p className="form-error" role="alert">
          {t('deleteFailed')}
        </p>
      )}

      <h3 className="home-facility__councils-heading">{t('facility.councilsHeading')}</h3>
      {councilList === undefined ? (
        <p>{t('loading', { ns: 'common' })}</p>
      ) : councilList.length === 0 ? (
        <p className="home-facility__empty">{t('facility.noCouncils')}</p>
      ) : (
        <ul className="home-councils">
          {councilList.map((council) => (
            <li key={council.id} className="home-councils__item">
              {mode.kind === 'edit-council' && mode.council.id === council.id ? (
                <div className="home-councils__edit">
                  <h4>{t('council.editHeading', { name: council.name })}</h4>
                  <CouncilForm
                    facilityId={facility.id}
                    council={council}
                    onSaved={() => setMode({ kind: 'view' })}
                    onCancel={() => setMode({ kind: 'view' })}
                  />
                </div>
              ) : (
                <>
                  <CouncilRow council={council} now={now} />
                  <div className="button-row home-councils__actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={t('council.editLabel', { name: council.name })}
                      onClick={() => setMode({ kind: 'edit-council', council })}
                    >
                      {t('actions.edit', { ns: 'common' })}
                    </button>
                    <InlineConfirm
                      triggerLabel={t('actions.delete', { ns: 'common' })}
                      triggerAccessibleName={t('council.deleteLabel', { name: council.name })}
                      question={t('council.deleteQuestion', { name: council.name })}
                      confirmLabel={t('council.deleteConfirm')}
                      onConfirm={() => guardedDelete(() => removeWithContent('councils', council.id))}
                    />
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      {mode.kind === 'add-council' ? (
        <div className="home-facility__add-council">
          <h3>{t('council.addHeading', { name: facility.name })}</h3>
          <CouncilForm
            facilityId={facility.id}
            onSaved={() => setMode({ kind: 'view' })}
            onCancel={() => setMode({ kind: 'view' })}
          />
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setMode({ kind: 'add-council' })}>
          {t('council.addButton')}
          <span className="visually-hidden"> {t('council.addButtonContext', { name: facility.name })}</span>
        </button>
      )}
    </section>
  );
}
