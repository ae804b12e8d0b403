// Fields that only make sense together are stamped and merged as one unit. Merged field by
// field, a meeting could take its start from one tablet and its end from another and end
// before it starts; a vote could take its kind from one side and its options from the other.
// Within a group every field carries the same stamp (stamp-changes.ts) and a merge takes the
// whole group from one side (merge-record.ts), so halves of two edits never meet. Each table's
// groups are listed in table-registry.ts (`fieldGroupsOf`).

/** A set of field names of one record that travel together. */
export type FieldGroup = readonly string[];

/** The group a field belongs to, or the field alone. */
export function unitOf(field: string, fieldGroups: readonly FieldGroup[]): FieldGroup {
  return fieldGroups.find((group) => group.includes(field)) ?? [field];
}
