/** Escapes a literal for use inside a RegExp (titles like "Skal vi holde julefest?"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
