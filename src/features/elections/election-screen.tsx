// /elections/:electionId — prepare candidates, pass the tablet round for the secret ballot,
// count, and apply the result.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { electionPeople, electionRoll, eligibleCandidates, type Candidate, type Election } from '../../domain/election';
import { joinSentences } from '../../domain/spoken-sentences';
import type { Member } from '../../domain/member';
import { useCouncil, useMembers } from '../../storage/live-queries';
import { shownRoll } from '../../domain/vote-eligibility';
import { useBallotBox, useCandidates, useElection, useFacilityResidents } from '../../storage/voting-queries';
import { MemberAvatar } from '../../ui/member-avatar';
import { PictureView } from '../../ui/picture-view';
import { SpeakButton } from '../../ui/speak-button';
import { StaffPage } from '../../ui/staff-page';
import type { ChoiceOption } from '../../shared/voting/choice-options';
import { formatCalendarDay } from '../../i18n/format';
import { SecretBallotFlow } from '../../shared/voting/secret-ballot-flow';
import { useBallotBackGuard } from '../../shared/voting/use-ballot-back-guard';
import { CandidateEditor } from './candidate-editor';
import { addCandidate, castElectionBallot, closeElectionBallot, setElectionStatus } from './election-actions';
import { ElectionResult } from './election-result';
import { seatsText } from './seats-text';
import { paths, routes, useRouteParams } from '../../ui/paths';
import { useValidatedSave, type CheckOutcome } from '../../ui/use-validated-save';
import './elections.css';

function candidateOption(candidate: Candidate, member: Member | undefined): ChoiceOption {
  const name = member?.displayName ?? '?';
  return {
    id: candidate.id,
    label: name,
    picture: member?.photo
      ? { type: 'photo', hash: member.photo }
      : (candidate.statementPicture ?? { type: 'pictogram', id: 'candidate' }),
    speech: joinSentences([name, candidate.statement]),
    voice: candidate.voice,
  };
}

/** No member chosen yet stores nothing and says nothing: the add button is off until one is. */
const chosenCheck = (memberId: string): CheckOutcome<string> =>
  memberId ? { ok: true, value: memberId } : { ok: false, errors: {} };

function Preparing({
  election,
  candidates,
  members,
}: {
  election: Election;
  candidates: readonly Candidate[];
  members: readonly Member[];
}) {
  const { t } = useTranslation('elections');
  const [chosen, setChosen] = useState('');
  const { failed, save } = useValidatedSave();
  const memberOf = new Map(members.map((m) => [m.id, m]));
  const eligible = eligibleCandidates(election, members);
  const voterCount = electionRoll(election, members).length;
  const available = eligible.filter((m) => !candidates.some((c) => c.memberId === m.id));
  return (
    <>
      <section className="card" aria-labelledby="candidates-heading">
        <h2 id="candidates-heading">{t('candidates.heading')}</h2>
        <p className="field__hint">{t('candidates.hint')}</p>
        {candidates.length === 0 ? (
          <p>{t('candidates.empty')}</p>
        ) : (
          <ul className="candidate-list">
            {candidates.map((c) => (
              <CandidateEditor key={c.id} candidate={c} member={memberOf.get(c.memberId)} />
            ))}
          </ul>
        )}
        {available.length === 0 ? (
          <p>{t('candidates.noneLeft')}</p>
        ) : (
          <form
            className="elections-form__row elections-add"
            onSubmit={(event) => {
              event.preventDefault();
              // No field shows a message here, so every refusal is "could not add".
              void save(chosenCheck, chosen, (memberId) => addCandidate(election.id, memberId), { fields: [] }).then(
                (added) => added && setChosen(''),
              );
            }}
          >
            <div className="field">
              <label htmlFor="candidate-member">{t('candidates.addLabel')}</label>
              <select id="candidate-member" value={chosen} onChange={(event) => setChosen(event.target.value)}>
                <option value="">{t('candidates.choose')}</option>
                {available.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.displayName}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button" disabled={!chosen}>
              <span aria-hidden="true">+</span> {t('candidates.add')}
            </button>
          </form>
        )}
        {failed && (
          <p className="notice notice--error" role="alert">
            {t('candidates.failed')}
          </p>
        )}
      </section>
      <div className="elections-start">
        {candidates.length === 0 && <p>{t('start.needCandidates')}</p>}
        {voterCount === 0 && <p>{t('start.noVoters')}</p>}
        <button
          type="button"
          className="button button--primary"
          disabled={candidates.length === 0 || voterCount === 0}
          onClick={() => void setElectionStatus(election.id, 'voting')}
        >
          {t('start.button')}
        </button>
      </div>
    </>
  );
}

function Voting({
  election,
  candidates,
  members,
}: {
  election: Election;
  candidates: readonly Candidate[];
  members: readonly Member[];
}) {
  const { t } = useTranslation('elections');
  const tv = useTranslation('voting').t;
  const box = useBallotBox(election.id);
  const [confirmClose, setConfirmClose] = useState(false);
  const memberOf = new Map(members.map((m) => [m.id, m]));
  const options = candidates.map((c) => candidateOption(c, memberOf.get(c.memberId)));
  // Everyone on the roll is offered (no attendance in an election); a representative votes
  // "for" the resident they stand in for, and the resident is not offered as well.
  const roll = shownRoll(electionRoll(election, members), new Set(), box?.votedMemberIds ?? []);
  const voters = roll.entries.flatMap((entry) => {
    const member = memberOf.get(entry.memberId);
    if (!member) return [];
    const resident = entry.forMemberId ? memberOf.get(entry.forMemberId) : undefined;
    const name = resident
      ? tv('panel.votesFor', { name: member.displayName, resident: resident.displayName })
      : member.displayName;
    return [{ id: member.id, name, photo: member.photo, voted: entry.voted }];
  });
  const missing = roll.eligibleCount - (box?.votedMemberIds.size ?? 0);
  return (
    <>
      <section className="card" aria-labelledby="election-candidates-heading">
        <h2 id="election-candidates-heading">{t('ballot.candidatesHeading')}</h2>
        <ul className="candidate-present">
          {candidates.map((c) => {
            const member = memberOf.get(c.memberId);
            const name = member?.displayName ?? '?';
            return (
              <li key={c.id} className="candidate-present__item">
                <MemberAvatar name={name} photoHash={member?.photo} size={96} />
                <span className="candidate-present__name">{name}</span>
                {(c.statement || c.statementPicture) && (
                  <span className="candidate-present__statement">
                    {c.statementPicture && <PictureView picture={c.statementPicture} decorative size={48} />}
                    {c.statement}
                  </span>
                )}
                <SpeakButton
                  text={joinSentences([name, c.statement])}
                  voice={c.voice}
                  label={t('ballot.listenTo', { name })}
                />
              </li>
            );
          })}
        </ul>
      </section>
      <SecretBallotFlow
        question={t('ballot.question')}
        voters={voters}
        options={options}
        maxChoices={1}
        // An election is always silent on the passed-round tablet: a tapped name is shown,
        // never said. Its candidates are heard above, and by "Hør mulighederne" on the ballot.
        spokenChoices={false}
        onCast={(memberId, picked, assisted) => castElectionBallot(election.id, memberId, picked, assisted)}
      />
      <div className="elections-start">
        {!confirmClose ? (
          <button type="button" className="button" onClick={() => setConfirmClose(true)}>
            {t('ballot.close')}
          </button>
        ) : (
          <div className="notice notice--warning" role="alert">
            {missing > 0 && <p>{tv('panel.closeMissing', { count: missing, total: roll.eligibleCount })}</p>}
            <p>{t('ballot.closeConfirm')}</p>
            <div className="button-row">
              <button
                type="button"
                className="button button--primary"
                onClick={() => void closeElectionBallot(election.id)}
              >
                {t('ballot.closeYes')}
              </button>
              <button type="button" className="button" onClick={() => setConfirmClose(false)}>
                {t('ballot.cancel')}
              </button>
            </div>
          </div>
        )}
      </div>
    </>
  );
}

export function ElectionScreen() {
  const { electionId } = useRouteParams(routes.election);
  const { t, i18n } = useTranslation('elections');
  const election = useElection(electionId);
  const council = useCouncil(election?.councilId);
  const members = useMembers(election?.councilId);
  const facilityResidents = useFacilityResidents(election?.councilId, election?.scope === 'facility');
  const candidates = useCandidates(electionId);
  // While residents vote, Back stays in the ballot (shared/voting/use-ballot-back-guard).
  useBallotBackGuard(election?.status === 'voting');

  if (
    election === undefined ||
    (election &&
      (council === undefined || members === undefined || candidates === undefined || facilityResidents === undefined))
  ) {
    return (
      <StaffPage title={t('title')}>
        <p role="status">{t('loading')}</p>
      </StaffPage>
    );
  }
  if (election === null || !council) {
    return (
      <StaffPage title={t('title')} backTo={paths.home()}>
        <p>{t('notFound')}</p>
      </StaffPage>
    );
  }
  // Everyone the election is among: the council's members, and the facility's other residents
  // when the council opened its election to them.
  const memberList = election ? electionPeople(election, members ?? [], facilityResidents ?? []) : [];
  const nameOf = new Map(memberList.map((m) => [m.id, m.displayName]));
  // Shown by name, never in the order they were added (or their random ids).
  const candidateList = [...(candidates ?? [])].sort((a, b) =>
    (nameOf.get(a.memberId) ?? '').localeCompare(nameOf.get(b.memberId) ?? '', 'da'),
  );

  return (
    <StaffPage title={election.title} backTo={paths.councilElections(council.id)} backLabel={t('backToElections')}>
      <p className="election-facts">
        <span>{council.name}</span>
        <span>{formatCalendarDay(election.heldOn, i18n.language)}</span>
        <span>{seatsText(t, election)}</span>
        <span className={`elections-status elections-status--${election.status}`}>
          {t(`list.status.${election.status}`)}
        </span>
      </p>
      {election.status === 'preparing' && (
        <Preparing election={election} candidates={candidateList} members={memberList} />
      )}
      {election.status === 'voting' && <Voting election={election} candidates={candidateList} members={memberList} />}
      {(election.status === 'counted' || election.status === 'applied') && (
        <ElectionResult election={election} council={council} candidates={candidateList} members={memberList} />
      )}
    </StaffPage>
  );
}
