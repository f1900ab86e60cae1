import {
  bidFromStoredTemplate,
  makeRatio,
  toRatio,
  type Money,
  type PlanSpend,
  type PlanTaskInput,
  type Ratio,
  type TaskPath,
} from '@frameledger/analytics';
import type { PlanInputsQuery } from '../../../gql/graphql';

type Head = PlanInputsQuery['planInputs'];
export type PlanInputTaskNode = Head['tasks']['edges'][number]['node'];

/** One task as the plan prices it, with its type's name for the path pickers. */
export interface PlanTask extends PlanTaskInput {
  taskTypeName: string;
}

export interface PlanInputs {
  currency: string;
  budget: Money;
  planDate: string;
  weeksToDelivery: Ratio;
  tasks: PlanTask[];
  /** What is spent to date, as the server's plan reports start from it. */
  spent: PlanSpend;
  /** Task labels with no bid, planned at 0 h. */
  unbid: string[];
  /** The GPU-hour price of a device class in the production's currency at the plan quarter, if one is known. */
  gpuPrice(deviceClass: string): Money | null;
}

const ZERO = makeRatio(0n);
const unit = (u: string | null | undefined): 'SHOT' | 'FRAME' | null =>
  u === 'SHOT' || u === 'FRAME' ? u : null;

/**
 * The planInputs answer read exactly: each task's bid worked out by the analytics rule for a
 * stored bid on the card's day, its rate from the exact text, nothing through a float.
 */
export function planInputs(head: Head, nodes: readonly PlanInputTaskNode[]): PlanInputs {
  const unbid: string[] = [];
  const tasks = nodes.map((t): PlanTask => {
    const bid = bidFromStoredTemplate(
      {
        id: t.id,
        taskTypeCode: t.taskTypeCode,
        complexity: t.complexity,
        frameCount: t.frameCount,
        baselineHoursOverride: t.baselineHoursOverride ?? null,
        unit: unit(t.bidUnit),
        optimistic: t.bidOptimistic ?? null,
        mostLikely: t.bidMostLikely ?? null,
        pessimistic: t.bidPessimistic ?? null,
      },
      head.hoursPerDay,
    );
    if (!bid) unbid.push(t.label);
    return {
      id: t.id,
      label: t.label,
      taskTypeCode: t.taskTypeCode,
      taskTypeName: t.taskTypeName,
      roleCode: t.roleCode,
      rate: { currency: head.currency, minorPerHour: toRatio(t.rateMinorPerHour, 'rateMinorPerHour') },
      path: t.path as TaskPath,
      aiForbidden: t.aiForbidden,
      remaining: !t.done,
      bid: bid?.hours ?? { optimistic: ZERO, mostLikely: ZERO, pessimistic: ZERO },
      plannedReviewHours: toRatio(t.plannedReviewHours, 'plannedReviewHours'),
      frameCount: t.frameCount,
    };
  });
  const prices = new Map(
    head.gpuPrices.map((g) => [
      g.deviceClass,
      { amountMinor: BigInt(g.pricePerHour.amountMinor), currency: g.pricePerHour.currency },
    ]),
  );
  return {
    currency: head.currency,
    budget: { amountMinor: BigInt(head.budget.amountMinor), currency: head.budget.currency },
    planDate: head.planDate,
    weeksToDelivery: makeRatio(BigInt(head.daysToDelivery), 7n),
    tasks,
    spent: {
      byTask: new Map(
        nodes.flatMap((t) =>
          t.actualMinor == null
            ? []
            : [[t.id, { amountMinor: BigInt(t.actualMinor), currency: head.currency }]],
        ),
      ),
      outsidePlan: {
        amountMinor: BigInt(head.spentOutsidePlan.amountMinor),
        currency: head.spentOutsidePlan.currency,
      },
    },
    unbid,
    gpuPrice: (deviceClass) => prices.get(deviceClass) ?? null,
  };
}
