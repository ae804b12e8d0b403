// Texts read aloud are glued together from parts that staff wrote (a title, a question, a
// decision) and parts the app adds ("Punkt 3", "Anna sørger for det"). Staff end their parts
// however they like — with "?", ".", ":" or nothing — so a plain `join('. ')` says "?." and
// ".." and a title that runs into the next sentence. Every read-aloud text is joined here.

/** A sentence end, optionally followed by closing quotes or brackets: `?`, `.“`, `!)`, `…`. */
const endsSentence = /[.!?…]["'”“»)\]]*$/u;
/** Punctuation that only leads into something else; it becomes a full stop at the end. */
const trailingLead = /[\s:;,–-]+$/u;

/**
 * One part as a sentence: trimmed, its inner runs of stops collapsed (".." → "."), and ending
 * with exactly one stop, keeping the writer's own "?" or "!". Empty when there is no text.
 */
export function asSentence(part: string): string {
  const text = part
    .replace(/\s+/gu, ' ')
    .trim()
    // "..": a stop typed twice; "?." / "!.": a stop added after a question or exclamation.
    .replace(/(?<!\.)\.{2}(?!\.)/gu, '.')
    .replace(/([?!])\.+/gu, '$1')
    .replace(trailingLead, '');
  if (!text) return '';
  return endsSentence.test(text) ? text : `${text}.`;
}

/** The parts read one after the other, each a sentence; empty and missing parts are left out. */
export function joinSentences(parts: readonly (string | null | undefined | false)[]): string {
  return parts
    .map((part) => (typeof part === 'string' ? asSentence(part) : ''))
    .filter(Boolean)
    .join(' ');
}
