// /councils/:councilId/elections — when the next election is due, the council's rules for
// ties and who votes, past and current elections, and a form for a new one.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  councilSchema,
  councilVoterRule,
  electionScopes,
  type Council,
  type ElectionScope,
} from '../../domain/council';
import { electionSchema } from '../../domain/election';
import { tieRules, type TieRule } from '../../domain/vote';
import { voterRules, type VoterRule } from '../../domain/vote-eligibility';
import { useCouncil, useMembers } from '../../storage/live-queries';
import { useElections } from '../../storage/voting-queries';
import { FormActions } from '../../ui/form-actions';
import { FormField } from '../../ui/form-field';
import { useValidatedSave } from '../../ui/use-validated-save';
import { StaffPage } from '../../ui/staff-page';
import { formatCalendarDay, localCalendarDay } from '../../i18n/format';
import { ElectionDueNotice } from '../../shared/voting/election-due-notice';
import { createElection, saveCouncilRules } from './election-actions';
import { seatsText } from './seats-text';
import { paths, routes, useRouteParams } from '../../ui/paths';
import './elections.css';

const rulesSchema = councilSchema.pick({ tieRule: true, voterRule: true, electionScope: true });

function CouncilRules({ council }: { council: Council }) {
  const { t } = useTranslation('elections');
  const tv = useTranslation('voting').t;
  const [tieRule, setTieRule] = useState<TieRule>(council.tieRule ?? 'staff-decide');
  const [voters, setVoters] = useState<VoterRule>(councilVoterRule(council));
  const [scope, setScope] = useState<ElectionScope>(council.electionScope ?? 'council');
  const [saved, setSaved] = useState(false);
  const { failed, saving, save } = useValidatedSave();
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const rules = { tieRule, voterRule: voters, electionScope: scope };
    const done = await save(rulesSchema, rules, async (valid) => {
      await saveCouncilRules(council.id, valid);
      return true;
    });
    if (done) setSaved(true);
  }
  return (
    <section className="card elections-rules" aria-labelledby="elections-rules-heading">
      <h2 id="elections-rules-heading">{t('rules.heading')}</h2>
      <form className="elections-form" noValidate onSubmit={submit}>
        <FormField label={t('rules.tieRule')}>
          {(control) => (
            <select {...control} value={tieRule} onChange={(event) => setTieRule(event.target.value as TieRule)}>
              {tieRules.map((rule) => (
                <option key={rule} value={rule}>
                  {tv(`tieRule.${rule}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <fieldset className="elections-rules__choice" aria-describedby="elections-rules-voters-hint">
          <legend>{t('rules.voters')}</legend>
          <p id="elections-rules-voters-hint" className="field__hint">
            {t('rules.votersHint')}
          </p>
          {voterRules.map((v) => (
            <label key={v} className="elections-rules__radio">
              <input type="radio" name="voter-rule" value={v} checked={voters === v} onChange={() => setVoters(v)} />
              {t(`rules.voterOptions.${v}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="elections-rules__choice">
          <legend>{t('rules.scope')}</legend>
          {electionScopes.map((v) => (
            <label key={v} className="elections-rules__radio">
              <input type="radio" name="election-scope" value={v} checked={scope === v} onChange={() => setScope(v)} />
              {t(`rules.scopeOptions.${v}`)}
            </label>
          ))}
        </fieldset>
        <div className="elections-form__actions" role="status">
          <button type="submit" className="button" disabled={saving}>
            {t('rules.save')}
          </button>
          {saved && <span>{t('rules.saved')}</span>}
          {failed && <span className="notice notice--error">{t('rules.failed')}</span>}
        </div>
      </form>
    </section>
  );
}

function NewElectionForm({ council }: { council: Council }) {
  const { t } = useTranslation('elections');
  const navigate = useNavigate();
  const [today] = useState(localCalendarDay);
  const [title, setTitle] = useState(() => t('form.defaultName', { year: today.slice(0, 4) }));
  const [heldOn, setHeldOn] = useState(today);
  const [seats, setSeats] = useState('4');
  const [substitutes, setSubstitutes] = useState('2');
  const { errors, failed, saving, save } = useValidatedSave();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      id: crypto.randomUUID(),
      councilId: council.id,
      title,
      heldOn,
      seats: seats.trim() === '' ? Number.NaN : Number(seats),
      substitutes: substitutes.trim() === '' ? Number.NaN : Number(substitutes),
      voters: councilVoterRule(council),
      scope: council.electionScope ?? 'council',
      status: 'preparing' as const,
    };
    const election = await save(electionSchema, input, ({ id: _id, status: _status, ...rest }) => createElection(rest));
    if (election) await navigate(paths.election(election.id));
  }

  return (
    <section className="card" aria-labelledby="elections-new-heading">
      <h2 id="elections-new-heading">{t('form.heading')}</h2>
      <form className="elections-form" noValidate onSubmit={submit}>
        <FormField label={t('form.name')} error={errors.title}>
          {(control) => (
            <input {...control} type="text" value={title} onChange={(event) => setTitle(event.target.value)} />
          )}
        </FormField>
        <FormField label={t('form.heldOn')} error={errors.heldOn}>
          {(control) => (
            <input {...control} type="date" value={heldOn} onChange={(event) => setHeldOn(event.target.value)} />
          )}
        </FormField>
        <div className="elections-form__row">
          <FormField label={t('form.seats')} error={errors.seats}>
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={1}
                max={20}
                value={seats}
                onChange={(event) => setSeats(event.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('form.substitutes')} error={errors.substitutes}>
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={0}
                max={20}
                value={substitutes}
                onChange={(event) => setSubstitutes(event.target.value)}
              />
            )}
          </FormField>
        </div>
        <FormActions submitLabel={t('form.create')} busy={saving} failed={failed} failedMessage={t('form.failed')} />
      </form>
    </section>
  );
}

export function ElectionsScreen() {
  const { councilId } = useRouteParams(routes.councilElections);
  const { t, i18n } = useTranslation('elections');
  const council = useCouncil(councilId);
  const memberList = useMembers(councilId);
  const list = useElections(councilId);
  const [today] = useState(localCalendarDay);

  if (council === undefined) {
    return (
      <StaffPage
        title={t('title')}
        backTo={paths.home()}
        backLabel={t('backHome', { ns: 'councils', defaultValue: t('backToCouncil') })}
      >
        <p role="status">{t('loading')}</p>
      </StaffPage>
    );
  }
  if (council === null) {
    return (
      <StaffPage title={t('title')} backTo={paths.home()}>
        <p>{t('councilNotFound')}</p>
      </StaffPage>
    );
  }

  return (
    <StaffPage
      title={t('screenTitle', { council: council.name })}
      backTo={paths.council(council.id)}
      backLabel={t('backToCouncil')}
    >
      <ElectionDueNotice council={council} members={memberList ?? []} today={today} />
      <div className="elections-columns">
        <section className="elections-list" aria-labelledby="elections-list-heading">
          <h2 id="elections-list-heading">{t('list.heading')}</h2>
          {list === undefined ? (
            <p role="status">{t('loading')}</p>
          ) : list.length === 0 ? (
            <p>{t('list.empty')}</p>
          ) : (
            <ul className="elections-list__items">
              {list.map((election) => (
                <li key={election.id}>
                  <Link to={paths.election(election.id)} className="elections-list__item">
                    <span className="elections-list__title">{election.title}</span>
                    <span>{formatCalendarDay(election.heldOn, i18n.language)}</span>
                    <span>{seatsText(t, election)}</span>
                    <span className={`elections-status elections-status--${election.status}`}>
                      {t(`list.status.${election.status}`)}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <NewElectionForm council={council} />
        </section>
        {/* Keyed by council only: saving changes the council, and must not wipe "Reglerne er gemt." */}
        <CouncilRules key={council.id} council={council} />
      </div>
    </StaffPage>
  );
}
