// The round-the-table item: one member at a time, big photo and name, "Nu er det Annas tur"
// read aloud (with the member's recorded name when there is one). Staff or the resident step
// on with Næste / Forrige. Where the round is survives a reload (sessionStorage).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../domain/member';
import { MemberAvatar } from '../../ui/member-avatar';
import { PictogramButton } from '../../ui/pictogram-button';
import { say } from '../../ui/say';
import { SpeakButton } from '../../ui/speak-button';
import { useRecordings } from '../../ui/use-recordings';
import { possessive } from './possessive';
import { useSessionState } from './session-state';
import './round-the-table.css';

interface RoundTheTableProps {
  meetingId: string;
  itemId: string;
  /** Present members in seating order (or all members when attendance is not taken). */
  members: readonly Member[];
}

export function RoundTheTable({ meetingId, itemId, members }: RoundTheTableProps) {
  const { t, i18n } = useTranslation('meeting-support');
  const parse = useCallback(
    (raw: unknown) => (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : undefined),
    [],
  );
  const [stored, setIndex] = useSessionState<number>(`raadet.round.${meetingId}.${itemId}`, 0, parse);
  const voices = useRecordings(members.map((m) => m.nameVoice));

  if (members.length === 0) return <p className="round-table__empty">{t('round.noOne')}</p>;

  const finished = stored >= members.length;
  const index = Math.min(stored, members.length - 1);
  const member = members[index]!;
  const sentence = (m: Member) => t('round.turn', { owner: possessive(m.displayName, i18n.language) });

  function go(to: number) {
    setIndex(to);
    const next = members[to];
    if (!next) return;
    // Read at the tap: the recorded name when there is one, otherwise the sentence.
    const recording = next.nameVoice ? voices.get(next.nameVoice) : undefined;
    say({ text: sentence(next), recording }, i18n.language);
  }

  return (
    <section className="round-table" aria-labelledby="round-table-heading">
      <h2 id="round-table-heading" className="visually-hidden">
        {t('round.heading')}
      </h2>
      {finished ? (
        <div className="round-table__person">
          <p className="round-table__turn">{t('round.done')}</p>
          <PictogramButton
            picture={{ type: 'pictogram', id: 'round-the-table' }}
            label={t('round.again')}
            pictureSize={72}
            speakOnTap={false}
            onClick={() => go(0)}
          />
        </div>
      ) : (
        <div className="round-table__person" aria-live="polite">
          <MemberAvatar name={member.displayName} photoHash={member.photo} size={220} decorative />
          <p className="round-table__turn">
            {sentence(member)}
            <span className="round-table__position">
              {t('round.position', { number: index + 1, count: members.length })}
            </span>
          </p>
          <SpeakButton
            text={sentence(member)}
            voice={member.nameVoice}
            label={t('round.listen', { owner: possessive(member.displayName, i18n.language) })}
          />
        </div>
      )}
      <div className="round-table__controls">
        <button
          type="button"
          className="button meeting-button"
          disabled={stored === 0}
          onClick={() => go(Math.max(0, index - (finished ? 0 : 1)))}
        >
          <span aria-hidden="true">←</span> {t('round.previous')}
        </button>
        <button
          type="button"
          className="button button--primary meeting-button"
          disabled={finished}
          onClick={() => go(index + 1)}
        >
          {t('round.next')} <span aria-hidden="true">→</span>
        </button>
      </div>
    </section>
  );
}
