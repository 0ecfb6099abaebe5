/** English month names, for citation styles (which stay in their own language). */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Calendar parts of an ISO 8601 date as the publisher wrote it (its own time zone, no conversion). */
export function dateParts(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : null;
}

/** "August 4, 2017" (en-US), "4 August 2017" (en-GB)…: the publisher's calendar date in the reader's words. */
export function formatLongDate(iso: string, locale: string): string {
  const p = dateParts(iso);
  if (!p) return '';
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day));
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale || 'en', { dateStyle: 'long', timeZone: 'UTC' });
  } catch {
    format = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
  }
  return format.format(date);
}
