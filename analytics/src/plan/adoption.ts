import { subtractMoney, sumMoney, type Money } from '../money/money';
import type { TaskPath } from '../vocabulary';
import { pathPlan, type PlanAssumptions, type PlanTaskInput } from './plan-model';

/** Why adopting a plan leaves a task on its path: it is done, or work was done on its current path. */
export type KeptReason = 'DONE' | 'WORK_LOGGED';

/** A task as it stands when a plan is adopted. */
export interface AdoptableTaskState {
  id: string;
  path: TaskPath;
  done: boolean;
  /** AI runs or time entries are on it: work was done on its current path. */
  hasWork: boolean;
}

/** One task a plan moves, with what the move does to its expected cost. */
export interface PlanChange {
  taskId: string;
  from: TaskPath;
  to: TaskPath;
  costBefore: Money;
  costAfter: Money;
  /** costAfter - costBefore: negative saves money. */
  costEffect: Money;
}

export interface KeptTask {
  taskId: string;
  path: TaskPath;
  wanted: TaskPath;
  reason: KeptReason;
}

export interface AdoptionPlan {
  changes: PlanChange[];
  kept: KeptTask[];
  /** The sum of the changes' cost effects. */
  costEffect: Money;
}

/**
 * What adopting a plan (each task's wanted path) would do: every task whose path differs moves,
 * and every task that is DONE or has work logged is left alone, listed with why (the ledger
 * cannot tell which path earlier work was done on, so any work counts as work on the current
 * one). Each move is priced on the plan model, before and after, under the same assumptions.
 */
export function adoptionPlan(
  tasks: readonly PlanTaskInput[],
  states: ReadonlyMap<string, AdoptableTaskState>,
  wanted: ReadonlyArray<{ taskId: string; path: TaskPath }>,
  a: PlanAssumptions,
  currency: string,
): AdoptionPlan {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const changes: PlanChange[] = [];
  const kept: KeptTask[] = [];
  for (const { taskId, path } of wanted) {
    const state = states.get(taskId);
    const task = byId.get(taskId);
    if (!state || !task) continue;
    const reason: KeptReason | null = state.done ? 'DONE' : state.hasWork ? 'WORK_LOGGED' : null;
    if (reason) {
      kept.push({ taskId, path: state.path, wanted: path, reason });
      continue;
    }
    if (state.path === path) continue;
    const costBefore = pathPlan(task, state.path, a).expectedCost;
    const costAfter = pathPlan(task, path, a).expectedCost;
    changes.push({
      taskId,
      from: state.path,
      to: path,
      costBefore,
      costAfter,
      costEffect: subtractMoney(costAfter, costBefore),
    });
  }
  return {
    changes,
    kept,
    costEffect: sumMoney(
      changes.map((c) => c.costEffect),
      currency,
    ),
  };
}
