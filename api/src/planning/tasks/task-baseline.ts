import {
  Bid,
  bidHours,
  BidTemplate,
  Complexity,
  Ratio,
  ratioToNumber,
  ThreePointInput,
} from '@frameledger/analytics';
import { TaskBaselineType } from './task.types';
import { BaselineInputs } from './tasks.repository';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The one-complexity slice of a stored template, as the analytics library's BidTemplate. */
function templateOf(task: BaselineInputs): BidTemplate | undefined {
  if (task.unit === null || task.optimistic === null || task.mostLikely === null || task.pessimistic === null)
    return undefined;
  const estimate: ThreePointInput = {
    optimistic: task.optimistic,
    mostLikely: task.mostLikely,
    pessimistic: task.pessimistic,
  };
  const byComplexity = { [task.complexity]: estimate } as Record<Complexity, ThreePointInput>;
  return task.unit === 'FRAME'
    ? { taskType: task.taskTypeCode, basis: 'PER_FRAME', framesPerDayByComplexity: byComplexity }
    : { taskType: task.taskTypeCode, basis: 'PER_SHOT', hoursByComplexity: byComplexity };
}

function explain(task: BaselineInputs, bid: Bid, hoursPerDay: Ratio): string {
  const hours = round2(ratioToNumber(bid.hours.mostLikely));
  if (task.baselineHoursOverride !== null) return `planner override: ${hours} h`;
  if (task.unit === 'FRAME') {
    return `${task.frameCount} frames / ${task.mostLikely} frames a day x ${ratioToNumber(hoursPerDay)} h a day = ${hours} h`;
  }
  return `${task.taskTypeCode} at complexity ${task.complexity}, bid per shot: ${hours} h`;
}

/**
 * B(t) of a task (DESIGN section 4): the override, else the template's most likely figure (per
 * frame: frames / frames per day x hours per day, with the rate card's day). Null when the
 * task has neither.
 */
export function taskBaseline(task: BaselineInputs, hoursPerDay: Ratio): TaskBaselineType | null {
  const template = templateOf(task);
  const override = task.baselineHoursOverride;
  if (!template && override === null) return null;
  const bid = bidHours(
    template ?? {
      taskType: task.taskTypeCode,
      basis: 'PER_SHOT',
      hoursByComplexity: {} as Record<Complexity, ThreePointInput>,
    },
    {
      id: task.id,
      complexity: task.complexity as Complexity,
      frameCount: task.frameCount,
      ...(override !== null
        ? { override: { optimistic: override, mostLikely: override, pessimistic: override } }
        : {}),
    },
    hoursPerDay,
  );
  return {
    hours: ratioToNumber(bid.hours.mostLikely),
    optimisticHours: ratioToNumber(bid.hours.optimistic),
    pessimisticHours: ratioToNumber(bid.hours.pessimistic),
    source: override !== null ? 'OVERRIDE' : 'TEMPLATE',
    working: explain(task, bid, hoursPerDay),
  };
}
