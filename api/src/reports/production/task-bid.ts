import { bidHours, BidTemplate, Complexity, ThreePointHours, ThreePointInput } from '@frameledger/analytics';
import { toRatio } from '@frameledger/analytics';
import { TaskRow } from './production-ledger.repository';

/**
 * A task's three-point bid hours, exact: the planner's override (one figure for all three), else
 * its template at its complexity (per frame: frames / frames a day x the rate card's hours a day).
 * Null for a task with neither.
 */
export function taskBid(task: TaskRow, hoursPerDay: string): ThreePointHours | null {
  const override = task.baselineHoursOverride;
  if (override !== null) {
    const hours = toRatio(override, `tasks.${task.id}.baselineHoursOverride`);
    return { optimistic: hours, mostLikely: hours, pessimistic: hours };
  }
  if (task.unit === null || task.optimistic === null || task.mostLikely === null || task.pessimistic === null)
    return null;
  const complexity = task.complexity as Complexity;
  const figures = {
    [complexity]: { optimistic: task.optimistic, mostLikely: task.mostLikely, pessimistic: task.pessimistic },
  } as Record<Complexity, ThreePointInput>;
  const template: BidTemplate =
    task.unit === 'FRAME'
      ? { taskType: task.taskTypeCode, basis: 'PER_FRAME', framesPerDayByComplexity: figures }
      : { taskType: task.taskTypeCode, basis: 'PER_SHOT', hoursByComplexity: figures };
  return bidHours(
    template,
    { id: task.id, complexity, frameCount: task.frameCount },
    toRatio(hoursPerDay, 'rateCard.hoursPerDay'),
  ).hours;
}
