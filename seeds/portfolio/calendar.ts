// Working days of the demo's quarters. The demo's "today" is AS_OF: nothing is logged after it.
import { quarterRange } from '@frameledger/analytics';

export const QUARTERS = ['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
export const AS_OF = '2026-11-20';
export const CURRENT_QUARTER = '2026-Q4';

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Monday-to-Friday dates of a quarter, up to AS_OF. */
export function workdays(quarter: string): string[] {
  const [start, end] = quarterRange(quarter);
  const days: string[] = [];
  for (const d = new Date(start); d < end && iso(d) <= AS_OF; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(iso(d));
  }
  return days;
}

/** Months whose books are closed in the demo: every month before the current quarter. */
export function closedMonths(from: string): string[] {
  const months: string[] = [];
  const [currentStart] = quarterRange(CURRENT_QUARTER);
  for (
    const d = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
    d < currentStart;
    d.setUTCMonth(d.getUTCMonth() + 1)
  ) {
    months.push(iso(d));
  }
  return months;
}
