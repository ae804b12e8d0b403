/**
 * Staff type "solsikken.dk"; a link needs a full address, so add https:// when no scheme is
 * given. Empty stays empty (no website). Whether the result is a web address at all is the
 * domain's rule (isWebsite), checked when the facility is saved.
 */
export function normaliseWebsite(input: string): string {
  const trimmed = input.trim();
  if (trimmed === '') return '';
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}
