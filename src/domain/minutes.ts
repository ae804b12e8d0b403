import { defaultPictogramForKind, type AgendaItem } from './agenda-item';
import { sortAgenda } from './agenda-order';
import { isNumbered, numberAgenda } from './agenda-numbering';
import type { Attendance } from './attendance';
import type { Council } from './council';
import type { Decision } from './decision';
import type { Meeting } from './meeting';
import type { Member } from './member';
import { needsConsent, type Picture } from './picture';
import type { SecretBallot } from './secret-ballot';
import type { Ballot, Vote, VoteKind, VoteMode, VoteOption } from './vote';
import { decideVote, visibleResult, type Decided, type VisibleResult } from './vote-tally';

/**
 * Easy-read minutes as structured data: the screen and the print view turn this into words
 * in the reader's language. Built only from what happened in the meeting.
 */
export interface Minutes {
  meetingId: string;
  councilName: string;
  title: string;
  startsAt: string;
  location?: string;
  present: MinutesPerson[];
  absent: MinutesPerson[];
  items: MinutesItem[];
  decisionCount: number;
}

export interface MinutesPerson {
  memberId: string;
  name: string;
  role: Member['role'];
  /** Only when the member consented to their photo in published minutes. */
  photo?: string;
}

export interface MinutesItem {
  itemId: string;
  number: number;
  kind: AgendaItem['kind'];
  title: string;
  picture?: Picture;
  details?: string;
  votes: MinutesVote[];
  decisions: MinutesDecision[];
}

export interface MinutesVote {
  voteId: string;
  question: string;
  kind: VoteKind;
  mode: VoteMode;
  options?: VoteOption[];
  scale?: 3 | 5;
  /** What may be shown: a secret vote under 3 ballots shows only how many voted. */
  result: VisibleResult;
  decided?: Decided;
}

export interface MinutesDecision {
  decisionId: string;
  text: string;
  picture?: Picture;
  responsibleName?: string;
  dueDate?: string;
}

export interface MinutesInput {
  meeting: Meeting;
  council: Council;
  items: readonly AgendaItem[];
  members: readonly Member[];
  attendance: readonly Attendance[];
  decisions: readonly Decision[];
  votes: readonly Vote[];
  ballots: readonly Ballot[];
  /**
   * Ballots of closed secret votes (no voter link), needed only for votes closed before their
   * tally was stored on the vote; counted only as visibleResult allows.
   */
  secretBallots?: readonly Pick<SecretBallot, 'voteId' | 'choice' | 'choices'>[];
}

/**
 * The picture minutes may show: a photo of people who have not agreed to be shown is replaced
 * by a pictogram (the item kind's own, or "decision" for a decision). Everything else as is.
 */
export function publishablePicture(picture: Picture | undefined, fallbackPictogramId: string): Picture | undefined {
  return needsConsent(picture) ? { type: 'pictogram', id: fallbackPictogramId } : picture;
}

export function generateMinutes(input: MinutesInput): Minutes {
  const { meeting, council, members, attendance, decisions, votes, ballots } = input;
  const presentIds = new Set(attendance.filter((a) => a.present).map((a) => a.memberId));
  const byName = (a: MinutesPerson, b: MinutesPerson) => a.name.localeCompare(b.name, 'da');
  const person = (m: Member): MinutesPerson => ({
    memberId: m.id,
    name: m.displayName,
    role: m.role,
    ...(m.photo && m.photoConsent ? { photo: m.photo } : {}),
  });
  const memberName = new Map(members.map((m) => [m.id, m.displayName]));

  const sorted = sortAgenda(input.items);
  const numbers = numberAgenda(sorted);
  const items = sorted.filter(isNumbered).map((item): MinutesItem => ({
    itemId: item.id,
    number: numbers.get(item.id) as number,
    kind: item.kind,
    title: item.title,
    ...(item.picture ? { picture: publishablePicture(item.picture, defaultPictogramForKind[item.kind]) } : {}),
    ...(item.details ? { details: item.details } : {}),
    votes: votes
      .filter((v) => v.agendaItemId === item.id && v.status === 'closed')
      .map((v): MinutesVote => {
        const counted =
          v.mode === 'secret'
            ? (input.secretBallots ?? []).filter((b) => b.voteId === v.id)
            : ballots.filter((b) => b.voteId === v.id);
        // A secret vote's result is its stored tally, whatever the kind.
        const result = visibleResult(v, counted);
        return {
          voteId: v.id,
          question: v.question,
          kind: v.kind,
          mode: v.mode,
          ...(v.options ? { options: v.options } : {}),
          ...(v.scale ? { scale: v.scale } : {}),
          result,
          ...(result.kind === 'shown' ? { decided: decideVote(v, result.count) } : {}),
        };
      }),
    decisions: decisions
      .filter((d) => d.agendaItemId === item.id)
      .map((d) => {
        const responsibleName = d.responsibleMemberId ? memberName.get(d.responsibleMemberId) : undefined;
        return {
          decisionId: d.id,
          text: d.text,
          ...(d.picture ? { picture: publishablePicture(d.picture, defaultPictogramForKind.decision) } : {}),
          ...(responsibleName ? { responsibleName } : {}),
          ...(d.dueDate ? { dueDate: d.dueDate } : {}),
        };
      }),
  }));

  return {
    meetingId: meeting.id,
    councilName: council.name,
    title: meeting.title,
    startsAt: meeting.startsAt,
    ...(meeting.location ? { location: meeting.location } : {}),
    present: members
      .filter((m) => presentIds.has(m.id))
      .map(person)
      .sort(byName),
    absent: members
      .filter((m) => !presentIds.has(m.id) && m.role !== 'guest')
      .map(person)
      .sort(byName),
    items,
    decisionCount: items.reduce((n, item) => n + item.decisions.length, 0),
  };
}
