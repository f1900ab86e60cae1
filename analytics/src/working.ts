import type { Money } from './money/money';

/**
 * How a number was made, for the UI's "show working" panel. Each line is one input that fed a
 * total: what it is, how much of it, at what rate, and what it contributed. Quantities and rates
 * are for display; `amount` is the exact money the line added to the total.
 */
export interface WorkingLine {
  label: string;
  quantity?: number;
  unit?: string;
  /** Rate per unit, rounded to minor units for display (the exact rate is used in the amount). */
  rate?: Money;
  amount?: Money;
  /** The records this line came from (task ids, time entry ids), so the UI can link to them. */
  refs?: string[];
}

export interface Working {
  lines: WorkingLine[];
  /** A sentence for anything a line cannot show, such as the rounding rule or a method. */
  note?: string;
}
