import { subtractMoney, type Money } from '../money/money';
import type { Working } from '../working';
import type { TaskCost } from './task-cost';

export interface BidVsActual {
  taskId: string;
  bidHours: number;
  actualHours: number;
  /** Bid minus actual: positive means under the bid. */
  hoursVariance: number;
  bidCost: Money;
  actualCost: Money;
  /** Bid minus actual: positive means under the bid. */
  costVariance: Money;
  working: Working;
}

/**
 * Compares a costed task with its bid. The bid defaults to the all-human baseline; pass the
 * scenario's planned cost to compare an AI task with what was planned for it instead.
 */
export function bidVsActual(cost: TaskCost, bid: Money = cost.baselineCost): BidVsActual {
  return {
    taskId: cost.taskId,
    bidHours: cost.baselineHours,
    actualHours: cost.humanHours,
    hoursVariance: cost.baselineHours - cost.humanHours,
    bidCost: bid,
    actualCost: cost.actualCost,
    costVariance: subtractMoney(bid, cost.actualCost),
    working: {
      lines: [{ label: `${cost.taskId}: bid`, amount: bid, refs: [cost.taskId] }, ...cost.working.lines],
      note: 'Variance = bid - actual; positive is under the bid.',
    },
  };
}
