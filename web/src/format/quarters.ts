import { quarterOf, quartersBetween, shiftQuarter } from '@frameledger/analytics';

/** Quarters from the one holding `firstDay` to the current one, newest first, for pickers. */
export function quartersSince(firstDay: string, today = new Date()): string[] {
  const current = quarterOf(today);
  const first = quarterOf(firstDay);
  return quartersBetween(first <= current ? first : current, current).reverse();
}

/** `count` quarters ending with `last`, oldest first, for trend charts. */
export const quartersEnding = (last: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => shiftQuarter(last, i - count + 1));
