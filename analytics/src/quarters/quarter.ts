import { AnalyticsInputError } from '../errors';

/**
 * Quarters are labelled "YYYY-Qn". With a calendar year (fyStartMonth 1) YYYY is the calendar year.
 * With a fiscal year starting in another month, YYYY names the fiscal year by the calendar year in
 * which it ENDS (the US federal and UK convention): with fyStartMonth 4, April-June 2026 is
 * "2027-Q1" and January-March 2027 is "2027-Q4". All arithmetic is in UTC so a work date means
 * the same quarter on every server.
 */
export type QuarterLabel = string;

/** A date or an ISO string. A bare "YYYY-MM-DD" is midnight UTC; give date-times with an offset (Z), since JS reads them as server-local time otherwise. */
export type DateInput = Date | string;

const LABEL = /^(\d{4})-Q([1-4])$/;

function checkFyStart(fyStartMonth: number): void {
  if (!Number.isInteger(fyStartMonth) || fyStartMonth < 1 || fyStartMonth > 12) {
    throw new AnalyticsInputError(
      'fyStartMonth',
      `Fiscal year start month ${fyStartMonth} must be a whole month, 1 to 12.`,
    );
  }
}

export function toDate(value: DateInput, field = 'date'): Date {
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) {
    throw new AnalyticsInputError(field, `"${String(value)}" is not a date; write it like 2026-07-31.`);
  }
  return d;
}

/** The quarter an instant falls in. */
export function quarterOf(date: DateInput, fyStartMonth = 1): QuarterLabel {
  checkFyStart(fyStartMonth);
  const d = toDate(date);
  const month = d.getUTCMonth(); // 0-11
  const start = fyStartMonth - 1;
  const monthsIntoYear = (month - start + 12) % 12;
  const startYear = month >= start ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
  const labelYear = fyStartMonth === 1 ? startYear : startYear + 1;
  return `${String(labelYear).padStart(4, '0')}-Q${Math.floor(monthsIntoYear / 3) + 1}`;
}

function parseLabel(label: QuarterLabel, field: string): { year: number; quarter: number } {
  const m = LABEL.exec(label);
  if (!m) throw new AnalyticsInputError(field, `"${label}" is not a quarter; write it like 2026-Q3.`);
  return { year: Number(m[1]), quarter: Number(m[2]) };
}

/** The half-open instant range [start, endExclusive) a quarter covers. */
export function quarterRange(label: QuarterLabel, fyStartMonth = 1, field = 'quarter'): [Date, Date] {
  checkFyStart(fyStartMonth);
  const { year, quarter } = parseLabel(label, field);
  const startYear = fyStartMonth === 1 ? year : year - 1;
  const startMonth = fyStartMonth - 1 + 3 * (quarter - 1);
  // setUTCFullYear carries months past 11 into the next year and, unlike Date.UTC, keeps years below 100 literal.
  const firstOfMonth = (monthIndex: number): Date => {
    const d = new Date(0);
    d.setUTCFullYear(startYear, monthIndex, 1);
    return d;
  };
  return [firstOfMonth(startMonth), firstOfMonth(startMonth + 3)];
}

/** The quarter `steps` after (or before, if negative) a label. */
export function shiftQuarter(label: QuarterLabel, steps: number, field = 'quarter'): QuarterLabel {
  const { year, quarter } = parseLabel(label, field);
  const index = year * 4 + (quarter - 1) + steps;
  return `${String(Math.floor(index / 4)).padStart(4, '0')}-Q${(index % 4) + 1}`;
}

/** Every quarter from `from` to `to`, both included, in order. */
export function quartersBetween(from: QuarterLabel, to: QuarterLabel, field = 'period'): QuarterLabel[] {
  const a = parseLabel(from, `${field}.from`);
  const b = parseLabel(to, `${field}.to`);
  const count = b.year * 4 + b.quarter - (a.year * 4 + a.quarter) + 1;
  if (count < 1)
    throw new AnalyticsInputError(field, `The period ends (${to}) before it starts (${from}); swap them.`);
  return Array.from({ length: count }, (_, i) => shiftQuarter(from, i));
}
