import { AnalyticsInputError } from '../errors';
import type { AiRun, TimeEntry } from '../ledger';
import { addMoney, subtractMoney, sumMoney, type Money } from '../money/money';
import { toDate, type DateInput } from '../quarters/quarter';
import type { RateCard } from '../rates/rate-card';
import type { Working } from '../working';
import { estimateToComplete } from './estimate-to-complete';
import { byTask } from './hours';
import { taskCost, type CostedTask } from './task-cost';

export interface CostReportItem {
  task: CostedTask;
  /** The line's budget; the all-human baseline cost when not given. */
  budget?: Money;
  complete: boolean;
  /** Expected cost on its planned path (the plan model); ETC is what is left of it. Default: the budget. */
  plannedCost?: Money;
}

export interface CostReportInput {
  items: readonly CostReportItem[];
  rateCard: RateCard;
  timeEntries: readonly TimeEntry[];
  aiRuns: readonly AiRun[];
  /** Count only work on or before this instant (entries by work date, AI runs by finish); a bare date is midnight UTC. */
  asOf?: DateInput;
}

export interface CostFigures {
  budget: Money;
  actualToDate: Money;
  estimateToComplete: Money;
  /** Estimate at completion (EFC) = actual to date + estimate to complete. */
  estimateAtCompletion: Money;
  /** Budget - EFC: positive is under budget. */
  variance: Money;
}

export interface CostReportLine extends CostFigures {
  taskId: string;
  /** Entries to date of roles the card has no rate for: left out of the actual (see taskCost). */
  unpricedEntries: TimeEntry[];
  working: Working;
}

export interface CostReport {
  lines: CostReportLine[];
  totals: CostFigures;
  working: Working;
}

/** The production cost report: budget, actual to date, estimate to complete, EFC and variance per task. */
export function costReport(input: CostReportInput): CostReport {
  const currency = input.rateCard.currency;
  const asOf = input.asOf === undefined ? undefined : toDate(input.asOf, 'asOf').getTime();
  const inPeriod = (d: DateInput, field: string): boolean =>
    asOf === undefined || toDate(d, field).getTime() <= asOf;
  const entries = byTask(input.timeEntries.filter((e) => inPeriod(e.workDate, 'timeEntries.workDate')));
  const runs = byTask(input.aiRuns.filter((r) => inPeriod(r.finishedAt, 'aiRuns.finishedAt')));

  const seen = new Set<string>();
  const lines = input.items.map((item): CostReportLine => {
    if (seen.has(item.task.id)) {
      throw new AnalyticsInputError(
        'items',
        `Task ${item.task.id} appears twice in the cost report; list each task once.`,
      );
    }
    seen.add(item.task.id);
    const cost = taskCost({
      task: item.task,
      rateCard: input.rateCard,
      timeEntries: entries.get(item.task.id) ?? [],
      aiRuns: runs.get(item.task.id) ?? [],
    });
    const budget = item.budget ?? cost.baselineCost;
    const etc = estimateToComplete(item.plannedCost ?? budget, cost.actualCost, item.complete);
    const efc = addMoney(cost.actualCost, etc, `items.${item.task.id}.estimateToComplete`);
    return {
      taskId: item.task.id,
      unpricedEntries: cost.unpricedEntries,
      budget,
      actualToDate: cost.actualCost,
      estimateToComplete: etc,
      estimateAtCompletion: efc,
      variance: subtractMoney(budget, efc, `items.${item.task.id}.budget`),
      working: {
        lines: [
          {
            label: `${item.task.id}: budget${item.budget ? '' : ' (baseline cost)'}`,
            amount: budget,
            refs: [item.task.id],
          },
          ...cost.working.lines,
          {
            label: `${item.task.id}: estimate to complete${item.complete ? ' (complete)' : ''}`,
            amount: etc,
          },
        ],
      },
    };
  });

  const total = (pick: (l: CostReportLine) => Money): Money => sumMoney(lines.map(pick), currency);
  return {
    lines,
    totals: {
      budget: total((l) => l.budget),
      actualToDate: total((l) => l.actualToDate),
      estimateToComplete: total((l) => l.estimateToComplete),
      estimateAtCompletion: total((l) => l.estimateAtCompletion),
      variance: total((l) => l.variance),
    },
    working: {
      lines: lines.map((l) => ({
        label: `${l.taskId}: EFC`,
        amount: l.estimateAtCompletion,
        refs: [l.taskId],
      })),
      note: 'EFC = actual to date + estimate to complete; variance = budget - EFC (positive is under budget). An open task is expected to spend what is left of its planned cost (its budget where no plan is given), never less than nothing.',
    },
  };
}
