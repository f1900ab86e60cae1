import type { Quantity } from '../exact/parse';
import { bidHours, type Bid, type BidTemplate, type Complexity } from './bid';
import type { ThreePointInput } from './three-point';

/**
 * A task's bid as the database stores it: the planner's override (one figure for all three
 * points), and the row of its task type's bid template at the task's complexity (unit SHOT: hours
 * per shot; FRAME: frames an artist finishes a day), null where it has none. Decimals as exact
 * strings (PostgreSQL's text of a numeric), so a repository row passes as it is.
 */
export interface StoredBidTask {
  id: string;
  taskTypeCode: string;
  complexity: number;
  frameCount: Quantity;
  baselineHoursOverride: Quantity | null;
  unit: 'SHOT' | 'FRAME' | null;
  optimistic: Quantity | null;
  mostLikely: Quantity | null;
  pessimistic: Quantity | null;
}

/**
 * B(t) from a stored template (docs/design.md, "The numbers"): the override, else the template's
 * three points at the task's complexity (per frame: frames / frames a day x the rate card's hours
 * a day). Null for a task with neither: it is planned at 0 h and reported as unbid.
 */
export function bidFromStoredTemplate(task: StoredBidTask, hoursPerDay: Quantity): Bid | null {
  const complexity = task.complexity as Complexity;
  const bidTask = { id: task.id, complexity, frameCount: task.frameCount };
  const o = task.baselineHoursOverride;
  if (o !== null) {
    const override = { optimistic: o, mostLikely: o, pessimistic: o };
    return bidHours(perShot(task.taskTypeCode, complexity, override), { ...bidTask, override }, hoursPerDay);
  }
  const { unit, optimistic, mostLikely, pessimistic } = task;
  if (unit === null || optimistic === null || mostLikely === null || pessimistic === null) return null;
  const figures = { optimistic, mostLikely, pessimistic };
  const template: BidTemplate =
    unit === 'FRAME'
      ? {
          taskType: task.taskTypeCode,
          basis: 'PER_FRAME',
          framesPerDayByComplexity: only(complexity, figures),
        }
      : perShot(task.taskTypeCode, complexity, figures);
  return bidHours(template, bidTask, hoursPerDay);
}

const only = (complexity: Complexity, figures: ThreePointInput) =>
  ({ [complexity]: figures }) as Record<Complexity, ThreePointInput>;

const perShot = (taskType: string, complexity: Complexity, figures: ThreePointInput): BidTemplate => ({
  taskType,
  basis: 'PER_SHOT',
  hoursByComplexity: only(complexity, figures),
});
