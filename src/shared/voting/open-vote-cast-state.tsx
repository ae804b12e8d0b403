// The state of an open vote (a show of hands) on the tablet: who is chosen, one save at a
// time (a double tap counts once), what the screen says after a tap, and the staff switch for
// counting hands without names.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CastRefusal, Vote } from '../../domain/vote';
import { ballotRefusalKey } from './ballot-refusal';
import { castMemberBallot, setUnnamedHands } from './vote-actions';
import type { VoteProgress } from './vote-progress';

export type OpenCastFeedback =
  | { kind: 'counted'; name: string | undefined; key: number }
  | { kind: 'pick-first' }
  | { kind: 'refused'; reason: CastRefusal }
  | { kind: 'failed' };

export interface OpenCastState {
  voter: VoteProgress['voters'][number] | undefined;
  selectVoter: (id: string | null) => void;
  saving: boolean;
  feedback: OpenCastFeedback | null;
  /** Stores the ballot for the chosen person (or an unnamed hand, if staff chose that); true when counted. */
  cast: (picked: string[]) => Promise<boolean>;
}

export function useOpenCast(vote: Vote, progress: VoteProgress): OpenCastState {
  const [voterId, setVoterId] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [feedback, setFeedback] = useState<OpenCastFeedback | null>(null);
  // A ref as well as state: a second tap can arrive before React shows the buttons disabled.
  const busy = useRef(false);
  const counter = useRef(0);
  const voter = progress.voters.find((v) => v.id === voterId && !v.voted);
  const selectVoter = (id: string | null) => {
    setVoterId(id);
    if (id) setFeedback((current) => (current?.kind === 'pick-first' ? null : current));
  };

  // The thank-you fades after a few seconds so the next person sees a calm screen.
  useEffect(() => {
    if (feedback?.kind !== 'counted') return;
    const timer = setTimeout(() => setFeedback(null), 4000);
    return () => clearTimeout(timer);
  }, [feedback]);

  async function cast(picked: string[]): Promise<boolean> {
    if (busy.current) return false;
    if (!voter && !vote.unnamedHands) {
      setFeedback({ kind: 'pick-first' });
      return false;
    }
    busy.current = true;
    setSaving(true);
    try {
      const outcome = await castMemberBallot(vote.id, voter?.id, picked);
      if (!outcome.ok) {
        setFeedback({ kind: 'refused', reason: outcome.reason });
        return false;
      }
      counter.current += 1;
      setFeedback({ kind: 'counted', name: voter?.name, key: counter.current });
      setVoterId(null);
      return true;
    } catch {
      setFeedback({ kind: 'failed' });
      return false;
    } finally {
      busy.current = false;
      setSaving(false);
    }
  }

  return { voter, selectVoter, saving, feedback, cast };
}

/** The line under the answers: who was counted, or why nothing was ("pick a person first" is shown by the strip). */
export function OpenVoteFeedback({ state, picture }: { state: OpenCastState; picture?: ReactNode }) {
  const { t } = useTranslation('voting');
  const { feedback } = state;
  return (
    <div className="meeting-vote__feedback vote-panel__feedback" role="status">
      {feedback?.kind === 'counted' && (
        <p key={feedback.key} className="meeting-vote__thanks">
          {picture}
          <span>{feedback.name ? t('panel.counted', { name: feedback.name }) : t('panel.countedUnnamed')}</span>
        </p>
      )}
      {feedback?.kind === 'refused' && <p className="notice notice--error">{t(ballotRefusalKey[feedback.reason])}</p>}
      {feedback?.kind === 'failed' && <p className="notice notice--error">{t('refused.failed')}</p>}
    </div>
  );
}

/**
 * Staff's deliberate choice to count raised hands without names. Off by default: then every
 * vote needs a person. On, the screen says how many more hands can be counted.
 */
export function UnnamedHandsToggle({ vote, progress }: { vote: Vote; progress: VoteProgress }) {
  const { t } = useTranslation('voting');
  const [failed, setFailed] = useState(false);
  const on = vote.unnamedHands === true;
  const room = Math.max(0, progress.eligibleCount - progress.votedCount);
  return (
    <div className="vote-panel__unnamed">
      <button
        type="button"
        className="button vote-panel__unnamed-toggle"
        aria-pressed={on}
        onClick={() => {
          setFailed(false);
          setUnnamedHands(vote.id, !on).catch(() => setFailed(true));
        }}
      >
        {t('panel.unnamedToggle')}
      </button>
      {on && <p className="vote-panel__hint">{t('panel.unnamedOn', { count: room })}</p>}
      {failed && <p className="notice notice--error">{t('panel.actionFailed')}</p>}
    </div>
  );
}
