import type { Money } from './money/money';
import type { DateInput } from './quarters/quarter';
import type { TimeEntryKind } from './vocabulary';

/** Logged human time (minutes, as people log it). */
export interface TimeEntry {
  id?: string;
  taskId: string;
  role: string;
  kind: TimeEntryKind;
  workDate: DateInput;
  minutes: number;
}

/** One AI cost line: a job our pipeline ran, or an external vendor's render log. */
export interface AiRun {
  id?: string;
  taskId: string;
  wallMs: number;
  finishedAt: DateInput;
  computeCost: Money;
  /**
   * The same cost exactly, in minor units of computeCost's currency x MS_PER_HOUR (machine time
   * priced once where runs are summed); computeCost x MS_PER_HOUR when not given.
   */
  computeCostExact?: bigint;
  /** Its device class's compute rate when it finished, if there is one (see runRate). */
  computeRate?: Money;
}
