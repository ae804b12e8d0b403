// The speaking queue ("Jeg vil gerne sige noget"): who asked for the word, in order. Pure
// functions over member ids; the screen keeps the list in sessionStorage.

export function parseQueue(raw: unknown): string[] | undefined {
  return Array.isArray(raw) && raw.every((id) => typeof id === 'string') ? (raw as string[]) : undefined;
}

/** Joins the end of the queue; asking twice keeps your place. */
export function joinQueue(queue: readonly string[], memberId: string): string[] {
  return queue.includes(memberId) ? [...queue] : [...queue, memberId];
}

/** Staff mark someone done (or they changed their mind): they leave, the rest move up. */
export function leaveQueue(queue: readonly string[], memberId: string): string[] {
  return queue.filter((id) => id !== memberId);
}

/** Drops members who are no longer on the council (deleted while the meeting runs). */
export function knownOnly(queue: readonly string[], memberIds: ReadonlySet<string>): string[] {
  return queue.filter((id) => memberIds.has(id));
}
