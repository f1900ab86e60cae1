const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** A calendar date "2026-11-30" for people, in their locale; UTC so the day never shifts. */
export function formatDate(isoDate: string, locale = navigator.language): string {
  let f = dateFormatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    dateFormatters.set(locale, f);
  }
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : f.format(date);
}
