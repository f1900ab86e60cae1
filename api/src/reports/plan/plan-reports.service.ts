import { Injectable } from '@nestjs/common';
import { feasibility, planFeasibilityInput, planRiskInput, sumMoney } from '@frameledger/analytics';
import { badInput } from '../../common/errors';
import { asUserErrors } from '../analytics-errors';
import { ReportPool } from '../pool/report-pool';
import { gqlMoney, toWorking, withNames } from '../working/working';
import { PlanContext, PlanContextService } from './plan-context.service';
import {
  FeasibilityType,
  FeasibilityVerdict,
  PlanBasisType,
  PlanConstraintKind,
  RiskProfileType,
} from './plan-reports.types';

export const basisOf = (c: PlanContext): PlanBasisType => ({
  productionId: c.production.id,
  scenario: c.scenarioName,
  planDate: c.planDate,
  asOf: c.asOf,
  tasks: c.tasks.length,
  unbidTasks: c.unbid,
});

export const namesOf = (c: PlanContext) => new Map(c.tasks.map((t) => [t.id, t.label]));

const MAX_DRAWS = 100_000;

/** Feasibility and risk of a production's plan under a scenario. */
@Injectable()
export class PlanReportsService {
  constructor(
    private readonly context: PlanContextService,
    private readonly pool: ReportPool,
  ) {}

  feasibility(productionId: string, scenarioId?: string, asOf?: string): Promise<FeasibilityType> {
    return asUserErrors(async () => {
      const c = await this.context.load(productionId, scenarioId, asOf);
      const result = feasibility(planFeasibilityInput(c, c.assumptions));
      const constraint = (k: typeof result.binding) => ({ ...k, kind: k.kind as PlanConstraintKind });
      return {
        basis: basisOf(c),
        verdict: result.verdict as FeasibilityVerdict,
        summary: result.summary,
        binding: constraint(result.binding),
        constraints: result.constraints.map(constraint),
        budget: gqlMoney(c.budget),
        actualToDate: gqlMoney(result.actualToDate),
        estimateToComplete: gqlMoney(result.estimateToComplete),
        estimateAtCompletion: gqlMoney(result.estimateAtCompletion),
        contingency: gqlMoney(result.contingency),
        totalCost: gqlMoney(result.totalCost),
        headroom: gqlMoney(result.headroom),
        variance: gqlMoney(result.variance),
        assumptions: result.assumptions,
        scheduleWeeks: result.scheduleWeeks,
        weeksToDelivery: result.weeksToDelivery,
        working: withNames(toWorking(result.working), namesOf(c)),
      };
    });
  }

  riskProfile(
    productionId: string,
    scenarioId: string | undefined,
    draws: number,
    seed: number,
  ): Promise<RiskProfileType> {
    return asUserErrors(async () => {
      if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) {
        throw badInput(
          'draws',
          `Give a whole number of draws from 1 to ${MAX_DRAWS.toLocaleString('en-US')}; ${draws} is out of range.`,
        );
      }
      const c = await this.context.load(productionId, scenarioId, undefined);
      const result = await this.pool.run('risk', planRiskInput(c, c.assumptions, draws, seed));
      return {
        basis: basisOf(c),
        method: result.method,
        draws: result.draws,
        seed: result.seed,
        budget: gqlMoney(c.budget),
        actualToDate: gqlMoney(
          sumMoney([...c.spent.byTask.values(), c.spent.outsidePlan], c.budget.currency),
        ),
        mean: gqlMoney(result.mean),
        p10: gqlMoney(result.p10),
        p50: gqlMoney(result.p50),
        p80: gqlMoney(result.p80),
        p90: gqlMoney(result.p90),
        probabilityWithinBudget: result.probabilityWithinBudget ?? 0,
        histogram: result.histogram.map((b) => ({
          from: gqlMoney(b.from),
          to: gqlMoney(b.to),
          count: b.count,
        })),
        working: withNames(toWorking(result.working), namesOf(c)),
      };
    });
  }
}
