import { AnalyticsInputError } from '../errors';
import { toNonNegativeRatio, type Quantity } from '../exact/parse';
import { add, div, makeRatio, mul, roundHalfEven, toNumber, ZERO, type Ratio } from '../exact/ratio';
import type { TaskPath } from '../vocabulary';
import { formatMoney, formatQuantity } from '../money/format';
import { addMoney, money, subtractMoney, sumMoney, zeroMoney, type Money } from '../money/money';
import type { Working, WorkingLine } from '../working';

/** One task as planned: its chosen path, what is spent on it and what is left to spend. */
export interface PlanTask {
  taskId: string;
  path: TaskPath;
  /** Spent on it to date. Default nothing. */
  actualToDate?: Money;
  /** What is left to spend on its chosen path (see estimateToComplete in costing). */
  estimateToComplete: Money;
  /** Human hours the chosen path needs, by role. */
  hoursByRole: Readonly<Record<string, Quantity>>;
  gpuHours?: Quantity;
}

export interface FeasibilityInput {
  tasks: readonly PlanTask[];
  budget: Money;
  /** Spent on work outside the plan (tasks since OMITTED): counted in the EFC, nothing left to do. */
  spentOutsidePlan?: Money;
  /** Contingency on top of the estimate to complete, e.g. "10" for 10%. Default 0. */
  contingencyPercent?: Quantity;
  /** People available per role. */
  headcount: Readonly<Record<string, number>>;
  /** Hours one person works a week. Default 40. */
  hoursPerWeek?: Quantity;
  gpuCount?: number;
  /** Hours a GPU can run a week. Default 168: inference runs round the clock. */
  gpuHoursPerWeek?: Quantity;
  weeksToDelivery: Quantity;
}

export type FeasibilityVerdict = 'FITS' | 'OVER_BUDGET' | 'LATE' | 'OVER_BUDGET_AND_LATE';

/** One limit the plan must fit: the budget, a role's people, or the GPUs. */
export interface PlanConstraint {
  kind: 'BUDGET' | 'ROLE' | 'GPU';
  /** The role code for ROLE; "budget" or "GPU" otherwise. */
  name: string;
  /** Needed / available: above 1 means the plan does not fit this constraint. */
  utilisation: number;
  /** Weeks of work for ROLE and GPU constraints. */
  weeks?: number;
}

/** Work the plan cannot schedule (no people in its role, or no GPUs), left out of the schedule and said so. */
export interface PlanAssumptionNote {
  kind: 'UNSTAFFED_ROLE' | 'NO_GPU';
  /** The role code, or "GPU". */
  name: string;
  hours: number;
  /** One sentence with the figure, for the planner. */
  sentence: string;
}

export interface Feasibility {
  verdict: FeasibilityVerdict;
  /** The constraint with the least room (the most over, or the closest to its limit). */
  binding: PlanConstraint;
  /** Every constraint, tightest first. */
  constraints: PlanConstraint[];
  actualToDate: Money;
  estimateToComplete: Money;
  /** EFC = actual to date + estimate to complete: the cost report's figure on the same date and plan. */
  estimateAtCompletion: Money;
  /** Contingency % of the estimate to complete (what is spent needs none). */
  contingency: Money;
  /** EFC + contingency. */
  totalCost: Money;
  /** Budget - total cost: negative when over budget. */
  headroom: Money;
  /** Budget - EFC: positive is under budget, as in the cost report. */
  variance: Money;
  /** Work left out of the schedule because the plan has nobody (or no GPU) to do it. */
  assumptions: PlanAssumptionNote[];
  /** The longest of the role and GPU schedules. */
  scheduleWeeks: number;
  weeksToDelivery: number;
  /** One sentence for the planner. */
  summary: string;
  working: Working;
}

/** Weeks a pool of `units` (people or GPUs) needs for `hours` at `perWeek` hours each; null when there is no pool. */
function weeksFor(hours: Ratio, units: number, perWeek: Ratio, field: string): Ratio | null {
  if (!Number.isInteger(units) || units < 0)
    throw new AnalyticsInputError(field, `${units} is not a whole number of people or GPUs.`);
  if (hours.num === 0n) return ZERO;
  if (units === 0 || perWeek.num === 0n) return null;
  return div(hours, mul(makeRatio(BigInt(units)), perWeek));
}

/**
 * Does the plan fit? Cost: the estimate at completion (EFC = what is spent to date + each task's
 * estimate to complete on its chosen path) plus contingency on the estimate to complete, against
 * the budget. Schedule: the longest of, per role, hours / (headcount x hours per week), and GPU
 * hours / (GPUs x GPU hours per week), against the weeks to delivery. Work in a role with no
 * headcount (or GPU work with no GPUs) cannot be scheduled: it is left out of the schedule and
 * stated as an assumption with its hours, not refused.
 */
export function feasibility(input: FeasibilityInput): Feasibility {
  const currency = input.budget.currency;
  if (input.budget.amountMinor <= 0n)
    throw new AnalyticsInputError('budget', 'The budget must be above zero.');
  const weeksToDelivery = toNonNegativeRatio(input.weeksToDelivery, 'weeksToDelivery');
  if (weeksToDelivery.num === 0n)
    throw new AnalyticsInputError('weeksToDelivery', 'The delivery date must be after the plan date.');

  const actualToDate = sumMoney(
    [
      ...input.tasks.flatMap((t) => (t.actualToDate ? [t.actualToDate] : [])),
      input.spentOutsidePlan ?? zeroMoney(currency),
    ],
    currency,
    'tasks.actualToDate',
  );
  const estimateToComplete = sumMoney(
    input.tasks.map((t) => t.estimateToComplete),
    currency,
    'tasks.estimateToComplete',
  );
  const efc = addMoney(actualToDate, estimateToComplete);
  const percent = toNonNegativeRatio(input.contingencyPercent ?? 0, 'contingencyPercent');
  const contingency = money(
    roundHalfEven(mul(makeRatio(estimateToComplete.amountMinor), div(percent, makeRatio(100n)))),
    currency,
  );
  const totalCost = addMoney(efc, contingency);

  const roleHours = new Map<string, Ratio>();
  let gpuHours = ZERO;
  for (const t of input.tasks) {
    for (const [role, h] of Object.entries(t.hoursByRole)) {
      roleHours.set(
        role,
        add(roleHours.get(role) ?? ZERO, toNonNegativeRatio(h, `tasks.${t.taskId}.hoursByRole.${role}`)),
      );
    }
    gpuHours = add(gpuHours, toNonNegativeRatio(t.gpuHours ?? 0, `tasks.${t.taskId}.gpuHours`));
  }
  const perWeek = toNonNegativeRatio(input.hoursPerWeek ?? 40, 'hoursPerWeek');
  const gpuPerWeek = toNonNegativeRatio(input.gpuHoursPerWeek ?? 168, 'gpuHoursPerWeek');
  const scheduleConstraints: PlanConstraint[] = [];
  const assumptions: PlanAssumptionNote[] = [];
  const schedule = (kind: 'ROLE' | 'GPU', name: string, hours: Ratio, units: number, per: Ratio) => {
    const weeks = weeksFor(hours, units, per, kind === 'GPU' ? 'gpuCount' : `headcount.${name}`);
    const h = formatQuantity(toNumber(hours));
    if (weeks === null) {
      assumptions.push({
        kind: kind === 'GPU' ? 'NO_GPU' : 'UNSTAFFED_ROLE',
        name,
        hours: toNumber(hours),
        sentence:
          kind === 'GPU'
            ? `${h} GPU hours are left out of the schedule: the plan has no GPUs. Give it a GPU count.`
            : `${h} h of ${name} work is left out of the schedule: the plan has no ${name} headcount. Add people or move the work.`,
      });
      return;
    }
    scheduleConstraints.push({
      kind,
      name,
      weeks: toNumber(weeks),
      utilisation: toNumber(div(weeks, weeksToDelivery)),
    });
  };
  for (const [role, hours] of roleHours) schedule('ROLE', role, hours, input.headcount[role] ?? 0, perWeek);
  schedule('GPU', 'GPU', gpuHours, input.gpuCount ?? 0, gpuPerWeek);

  const budgetConstraint: PlanConstraint = {
    kind: 'BUDGET',
    name: 'budget',
    utilisation: Number(totalCost.amountMinor) / Number(input.budget.amountMinor),
  };
  const constraints = [budgetConstraint, ...scheduleConstraints].sort(
    (a, b) => b.utilisation - a.utilisation,
  );
  const overBudget = totalCost.amountMinor > input.budget.amountMinor;
  const scheduleWeeks = Math.max(0, ...scheduleConstraints.map((c) => c.weeks ?? 0));
  const late = scheduleConstraints.some((c) => c.utilisation > 1);
  const verdict: FeasibilityVerdict = overBudget
    ? late
      ? 'OVER_BUDGET_AND_LATE'
      : 'OVER_BUDGET'
    : late
      ? 'LATE'
      : 'FITS';
  const headroom = subtractMoney(input.budget, totalCost);
  const binding = constraints[0];

  const taskLines: WorkingLine[] = input.tasks.flatMap((t) => [
    ...(t.actualToDate && t.actualToDate.amountMinor !== 0n
      ? [{ label: `${t.taskId}: spent to date`, amount: t.actualToDate, refs: [t.taskId] }]
      : []),
    { label: `${t.taskId}: ${t.path}, to complete`, amount: t.estimateToComplete, refs: [t.taskId] },
  ]);
  const outside: WorkingLine[] =
    input.spentOutsidePlan && input.spentOutsidePlan.amountMinor !== 0n
      ? [{ label: 'Spent on tasks outside the plan (omitted)', amount: input.spentOutsidePlan }]
      : [];
  const hourLines: WorkingLine[] = [...roleHours].map(([role, h]) => ({
    label: `${role}: ${input.headcount[role] ?? 0} people x ${toNumber(perWeek)} h a week`,
    quantity: toNumber(h),
    unit: 'h',
  }));
  const summary = summarise(verdict, binding, headroom, toNumber(weeksToDelivery));
  return {
    verdict,
    binding,
    constraints,
    actualToDate,
    estimateToComplete,
    estimateAtCompletion: efc,
    contingency,
    totalCost,
    headroom,
    variance: subtractMoney(input.budget, efc),
    assumptions,
    scheduleWeeks,
    weeksToDelivery: toNumber(weeksToDelivery),
    summary:
      assumptions.length === 0
        ? summary
        : `${summary} Not scheduled: ${assumptions.map((a) => (a.kind === 'NO_GPU' ? `${formatQuantity(a.hours)} GPU hours` : `${formatQuantity(a.hours)} h of ${a.name}`)).join(', ')} (no one to do it).`,
    working: {
      lines: [
        ...taskLines,
        ...outside,
        { label: `Contingency ${toNumber(percent)}% of the estimate to complete`, amount: contingency },
        ...hourLines,
        {
          label: `GPU: ${input.gpuCount ?? 0} GPUs x ${toNumber(gpuPerWeek)} h a week`,
          quantity: toNumber(gpuHours),
          unit: 'GPU h',
        },
      ],
      note: "EFC = spent to date + each task's estimate to complete (what is left of its planned cost, never below zero; nothing once DONE). Contingency is on the estimate to complete, rounded half-even to a minor unit. Schedule weeks = hours / (headcount x hours per week).",
    },
  };
}

function summarise(
  verdict: FeasibilityVerdict,
  binding: PlanConstraint,
  headroom: Money,
  weeksToDelivery: number,
): string {
  // Sentences say "over budget by" or "to spare", so the amount is unsigned.
  const amount = (m: Money): string =>
    formatMoney({ ...m, amountMinor: m.amountMinor < 0n ? -m.amountMinor : m.amountMinor });
  const tightest =
    binding.kind === 'BUDGET'
      ? 'the budget'
      : `${binding.name} (${formatQuantity(binding.weeks ?? 0)} of ${formatQuantity(weeksToDelivery)} weeks)`;
  switch (verdict) {
    case 'FITS':
      return `The plan fits with ${amount(headroom)} to spare; the tightest constraint is ${tightest}.`;
    case 'OVER_BUDGET':
      return `The plan is over budget by ${amount(headroom)} but fits the schedule.`;
    case 'LATE':
      return `The plan fits the budget but is late: ${tightest} is the binding constraint.`;
    case 'OVER_BUDGET_AND_LATE':
      return `The plan is over budget by ${amount(headroom)} and late; the binding constraint is ${tightest}.`;
  }
}
