import { estimateToComplete } from '../costing/estimate-to-complete';
import type { FeasibilityInput } from '../feasibility/feasibility';
import { makeRatio, mul, roundHalfEven, type Ratio } from '../exact/ratio';
import { money, sumMoney, zeroMoney, type Money } from '../money/money';
import type { OptimiserTask } from '../optimiser/types';
import type { RiskInput, RiskTask } from '../risk/monte-carlo';
import { TASK_PATHS } from '../vocabulary';
import { chosenPath, pathPlan, type PathPlan, type PlanAssumptions, type PlanTaskInput } from './plan-model';

/**
 * What is already spent, as of the plan date, in the plan's currency. The plan starts from it:
 * feasibility, risk and the frontier price what is spent plus what is left (docs/reports.md).
 */
export interface PlanSpend {
  /** Actual to date of each planned task with any time entry or AI run (an entry, even of zero, marks it worked on). */
  byTask: ReadonlyMap<string, Money>;
  /** Actual to date on tasks outside the plan (OMITTED): spent, with nothing left to do. */
  outsidePlan: Money;
}

/** A production's plan: its tasks (none OMITTED), its budget, the weeks it has left and what is spent. */
export interface Plan {
  tasks: readonly PlanTaskInput[];
  budget: Money;
  weeksToDelivery: Ratio;
  /** Nothing spent when left out (a what-if of the work alone). */
  spent?: PlanSpend;
}

/** One task on its planned path: what the path takes, what is spent on it, and its estimate to complete. */
export interface PlannedTask {
  task: PlanTaskInput;
  plan: PathPlan;
  actual: Money;
  estimateToComplete: Money;
}

/** Each task on the path the scenario gives it, priced from what is spent (estimateToComplete in costing). */
export const plannedPaths = (plan: Plan, a: PlanAssumptions): PlannedTask[] =>
  plan.tasks.map((task) => {
    const p = pathPlan(task, chosenPath(task, a), a);
    const actual = plan.spent?.byTask.get(task.id) ?? zeroMoney(p.expectedCost.currency);
    return {
      task,
      plan: p,
      actual,
      estimateToComplete: estimateToComplete(p.expectedCost, actual, !task.remaining),
    };
  });

/** The feasibility of the plan: what is spent plus each task's estimate to complete; only work not yet done takes weeks. */
export function planFeasibilityInput(plan: Plan, a: PlanAssumptions): FeasibilityInput {
  return {
    tasks: plannedPaths(plan, a).map(({ task, plan: p, actual, estimateToComplete: etc }) => ({
      taskId: task.id,
      path: p.path,
      actualToDate: actual,
      estimateToComplete: etc,
      hoursByRole: task.remaining ? { [task.roleCode]: p.expectedHours } : {},
      gpuHours: task.remaining ? p.gpuHours : 0,
    })),
    budget: plan.budget,
    spentOutsidePlan: plan.spent?.outsidePlan,
    contingencyPercent: a.contingencyPercent,
    headcount: a.headcount,
    hoursPerWeek: a.hoursPerWeek,
    gpuCount: a.gpuCount,
    weeksToDelivery: plan.weeksToDelivery,
  };
}

/** m x share, rounded half-even to a minor unit. */
const scaled = (m: Money, share: Ratio): Money =>
  money(roundHalfEven(mul(makeRatio(m.amountMinor), share)), m.currency);

/**
 * The cost spread of the plan: what is spent is fixed; each open task draws only what is left,
 * its path's three-point hours (and GPU cost) scaled by the share of its planned cost still to
 * spend (estimate to complete / expected cost), so the draws centre on the EFC.
 */
export function planRiskInput(plan: Plan, a: PlanAssumptions, draws: number, seed: number): RiskInput {
  const planned = plannedPaths(plan, a);
  const currency = plan.budget.currency;
  const spent = sumMoney(
    [...planned.map((t) => t.actual), plan.spent?.outsidePlan ?? zeroMoney(currency)],
    currency,
  );
  const zero = makeRatio(0n);
  const remaining = planned.flatMap(({ task, plan: p, estimateToComplete: etc }): RiskTask[] => {
    if (etc.amountMinor === 0n) return [];
    const share = makeRatio(etc.amountMinor, p.expectedCost.amountMinor);
    return [
      {
        taskId: task.id,
        hours: {
          optimistic: mul(p.hours.optimistic, share),
          mostLikely: mul(p.hours.mostLikely, share),
          pessimistic: mul(p.hours.pessimistic, share),
        },
        rate: task.rate,
        fixedCost: scaled(p.gpuCost, share),
      },
    ];
  });
  const spentTask: RiskTask = {
    taskId: 'spent to date',
    hours: { optimistic: zero, mostLikely: zero, pessimistic: zero },
    rate: planned[0]?.task.rate ?? { minorPerHour: zero, currency },
    fixedCost: spent,
  };
  return { tasks: [spentTask, ...remaining], currency, budget: plan.budget, draws, seed };
}

/**
 * What a frontier point (spent + estimate to complete over the planned tasks) may cost for the plan
 * to fit: EFC + contingency on what is left <= budget, with EFC = the point + what was spent
 * outside the plan and what is left = the point - what was spent on the plan's tasks, so the point
 * may cost (budget - spent outside + contingency x spent inside) / (1 + contingency), rounded
 * half-even. With nothing spent: budget / (1 + contingency).
 */
export function frontierBudget(plan: Plan, a: PlanAssumptions): Money {
  const currency = plan.budget.currency;
  const inside = sumMoney([...(plan.spent?.byTask.values() ?? [])], currency).amountMinor;
  const outside = plan.spent?.outsidePlan.amountMinor ?? 0n;
  const c = a.contingencyPercent;
  // (B - O + c/100 x S) / (1 + c/100) = (100 c.den (B - O) + c.num S) / (100 c.den + c.num)
  const top = 100n * c.den * (plan.budget.amountMinor - outside) + c.num * inside;
  return money(roundHalfEven(makeRatio(top, 100n * c.den + c.num)), currency);
}

/**
 * Every task with its cost (spent + estimate to complete) and displaced hours on each path it may
 * take, for the frontier. A task that is DONE or has work on it stays on its own path (adoption
 * never moves it); the others may take any path policy allows.
 */
export const frontierTasks = (plan: Plan, a: PlanAssumptions): OptimiserTask[] =>
  plan.tasks.map((task) => {
    const actual = plan.spent?.byTask.get(task.id);
    const fixed = actual !== undefined || !task.remaining;
    const options = (fixed ? [task.path] : TASK_PATHS).map((path) => {
      const p = pathPlan(task, path, a);
      const spent = actual ?? zeroMoney(p.expectedCost.currency);
      const etc = estimateToComplete(p.expectedCost, spent, !task.remaining);
      return {
        path,
        cost: sumMoney([spent, etc], p.expectedCost.currency),
        displacedHours: p.displacedHours,
      };
    });
    return { taskId: task.id, options, allowedPaths: task.aiForbidden && !fixed ? ['HUMAN'] : undefined };
  });
