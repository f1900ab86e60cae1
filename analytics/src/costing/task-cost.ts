import { toNonNegativeRatio, type Quantity } from '../exact/parse';
import { add, div, toNumber, ZERO, type Ratio } from '../exact/ratio';
import type { AiRun, TimeEntry } from '../ledger';
import type { TaskPath } from '../vocabulary';
import { sumMoney, zeroMoney, type Money } from '../money/money';
import { pricedLine, priceHours } from '../rates/hourly-rate';
import { hasRateFor, rateFor, type RateCard } from '../rates/rate-card';
import type { Working, WorkingLine } from '../working';
import { MS_PER_HOUR, priceMachineTime, runRate } from './compute-cost';
import { hoursByRole, machineHours } from './hours';

export interface CostedTask {
  id: string;
  path: TaskPath;
  baselineRole: string;
  /** B(t): the bid's most likely hours, or the planner's override. */
  baselineHours: Quantity;
  /** Model licence fee charged to this task, where the model has one. */
  licenceFee?: Money;
}

export interface TaskCostInput {
  task: CostedTask;
  rateCard: RateCard;
  /** Entries for this task; entries for other tasks are ignored. */
  timeEntries: readonly TimeEntry[];
  /** AI cost lines for this task; lines for other tasks are ignored. */
  aiRuns: readonly AiRun[];
}

export interface TaskCost {
  taskId: string;
  path: TaskPath;
  baselineHours: number;
  /** B(t) x the baseline role's loaded rate: what the task would cost done by people. */
  baselineCost: Money;
  humanHours: number;
  /** Every logged hour (artist, operator, review, rework, supervision) x its role's loaded rate, where the card has one. */
  humanCost: Money;
  machineHours: number;
  computeCost: Money;
  licenceFee: Money;
  /** Human + compute + licence. On an AI task this is the AI path cost. */
  actualCost: Money;
  /** S = B / (M + human hours): 10 means ten times faster than the baseline. Null before any work. */
  speedUp: number | null;
  /** Entries of roles the card has no rate for: counted in hours, left out of the cost. */
  unpricedEntries: TimeEntry[];
  working: Working;
}

/**
 * The runs' compute cost, summed exactly and rounded once: each run's own figure is rounded, and
 * thirty 57 s CPU jobs at 0.285 cents each cost 9 cents, not thirty times zero.
 */
function machineTimeCost(runs: readonly AiRun[], currency: string): { cost: Money; fractions: bigint } {
  const lines = sumMoney(
    runs.map((r) => r.computeCost),
    currency,
    `aiRuns.computeCost`,
  );
  const exact = runs.reduce(
    (total, r) => total + (r.computeCostExact ?? r.computeCost.amountMinor * MS_PER_HOUR),
    0n,
  );
  const cost = priceMachineTime(exact, lines.currency);
  // What rounding once adds to (or takes from) the runs' own figures.
  return { cost, fractions: cost.amountMinor - lines.amountMinor };
}

/** Baseline, human, compute and total cost of one task, with the working behind each figure. */
export function taskCost({ task, rateCard, timeEntries, aiRuns }: TaskCostInput): TaskCost {
  const currency = rateCard.currency;
  const baselineHours = toNonNegativeRatio(task.baselineHours, `tasks.${task.id}.baselineHours`);
  const baselineRate = rateFor(rateCard, task.baselineRole);
  const baselineLine = pricedLine(`${task.id}: baseline ${task.baselineRole}`, baselineHours, baselineRate, [
    task.id,
  ]);

  const entries = timeEntries.filter((e) => e.taskId === task.id);
  const runs = aiRuns.filter((r) => r.taskId === task.id);
  const humanLines: WorkingLine[] = [];
  const unpriced: TimeEntry[] = [];
  let humanHours: Ratio = ZERO;
  for (const [role, hours] of hoursByRole(entries)) {
    humanHours = add(humanHours, hours);
    const refs = entries.filter((e) => e.role === role && e.id !== undefined).map((e) => e.id as string);
    if (hasRateFor(rateCard, role)) {
      humanLines.push(pricedLine(`${task.id}: logged ${role}`, hours, rateFor(rateCard, role), refs));
    } else {
      // Left out of the cost, never priced at zero: the line says so and reports list the entries.
      unpriced.push(...entries.filter((e) => e.role === role));
      humanLines.push({
        label: `${task.id}: logged ${role}, NOT PRICED: rate card "${rateCard.name}" has no ${role} rate`,
        quantity: toNumber(hours),
        unit: 'h',
        refs,
      });
    }
  }
  const humanCost = sumMoney(
    humanLines.flatMap((l) => l.amount ?? []),
    currency,
  );

  // Runs are numbered, not named by id: the line's refs point at the run, which a report names.
  const computeLines: WorkingLine[] = runs.map((r, i) => ({
    label: `${task.id}: AI run ${i + 1}`,
    quantity: r.wallMs / 3_600_000,
    unit: 'h',
    ...(runRate(r) ? { rate: runRate(r) } : {}),
    amount: r.computeCost,
    ...(r.id ? { refs: [r.id] } : {}),
  }));
  const { cost: compute, fractions } = machineTimeCost(runs, currency);
  if (fractions !== 0n) {
    computeLines.push({
      label: `${task.id}: machine time priced once, the runs' fractions of a minor unit`,
      amount: { amountMinor: fractions, currency },
    });
  }
  const licenceFee = task.licenceFee ?? zeroMoney(currency);
  const licenceLines: WorkingLine[] = task.licenceFee
    ? [{ label: `${task.id}: model licence fee`, amount: licenceFee }]
    : [];

  const machine = machineHours(runs);
  const spent = add(machine, humanHours);
  return {
    taskId: task.id,
    path: task.path,
    baselineHours: toNumber(baselineHours),
    baselineCost: priceHours(baselineHours, baselineRate),
    humanHours: toNumber(humanHours),
    humanCost,
    machineHours: toNumber(machine),
    computeCost: compute,
    licenceFee,
    actualCost: sumMoney([humanCost, compute, licenceFee], currency, `tasks.${task.id}.licenceFee`),
    speedUp: spent.num === 0n ? null : toNumber(div(baselineHours, spent)),
    unpricedEntries: unpriced,
    working: {
      lines: [baselineLine, ...humanLines, ...computeLines, ...licenceLines],
      note: 'Actual cost = logged hours x loaded rates + compute + licence. Each hours x rate line is rounded half-even to a minor unit; machine time is summed exactly and rounded once.',
    },
  };
}
