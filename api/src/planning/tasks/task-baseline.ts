import { Bid, bidFromStoredTemplate, Ratio, ratioToNumber } from '@frameledger/analytics';
import { TaskBaselineType } from './task.types';
import { BaselineInputs } from './tasks.repository';

const round2 = (n: number) => Math.round(n * 100) / 100;

function explain(task: BaselineInputs, bid: Bid, hoursPerDay: Ratio): string {
  const hours = round2(ratioToNumber(bid.hours.mostLikely));
  if (task.baselineHoursOverride !== null) return `planner override: ${hours} h`;
  if (task.unit === 'FRAME') {
    return `${task.frameCount} frames / ${Number(task.mostLikely)} frames a day x ${ratioToNumber(hoursPerDay)} h a day = ${hours} h`;
  }
  return `${task.taskTypeName} at complexity ${task.complexity}, bid per shot: ${hours} h`;
}

/**
 * B(t) of a task (docs/design.md, "The numbers"), by the analytics rule for a stored bid, with a
 * sentence saying how it was worked out. Null when the task has neither override nor template.
 */
export function taskBaseline(task: BaselineInputs, hoursPerDay: Ratio): TaskBaselineType | null {
  const bid = bidFromStoredTemplate(task, hoursPerDay);
  if (!bid) return null;
  return {
    hours: ratioToNumber(bid.hours.mostLikely),
    optimisticHours: ratioToNumber(bid.hours.optimistic),
    pessimisticHours: ratioToNumber(bid.hours.pessimistic),
    source: task.baselineHoursOverride !== null ? 'OVERRIDE' : 'TEMPLATE',
    working: explain(task, bid, hoursPerDay),
  };
}
