// A counted election: candidates ranked by votes, who is elected and who is substitute, ties
// across a boundary flagged for staff (decide or draw lots), then applying the result.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Council } from '../../domain/council';
import {
  addYears,
  allocateSeats,
  drawElectionLot,
  termYears,
  type Candidate,
  type Election,
} from '../../domain/election';
import type { Member } from '../../domain/member';
import { useClosedSecretBallots } from '../../storage/voting-queries';
import { MemberAvatar } from '../../ui/member-avatar';
import { SpeakButton } from '../../ui/speak-button';
import { formatCalendarDay, localCalendarDay } from '../../i18n/format';
import { minSecretBreakdown, pickedOptions } from '../../domain/vote';
import { applyElection, recordElectionTieBreak } from './election-actions';
import { useBusyAction } from '../../ui/use-busy-action';

interface ElectionResultProps {
  election: Election;
  council: Council;
  candidates: readonly Candidate[];
  members: readonly Member[];
}

export function ElectionResult({ election, council, candidates, members }: ElectionResultProps) {
  const { t, i18n } = useTranslation('elections');
  const tv = useTranslation('voting').t;
  // The tally stored when the ballot closed; only an election closed before tallies were
  // stored is counted from the ballots on this tablet.
  const ballots = useClosedSecretBallots(election.tally ? undefined : election.id, true);
  const { busy, run: runOnce } = useBusyAction();
  const [failed, setFailed] = useState(false);
  const memberOf = new Map(members.map((m) => [m.id, m]));
  const nameOf = (candidateId: string) => {
    const c = candidates.find((x) => x.id === candidateId);
    return (c && memberOf.get(c.memberId)?.displayName) ?? '?';
  };

  if (!election.tally && ballots === undefined) return <p role="status">{t('loading')}</p>;
  const { counts, ballotCount } = election.tally
    ? { counts: election.tally.counts ?? {}, ballotCount: election.tally.ballotCount }
    : countBallots(ballots ?? []);

  async function act(action: () => Promise<void>) {
    await runOnce(async () => {
      setFailed(false);
      try {
        await action();
      } catch {
        setFailed(true);
      }
    });
  }

  if (ballotCount < minSecretBreakdown) {
    return (
      <section className="card" aria-labelledby="election-result-heading">
        <h2 id="election-result-heading">{t('result.heading')}</h2>
        <p className="election-result__sentence">{t('result.tooFew', { count: ballotCount })}</p>
        <p>{t('result.tooFewWhy')}</p>
      </section>
    );
  }

  const result = allocateSeats(
    candidates.map((c) => c.id),
    counts,
    election.seats,
    election.substitutes,
    election.tieBreaks,
  );
  const elected = result.ranking.filter((r) => r.placement === 'elected').map((r) => nameOf(r.candidateId));
  const spoken = elected.length > 0 ? t('result.speak', { names: elected.join(', ') }) : t('result.noneElected');
  const applied = election.status === 'applied' && election.appliedOn;

  return (
    <section className="card election-result" aria-labelledby="election-result-heading">
      <div className="election-result__head">
        <h2 id="election-result-heading">{t('result.heading')}</h2>
        <SpeakButton text={spoken} />
      </div>
      <p>{t('result.ballots', { count: ballotCount })}</p>
      <ol className="election-result__ranking">
        {result.ranking.map((row) => {
          const candidate = candidates.find((c) => c.id === row.candidateId);
          const member = candidate ? memberOf.get(candidate.memberId) : undefined;
          return (
            <li
              key={row.candidateId}
              className={`election-rank election-rank--${row.placement}${row.tiedAtBoundary ? ' election-rank--tied' : ''}`}
            >
              <span className="election-rank__number">{t('result.rank', { rank: row.rank })}</span>
              <MemberAvatar
                name={member?.displayName ?? '?'}
                photoHash={member?.photo}
                size={row.placement === 'elected' ? 80 : 56}
              />
              <span className="election-rank__name">{member?.displayName ?? '?'}</span>
              <span className="election-rank__marks" role="img" aria-label={t('result.votes', { count: row.votes })}>
                {Array.from({ length: row.votes }, (_, i) => (
                  <svg key={i} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                    <circle cx="10" cy="10" r="8" />
                  </svg>
                ))}
              </span>
              <span className="election-rank__placement">
                {row.placement === 'elected' && <span aria-hidden="true">★ </span>}
                {t(`result.placement.${row.placement}`)}
                {row.tiedAtBoundary && <> · {t('result.tied')}</>}
              </span>
            </li>
          );
        })}
      </ol>

      {result.unresolvedTies.map((group) => (
        <div key={group.join()} className="election-result__tie notice notice--warning">
          <h3>
            {t('result.tieHeading', {
              names: group
                .map(nameOf)
                .sort((a, b) => a.localeCompare(b, 'da'))
                .join(', '),
            })}
          </h3>
          <p>{t('result.tieRule', { rule: tv(`tieRule.${council.tieRule ?? 'staff-decide'}`) })}</p>
          <div className="button-row">
            <button
              type="button"
              className={`button${council.tieRule === 'draw-lots' ? ' button--primary' : ''}`}
              disabled={busy}
              onClick={() => void act(() => recordElectionTieBreak(election, drawElectionLot(group)))}
            >
              {t('result.draw')}
            </button>
          </div>
          <p className="election-result__staff-label">{t('result.staffOrder')}</p>
          <div className="button-row">
            {group.map((id) => (
              <button
                key={id}
                type="button"
                className={`button${(council.tieRule ?? 'staff-decide') === 'staff-decide' ? ' button--primary' : ''}`}
                disabled={busy}
                onClick={() =>
                  void act(() =>
                    recordElectionTieBreak(election, {
                      method: 'staff',
                      order: [id, ...group.filter((x) => x !== id)],
                    }),
                  )
                }
              >
                {t('result.staffFirst', { name: nameOf(id) })}
              </button>
            ))}
          </div>
        </div>
      ))}

      {applied ? (
        <p className="notice election-result__applied" role="status">
          {t('result.applied', {
            date: formatCalendarDay(election.appliedOn!, i18n.language),
            end: formatCalendarDay(addYears(election.appliedOn!, termYears), i18n.language),
          })}
        </p>
      ) : (
        <div className="election-result__apply">
          <p>{result.unresolvedTies.length > 0 ? t('result.applyBlocked') : t('result.applyHint')}</p>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || result.unresolvedTies.length > 0}
            onClick={() => void act(() => applyElection(election, council, candidates, localCalendarDay()))}
          >
            {t('result.apply')}
          </button>
        </div>
      )}
      {failed && (
        <p className="notice notice--error" role="alert">
          {t('result.failed')}
        </p>
      )}
    </section>
  );
}

function countBallots(ballots: readonly { choice?: string | undefined; choices?: readonly string[] | undefined }[]) {
  const counts: Record<string, number> = {};
  for (const b of ballots) for (const id of pickedOptions(b)) counts[id] = (counts[id] ?? 0) + 1;
  return { counts, ballotCount: ballots.length };
}
