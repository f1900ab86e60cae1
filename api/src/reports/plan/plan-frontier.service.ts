import { Injectable } from '@nestjs/common';
import {
  cheapestWithinDisplacementCap,
  ChosenPlan,
  Frontier,
  frontierBudget,
  leastDisplacementWithinBudget,
  NoPlan,
  plannedPaths,
  ratioToNumber,
  sumMoney,
  sumQuantities,
  thinFrontierPoints,
} from '@frameledger/analytics';
import { TaskPath } from '../../platform/graphql/vocabulary.enums';
import { asUserErrors } from '../analytics-errors';
import { ReportPool } from '../pool/report-pool';
import { gqlMoney, toWorking, withNames } from '../working/working';
import { PlanContextService } from './plan-context.service';
import { frontierOf } from './plan-frontier-of';
import { basisOf, namesOf } from './plan-reports.service';
import { ChosenPlanType, FrontierPointType, PlanFrontierType, PlanQueryStatus } from './plan-reports.types';

/** The most points planFrontier lists: a few hundred buttons keep the page answering within a second. */
export const MAX_FRONTIER_POINTS = 300;

/**
 * The cost / displaced-hours frontier of a production's plan, thinned to at most 300 points that
 * keep its shape, and the two plans planners ask for. Points keep their index on the whole
 * frontier, which is what adoptFrontierPoint takes.
 */
@Injectable()
export class PlanFrontierService {
  constructor(
    private readonly context: PlanContextService,
    private readonly pool: ReportPool,
  ) {}

  planFrontier(
    productionId: string,
    scenarioId: string | undefined,
    capHours: number | undefined,
  ): Promise<PlanFrontierType> {
    return asUserErrors(async () => {
      const c = await this.context.load(productionId, scenarioId, undefined);
      const a = c.assumptions;
      const frontier = await frontierOf(this.pool, c);
      const labels = namesOf(c);
      const point = (index: number): FrontierPointType => ({
        index,
        cost: gqlMoney(frontier.points[index].cost),
        displacedHours: frontier.points[index].displacedHours,
        choicesOf: () =>
          frontier.choicesAt(index).map((choice) => ({
            taskId: choice.taskId,
            task: labels.get(choice.taskId) ?? choice.taskId,
            path: choice.path as TaskPath,
          })),
        pathsOf: () => frontier.pathsAt(index) as TaskPath[],
      });
      // What a point may cost for the plan, with contingency on what is left, to fit the budget.
      const net = frontierBudget(c, a);
      const current = plannedPaths(c, a);
      const planned = sumQuantities(current.map((p) => p.plan.displacedHours));
      const cap = capHours ?? Math.round(ratioToNumber(planned) * 10) / 10;
      // The current plan as the frontier shows it: the least displacing point that costs no more.
      const currentCost = sumMoney(
        current.flatMap((p) => [p.actual, p.estimateToComplete]),
        frontier.currency,
      );
      const least = answer(frontier, leastDisplacementWithinBudget(frontier, net), point);
      const cheapest = answer(frontier, cheapestWithinDisplacementCap(frontier, cap), point);
      const currentPlan = answer(frontier, leastDisplacementWithinBudget(frontier, currentCost), point);
      const shown = thinFrontierPoints(frontier.points, {
        maxPoints: MAX_FRONTIER_POINTS,
        budget: net,
        keep: [least.point.index, cheapest.point.index, currentPlan.point.index],
      });
      return {
        basis: basisOf(c),
        points: shown.map(point),
        totalPoints: frontier.points.length,
        exact: frontier.exact,
        maxGapHours: frontier.maxGapHours,
        maxGapCost: gqlMoney(frontier.maxGapCost),
        budgetBeforeContingency: gqlMoney(net),
        leastDisplacementWithinBudget: least,
        displacementCapHours: cap,
        cheapestWithinDisplacementCap: cheapest,
        currentPlan: currentPlan.point,
        working: withNames(toWorking(frontier.working), labels),
      };
    });
  }
}

/** A query's answer as a point of the frontier (the same object, so its choices page alike). */
function answer(
  frontier: Frontier,
  result: ChosenPlan | NoPlan,
  point: (i: number) => FrontierPointType,
): ChosenPlanType {
  const chosen = result.status === 'OK' ? result.point : result.closest;
  const index = frontier.points.findIndex(
    (p) => p.cost.amountMinor === chosen.cost.amountMinor && p.displacedHours === chosen.displacedHours,
  );
  return result.status === 'OK'
    ? {
        status: PlanQueryStatus.OK,
        message: result.working.note ?? '',
        point: point(index),
        exact: result.exact,
        gapHours: result.gapHours,
        gapCost: gqlMoney(result.gapCost),
      }
    : {
        status: PlanQueryStatus.INFEASIBLE,
        message: result.message,
        point: point(index),
        exact: frontier.exact,
        gapHours: 0,
        gapCost: gqlMoney({ amountMinor: 0n, currency: frontier.currency }),
      };
}
