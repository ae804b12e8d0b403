// Fields that only make sense together are stamped and merged as one unit. Merged field by
// field, a meeting could take its start from one tablet and its end from another and end
// before it starts; a vote could take its kind from one side and its options from the other.
// Within a group every field carries the same stamp (stamp-changes.ts) and a merge takes the
// whole group from one side (merge-record.ts), so halves of two edits never meet.

/** A set of field names of one record that travel together. */
export type FieldGroup = readonly string[];

const groups: Readonly<Record<string, readonly FieldGroup[]>> = {
  meetings: [['startsAt', 'endsAt']],
  // The kind decides which of options / maxChoices / scale a vote needs.
  votes: [['kind', 'options', 'maxChoices', 'scale']],
  // A ballot holds one choice or a list of choices, never both, never neither.
  ballots: [['choice', 'choices']],
  // A term is a span; a representative is a relative who represents someone.
  members: [
    ['termStart', 'termEnd'],
    ['role', 'representsMemberId'],
  ],
  // The result lists have one count per smiley of the scale.
  evaluations: [['scale', 'results', 'participants']],
  // Who was elected is written in one step when the result is applied.
  elections: [['elected', 'substitutesElected', 'appliedOn']],
};

const none: readonly FieldGroup[] = [];

/** The field groups of a table (none for most tables). */
export function fieldGroupsOf(table: string): readonly FieldGroup[] {
  return groups[table] ?? none;
}

/** The group a field belongs to, or the field alone. */
export function unitOf(field: string, fieldGroups: readonly FieldGroup[]): FieldGroup {
  return fieldGroups.find((group) => group.includes(field)) ?? [field];
}
