// What "Læs hele referatet op" says, part by part in reading order: the title, when and where,
// who was there, then every item with its votes and decisions, and how many decisions we took.
// Each part is one Sayable, so the voice pauses between them; parts are joined as sentences.
import { useTranslation } from 'react-i18next';
import type { Minutes, MinutesPerson, MinutesVote } from '../../domain/minutes';
import { joinSentences } from '../../domain/spoken-sentences';
import type { Sayable } from '../../ui/say';
import { choiceOptions } from '../../shared/voting/choice-options';
import { useResultSentence } from '../../shared/voting/vote-result-view';
import { formatDueDate, formatMeetingDay, formatNameList, spokenTime } from '../../i18n/format';

export function useMinutesSpeech(): (minutes: Minutes, attendanceRecorded: boolean) => Sayable[] {
  const { t, i18n } = useTranslation('after-meeting');
  const { t: tVoting } = useTranslation('voting');
  const resultSentence = useResultSentence();
  const lang = i18n.language;
  const names = (people: readonly MinutesPerson[]) =>
    formatNameList(
      people.map((p) => p.name),
      lang,
    );
  const voteResult = (vote: MinutesVote) => resultSentence(vote.result, vote.decided, choiceOptions(vote, tVoting));

  return (minutes, attendanceRecorded) => {
    const parts: string[] = [
      joinSentences([minutes.councilName, `${t('minutes.heading')}: ${minutes.title}`]),
      joinSentences([
        t('minutes.spokenWhen', {
          day: formatMeetingDay(minutes.startsAt, lang),
          time: spokenTime(minutes.startsAt, lang),
        }),
        minutes.location && t('minutes.spokenWhere', { place: minutes.location }),
      ]),
    ];
    if (!attendanceRecorded) parts.push(joinSentences([t('minutes.attendanceMissing')]));
    else {
      parts.push(
        joinSentences([
          minutes.present.length > 0 && `${t('minutes.present')}: ${names(minutes.present)}`,
          minutes.absent.length > 0 ? `${t('minutes.absent')}: ${names(minutes.absent)}` : t('minutes.noneAbsent'),
        ]),
      );
    }
    if (minutes.items.length === 0) parts.push(joinSentences([t('minutes.noItems')]));
    for (const item of minutes.items) {
      parts.push(joinSentences([t('minutes.item', { number: item.number }), item.title, item.details]));
      for (const vote of item.votes)
        parts.push(joinSentences([t('minutes.vote', { question: vote.question }), voteResult(vote)]));
      for (const d of item.decisions) {
        parts.push(
          joinSentences([
            `${t('minutes.decision')}: ${d.text}`,
            d.responsibleName && t('decisions.who', { name: d.responsibleName }),
            d.dueDate && t('decisions.due', { date: formatDueDate(d.dueDate, lang) }),
          ]),
        );
      }
      if (item.kind === 'decision' && item.decisions.length === 0 && item.votes.length === 0) {
        parts.push(joinSentences([t('minutes.nothingDecided')]));
      }
    }
    parts.push(joinSentences([t('minutes.decisionCount', { count: minutes.decisionCount })]));
    return parts.filter(Boolean).map((text) => ({ text }));
  };
}
