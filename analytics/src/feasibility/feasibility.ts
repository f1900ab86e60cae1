import { AnalyticsInputError } from '../errors';
import { toNonNegativeRatio, type Quantity } from '../exact/parse';
import { add, div, makeRatio, mul, roundHalfEven, toNumber, ZERO, type Ratio } from '../exact/ratio';
import type { TaskPath } from '../vocabulary';
import { formatMoney, formatQuantity } from '../money/format';
import { addMoney, money, subtractMoney, sumMoney, type Money } from '../money/money';
import type { Working, WorkingLine } from '../working';

/** One task as planned: its chosen path and what that path is expected to take. */
export interface PlanTask {
  taskId: string;
  path: TaskPath;
  /** Expected cost of the chosen path, e.g. PERT mean hours x loaded rate, plus compute. */
  expectedCost: Money;
  /** Human hours the chosen path needs, by role. */
  hoursByRole: Readonly<Record<string, Quantity>>;
  gpuHours?: Quantity;
}

export interface FeasibilityInput {
  tasks: readonly PlanTask[];
  budget: Money;
  /** Contingency on top of the plan cost, e.g. "10" for 10%. Default 0. */
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

export interface Feasibility {
  verdict: FeasibilityVerdict;
  /** The constraint with the least room (the most over, or the closest to its limit). */
  binding: PlanConstraint;
  /** Every constraint, tightest first. */
  constraints: PlanConstraint[];
  planCost: Money;
  contingency: Money;
  /** Plan cost + contingency. */
  totalCost: Money;
  /** Budget - total cost: negative when over budget. */
  headroom: Money;
  /** The longest of the role and GPU schedules. */
  scheduleWeeks: number;
  weeksToDelivery: number;
  /** One sentence for the planner. */
  summary: string;
  working: Working;
}

/** Weeks a pool of `units` (people or GPUs) needs for `hours` at `perWeek` hours each. */
function weeksFor(hours: Ratio, units: number, perWeek: Ratio, field: string, refusal: string): Ratio {
  if (hours.num === 0n) return ZERO;
  if (!Number.isInteger(units) || units <= 0 || perWeek.num === 0n)
    throw new AnalyticsInputError(field, refusal);
  return div(hours, mul(makeRatio(BigInt(units)), perWeek));
}

/**
 * Does the plan fit? Cost: the sum of each task's expected cost on its chosen path plus
 * contingency, against the budget. Schedule: the longest of, per role, hours / (headcount x hours
 * per week), and GPU hours / (GPUs x GPU hours per week), against the weeks to delivery.
 */
export function feasibility(input: FeasibilityInput): Feasibility {
  const currency = input.budget.currency;
  if (input.budget.amountMinor <= 0n)
    throw new AnalyticsInputError('budget', 'The budget must be above zero.');
  const weeksToDelivery = toNonNegativeRatio(input.weeksToDelivery, 'weeksToDelivery');
  if (weeksToDelivery.num === 0n)
    throw new AnalyticsInputError('weeksToDelivery', 'The delivery date must be after the plan date.');

  const planCost = sumMoney(
    input.tasks.map((t) => t.expectedCost),
    currency,
    'tasks.expectedCost',
  );
  const percent = toNonNegativeRatio(input.contingencyPercent ?? 0, 'contingencyPercent');
  const contingency = money(
    roundHalfEven(mul(makeRatio(planCost.amountMinor), div(percent, makeRatio(100n)))),
    currency,
  );
  const totalCost = addMoney(planCost, contingency);

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
  const schedule = (kind: 'ROLE' | 'GPU', name: string, weeks: Ratio): PlanConstraint => ({
    kind,
    name,
    weeks: toNumber(weeks),
    utilisation: toNumber(div(weeks, weeksToDelivery)),
  });
  const scheduleConstraints = [...roleHours].map(([role, hours]) =>
    schedule(
      'ROLE',
      role,
      weeksFor(
        hours,
        input.headcount[role] ?? 0,
        perWeek,
        `headcount.${role}`,
        `The plan needs ${formatQuantity(toNumber(hours))} h of ${role} work but no ${role} headcount; add people or move the work.`,
      ),
    ),
  );
  const gpuRefusal = `The plan needs ${formatQuantity(toNumber(gpuHours))} GPU hours but no GPUs; give a GPU count.`;
  scheduleConstraints.push(
    schedule('GPU', 'GPU', weeksFor(gpuHours, input.gpuCount ?? 0, gpuPerWeek, 'gpuCount', gpuRefusal)),
  );

  const budgetConstraint: PlanConstraint = {
    kind: 'BUDGET',
    name: 'budget',
    utilisation: Number(totalCost.amountMinor) / Number(input.budget.amountMinor),
  };
  const constraints = [budgetConstraint, ...scheduleConstraints].sort(
    (a, b) => b.utilisation - a.utilisation,
  );
  const overBudget = totalCost.amountMinor > input.budget.amountMinor;
  const scheduleWeeks = Math.max(...scheduleConstraints.map((c) => c.weeks ?? 0));
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

  const taskLines: WorkingLine[] = input.tasks.map((t) => ({
    label: `${t.taskId}: ${t.path}`,
    amount: t.expectedCost,
    refs: [t.taskId],
  }));
  const hourLines: WorkingLine[] = [...roleHours].map(([role, h]) => ({
    label: `${role}: ${input.headcount[role] ?? 0} people x ${toNumber(perWeek)} h a week`,
    quantity: toNumber(h),
    unit: 'h',
  }));
  return {
    verdict,
    binding,
    constraints,
    planCost,
    contingency,
    totalCost,
    headroom,
    scheduleWeeks,
    weeksToDelivery: toNumber(weeksToDelivery),
    summary: summarise(verdict, binding, headroom, toNumber(weeksToDelivery)),
    working: {
      lines: [
        ...taskLines,
        { label: `Contingency ${toNumber(percent)}%`, amount: contingency },
        ...hourLines,
        {
          label: `GPU: ${input.gpuCount ?? 0} GPUs x ${toNumber(gpuPerWeek)} h a week`,
          quantity: toNumber(gpuHours),
          unit: 'GPU h',
        },
      ],
      note: 'Contingency is rounded half-even to a minor unit. Schedule weeks = hours / (headcount x hours per week).',
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
