/** Staff type "solsikken.dk"; the schema wants a full address, so add https:// when missing. */
export function normaliseWebsite(input: string): string {
  const trimmed = input.trim();
  if (trimmed === '') return '';
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}
