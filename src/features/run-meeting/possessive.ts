/** "Annas", "Lars'" in Danish; "Anna's", "Lars's" in English: whose turn it is. */
export function possessive(name: string, lang: string): string {
  const trimmed = name.trim();
  if (lang.startsWith('en')) return `${trimmed}’s`;
  return /[sxz]$/i.test(trimmed) ? `${trimmed}’` : `${trimmed}s`;
}
