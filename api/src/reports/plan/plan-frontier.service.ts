import { Injectable } from '@nestjs/common';
import {
  cheapestWithinDisplacementCap,
  chosenPath,
  ChosenPlan,
  Frontier,
  frontierTasks,
  leastDisplacementWithinBudget,
  makeRatio,
  money,
  NoPlan,
  paretoFrontier,
  pathPlan,
  ratioToNumber,
  roundHalfEven,
  sumQuantities,
  toRatio,
} from '@frameledger/analytics';
import { TaskPath } from '../../platform/graphql/vocabulary.enums';
import { asUserErrors } from '../analytics-errors';
import { gqlMoney, toWorking, withNames } from '../working/working';
import { PlanContextService } from './plan-context.service';
import { basisOf, namesOf } from './plan-reports.service';
import { ChosenPlanType, FrontierPointType, PlanFrontierType, PlanQueryStatus } from './plan-reports.types';

/** The cost / displaced-hours frontier of a production's plan, and the two plans planners ask for. */
@Injectable()
export class PlanFrontierService {
  constructor(private readonly context: PlanContextService) {}

  planFrontier(
    productionId: string,
    scenarioId: string | undefined,
    capHours: number | undefined,
  ): Promise<PlanFrontierType> {
    return asUserErrors(async () => {
      const c = await this.context.load(productionId, scenarioId, undefined);
      const a = c.assumptions;
      const frontier = paretoFrontier(frontierTasks(c.tasks, a));
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
      });
      const contingency = toRatio(a.contingencyPercent, 'scenario.contingencyPercent');
      // The plan may cost budget / (1 + contingency) before contingency is added on top.
      const net = money(
        roundHalfEven(
          makeRatio(c.budget.amountMinor * 100n * contingency.den, 100n * contingency.den + contingency.num),
        ),
        c.budget.currency,
      );
      const planned = sumQuantities(c.tasks.map((t) => pathPlan(t, chosenPath(t, a), a).displacedHours));
      const cap = capHours ?? Math.round(ratioToNumber(planned) * 10) / 10;
      return {
        basis: basisOf(c),
        points: frontier.points.map((_, i) => point(i)),
        exact: frontier.exact,
        maxGapHours: frontier.maxGapHours,
        maxGapCost: gqlMoney(frontier.maxGapCost),
        budgetBeforeContingency: gqlMoney(net),
        leastDisplacementWithinBudget: answer(frontier, leastDisplacementWithinBudget(frontier, net), point),
        displacementCapHours: cap,
        cheapestWithinDisplacementCap: answer(frontier, cheapestWithinDisplacementCap(frontier, cap), point),
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
