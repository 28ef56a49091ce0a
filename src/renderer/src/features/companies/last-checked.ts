/** "never" for a company that has not been checked, else a short local date and time. */
export function lastCheckedWords(iso: string | null, locale?: string): string {
  if (!iso) return 'never';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'unknown';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
