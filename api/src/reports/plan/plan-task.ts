import {
  exactText,
  makeRatio,
  toRatio,
  type HourlyRate,
  type Money,
  type PlanTaskInput,
  type ThreePointHours,
} from '@frameledger/analytics';
import type { TaskRow } from '../production-ledger/production-ledger.repository';

const ZERO = makeRatio(0n);

/** A task as the plan prices it: its bid (taskBid on the card's day; none plans 0 h) at its role's exact rate. */
export function planTask(
  t: TaskRow,
  bid: ThreePointHours | null,
  roleCode: string,
  rate: HourlyRate,
): PlanTaskInput {
  return {
    id: t.id,
    label: `${t.shotCode} ${t.taskTypeCode}`,
    taskTypeCode: t.taskTypeCode,
    roleCode,
    rate,
    path: t.path,
    aiForbidden: t.aiForbidden,
    remaining: t.status !== 'DONE',
    bid: bid ?? { optimistic: ZERO, mostLikely: ZERO, pessimistic: ZERO },
    plannedReviewHours: toRatio(t.plannedAiReviewHours, 'task.plannedAiReviewHours'),
    frameCount: t.frameCount,
  };
}

/**
 * The same task for the browser (planInputs): the stored decimals as PostgreSQL prints them and
 * the exact rate as text, so the dashboard works the bid out with the same analytics rule
 * (bidFromStoredTemplate) and prices it to the same minor unit. No floats.
 */
export function planInputTask(t: TaskRow, roleCode: string, rate: HourlyRate, actual: Money | undefined) {
  return {
    id: t.id,
    label: `${t.shotCode} ${t.taskTypeCode}`,
    taskTypeCode: t.taskTypeCode,
    taskTypeName: t.taskTypeName,
    roleCode,
    rateMinorPerHour: exactText(rate.minorPerHour),
    path: t.path,
    aiForbidden: t.aiForbidden,
    done: t.status === 'DONE',
    complexity: t.complexity,
    frameCount: t.frameCount,
    baselineHoursOverride: t.baselineHoursOverride,
    bidUnit: t.unit,
    bidOptimistic: t.optimistic,
    bidMostLikely: t.mostLikely,
    bidPessimistic: t.pessimistic,
    plannedReviewHours: t.plannedAiReviewHours,
    actualMinor: actual === undefined ? null : actual.amountMinor.toString(),
  };
}
export type PlanInputTask = ReturnType<typeof planInputTask>;
