import type { Money } from '@frameledger/analytics';

/**
 * How a column's cells read: money is integer minor units in the table's currency (written as the
 * exact decimal, never summed in floating point), hours and FTE are measures, counts are whole.
 */
export type ColumnKind = 'text' | 'count' | 'hours' | 'fte' | 'money';

export interface Column {
  header: string;
  kind: ColumnKind;
}

/** A money cell holds its minor units; the table's currency says which. */
export type Cell = string | number | bigint | null;

/**
 * One report as a spreadsheet sees it: a title, the facts that say what it covers (production,
 * as-of date, currency), the table, and its totals row. The CSV and the XLSX are both written
 * from this, so the two files always carry the same figures.
 */
export interface ReportTable {
  title: string;
  /** The downloaded file's name without its extension. */
  fileStem: string;
  currency: string;
  facts: Array<[label: string, value: string | Money]>;
  columns: Column[];
  rows: Cell[][];
  /** The server's exact totals (sums of minor units), under the first column's "Total". */
  totals: Cell[];
  notes: string[];
}

/** A money cell from an amount, checked against the table's currency. */
export function moneyCell(m: Money, currency: string): bigint {
  if (m.currency !== currency) throw new Error(`a ${m.currency} amount in a ${currency} table`);
  return m.amountMinor;
}

/** A file name part: letters, digits, dots and dashes only. */
export const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9.-]+/g, '-');
