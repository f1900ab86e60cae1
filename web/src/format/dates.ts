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

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** An instant "2026-03-02T14:05:00Z" for people, in their locale and time zone. */
export function formatDateTime(iso: string, locale = navigator.language): string {
  let f = timeFormatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    timeFormatters.set(locale, f);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : f.format(date);
}

/** "2025-04-01" from a date input, as the start of that day in UTC, for the api's ISO 8601 filters. */
export const dayStartUtc = (day: string): string | undefined => (day ? `${day}T00:00:00Z` : undefined);

/** The end of a "to" day as the api's exclusive bound: the start of the next day in UTC. */
export function dayEndExclusiveUtc(day: string): string | undefined {
  if (!day) return undefined;
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().replace('.000Z', 'Z');
}

/** datetime-local gives the browser's local time without a zone; the api takes ISO 8601 with one. */
export const localTimeToIso = (local: string): string => (local ? new Date(local).toISOString() : '');
