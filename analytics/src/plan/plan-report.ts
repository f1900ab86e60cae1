import type { FeasibilityInput } from '../feasibility/feasibility';
import type { Ratio } from '../exact/ratio';
import type { Money } from '../money/money';
import type { OptimiserTask } from '../optimiser/types';
import type { RiskInput } from '../risk/monte-carlo';
import { TASK_PATHS } from '../vocabulary';
import { chosenPath, pathPlan, type PathPlan, type PlanAssumptions, type PlanTaskInput } from './plan-model';

/** A production's plan: its tasks (none OMITTED), its budget and the weeks it has left. */
export interface Plan {
  tasks: readonly PlanTaskInput[];
  budget: Money;
  weeksToDelivery: Ratio;
}

/** Each task on the path the scenario gives it. */
export const plannedPaths = (tasks: readonly PlanTaskInput[], a: PlanAssumptions) =>
  tasks.map((task): { task: PlanTaskInput; plan: PathPlan } => ({
    task,
    plan: pathPlan(task, chosenPath(task, a), a),
  }));

/** The feasibility of the plan: every task's cost counts; only work not yet done takes weeks. */
export function planFeasibilityInput(plan: Plan, a: PlanAssumptions): FeasibilityInput {
  return {
    tasks: plannedPaths(plan.tasks, a).map(({ task, plan: p }) => ({
      taskId: task.id,
      path: p.path,
      expectedCost: p.expectedCost,
      hoursByRole: task.remaining ? { [task.roleCode]: p.expectedHours } : {},
      gpuHours: task.remaining ? p.gpuHours : 0,
    })),
    budget: plan.budget,
    contingencyPercent: a.contingencyPercent,
    headcount: a.headcount,
    hoursPerWeek: a.hoursPerWeek,
    gpuCount: a.gpuCount,
    weeksToDelivery: plan.weeksToDelivery,
  };
}

/** The cost spread of the plan: each task's three-point hours at its rate, GPU cost fixed. */
export function planRiskInput(plan: Plan, a: PlanAssumptions, draws: number, seed: number): RiskInput {
  return {
    tasks: plannedPaths(plan.tasks, a).map(({ task, plan: p }) => ({
      taskId: task.id,
      hours: p.hours,
      rate: task.rate,
      fixedCost: p.gpuCost,
    })),
    currency: plan.budget.currency,
    budget: plan.budget,
    draws,
    seed,
  };
}

/** Every task with its cost and displaced hours on each path it may take, for the frontier. */
export const frontierTasks = (tasks: readonly PlanTaskInput[], a: PlanAssumptions): OptimiserTask[] =>
  tasks.map((task) => ({
    taskId: task.id,
    options: TASK_PATHS.map((path) => {
      const p = pathPlan(task, path, a);
      return { path, cost: p.expectedCost, displacedHours: p.displacedHours };
    }),
    allowedPaths: task.aiForbidden ? ['HUMAN'] : undefined,
  }));
