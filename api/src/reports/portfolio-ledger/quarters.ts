import { quarterRange, shiftQuarter } from '@frameledger/analytics';
import { badInput } from '../../common/errors';
import { Period } from './ledger.repository';

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The months a quarter covers, as the half-open date range the report tables are read with. */
export function quarterPeriod(quarter: string, fyStartMonth: number, field = 'quarter'): Period {
  if (!/^\d{4}-Q[1-4]$/.test(quarter))
    throw badInput(field, `"${quarter}" is not a quarter; write it like 2026-Q2.`);
  if (!Number.isInteger(fyStartMonth) || fyStartMonth < 1 || fyStartMonth > 12) {
    throw badInput(
      'fiscalYearStartMonth',
      `Fiscal year start month ${fyStartMonth} must be a whole month, 1 to 12.`,
    );
  }
  const [from, to] = quarterRange(quarter, fyStartMonth);
  return { from: isoDate(from), to: isoDate(to) };
}

/** The smallest period covering these quarters. */
export function spanOf(quarters: readonly string[], fyStartMonth: number): Period {
  const periods = quarters.map((q, i) => quarterPeriod(q, fyStartMonth, `filter.quarters[${i}]`));
  return {
    from: periods.reduce((a, p) => (p.from < a ? p.from : a), periods[0].from),
    to: periods.reduce((a, p) => (p.to > a ? p.to : a), periods[0].to),
  };
}

/** The `count` quarters ending with `quarter`, oldest first. */
export const trailingQuarters = (quarter: string, count: number) =>
  Array.from({ length: count }, (_, i) => shiftQuarter(quarter, i - count + 1));
