import { AnalyticsInputError } from '../errors';
import { toNonNegativeRatio } from '../exact/parse';
import { makeRatio, mul, roundHalfEven } from '../exact/ratio';
import type { OptimiserTask, PreparedTask } from './types';

/**
 * Validates the tasks and reduces each to its undominated options. Displaced hours are rounded
 * half-even to 0.1 h, the grid the optimiser is exact on; costs become plain numbers, which is
 * exact because the dearest possible plan is checked to stay below 2^53 minor units.
 */
export function prepareTasks(tasks: readonly OptimiserTask[]): {
  currency: string;
  prepared: PreparedTask[];
} {
  if (tasks.length === 0) throw new AnalyticsInputError('tasks', 'Give at least one task to plan.');
  const currency = tasks[0].options[0]?.cost.currency ?? '';
  let dearest = 0;
  const seen = new Set<string>();
  const prepared = tasks.map((task, t): PreparedTask => {
    const field = `tasks[${t}]`;
    if (seen.has(task.taskId))
      throw new AnalyticsInputError(
        `${field}.taskId`,
        `Task ${task.taskId} is listed twice; list each task once.`,
      );
    seen.add(task.taskId);
    const allowed = task.options.filter((o) => !task.allowedPaths || task.allowedPaths.includes(o.path));
    if (allowed.length === 0) {
      throw new AnalyticsInputError(
        `${field}.options`,
        `Task ${task.taskId} has no allowed path; allow at least one or give it a HUMAN option.`,
      );
    }
    if (new Set(allowed.map((o) => o.path)).size !== allowed.length) {
      throw new AnalyticsInputError(
        `${field}.options`,
        `Task ${task.taskId} lists a path twice; give one option per path.`,
      );
    }
    const options = allowed.map((o, i) => {
      if (o.cost.currency !== currency) {
        throw new AnalyticsInputError(
          `${field}.options[${i}].cost`,
          `Task ${task.taskId} is priced in ${o.cost.currency}; price every option in ${currency}.`,
        );
      }
      if (o.cost.amountMinor < 0n)
        throw new AnalyticsInputError(`${field}.options[${i}].cost`, 'An option cannot cost less than zero.');
      const hours = toNonNegativeRatio(o.displacedHours, `${field}.options[${i}].displacedHours`);
      return {
        path: o.path,
        cost: o.cost.amountMinor,
        tenths: Number(roundHalfEven(mul(hours, makeRatio(10n)))),
      };
    });
    // Least displacing first, cheapest first among equals; an option is worth keeping only if it is
    // cheaper than every less displacing one, i.e. than the last one kept.
    options.sort((a, b) => a.tenths - b.tenths || (a.cost < b.cost ? -1 : a.cost > b.cost ? 1 : 0));
    const kept: typeof options = [];
    for (const o of options) if (kept.length === 0 || o.cost < kept[kept.length - 1].cost) kept.push(o);
    dearest += Number(options.reduce((m, o) => (o.cost > m ? o.cost : m), 0n));
    return {
      taskId: task.taskId,
      costs: kept.map((o) => Number(o.cost)),
      tenths: kept.map((o) => o.tenths),
      paths: kept.map((o) => o.path),
    };
  });
  if (dearest > Number.MAX_SAFE_INTEGER) {
    throw new AnalyticsInputError(
      'tasks',
      'The options add up past 2^53 minor units; split the plan into smaller parts.',
    );
  }
  return { currency, prepared };
}
