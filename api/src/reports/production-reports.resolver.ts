import { Args, Float, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../platform/auth/roles.decorator';
import { offsetOf, PageArgs, toPage } from '../platform/graphql/connection';
import { DayPipe } from '../common/input-rules';
import { Role } from '../common/roles';
import { UuidPipe } from '../platform/graphql/uuid.pipe';
import { BidVsActualService } from './cost/bid-vs-actual.service';
import { CostReportService } from './cost/cost-report.service';
import { BidGrouping, BidVsActualType, CostReportType, TaskBidVsActualType } from './cost/cost-report.types';
import { PlanFrontierService } from './plan/plan-frontier.service';
import { PlanReportsService } from './plan/plan-reports.service';
import {
  FeasibilityType,
  FrontierPointType,
  PathCountType,
  PlanFrontierType,
  RiskProfileType,
  TaskChoiceConnection,
} from './plan/plan-reports.types';
import { TaskPath } from '../platform/graphql/vocabulary.enums';

const PRODUCTION = { type: () => ID };
const SCENARIO = {
  type: () => ID,
  nullable: true,
  description: 'A saved scenario of the production; left out: tasks as planned.',
};

/** One production's plan and costs, for planners. */
@Resolver()
export class ProductionReportsResolver {
  constructor(
    private readonly plans: PlanReportsService,
    private readonly frontiers: PlanFrontierService,
    private readonly costs: CostReportService,
    private readonly bids: BidVsActualService,
  ) {}

  @Roles(Role.PLANNER, Role.ADMIN)
  @Query(() => FeasibilityType, {
    description: 'Whether the plan fits the budget and the delivery date, naming the binding constraint.',
  })
  feasibility(
    @Args('productionId', PRODUCTION, UuidPipe) productionId: string,
    @Args('scenarioId', SCENARIO, UuidPipe) scenarioId: string | null,
    @Args(
      'asOf',
      {
        nullable: true,
        type: () => String,
        description: 'Plan date (YYYY-MM-DD); today when left out.',
      },
      DayPipe,
    )
    asOf: string | null,
  ) {
    return this.plans.feasibility(productionId, scenarioId ?? undefined, asOf ?? undefined);
  }

  @Roles(Role.PLANNER, Role.ADMIN)
  @Query(() => RiskProfileType, {
    description:
      'P10 to P90 plan cost and the chance of staying within budget; the same seed gives the same answer.',
  })
  riskProfile(
    @Args('productionId', PRODUCTION, UuidPipe) productionId: string,
    @Args('scenarioId', SCENARIO, UuidPipe) scenarioId: string | null,
    @Args('draws', { type: () => Int, defaultValue: 10_000 }) draws: number,
    @Args('seed', { type: () => Int, defaultValue: 1 }) seed: number,
  ) {
    return this.plans.riskProfile(productionId, scenarioId ?? undefined, draws, seed);
  }

  @Roles(Role.PLANNER, Role.ADMIN)
  @Query(() => PlanFrontierType, {
    description:
      'Plans trading cost against displaced hours, the least displacing within budget and the cheapest under a cap.',
  })
  planFrontier(
    @Args('productionId', PRODUCTION, UuidPipe) productionId: string,
    @Args('scenarioId', SCENARIO, UuidPipe) scenarioId: string | null,
    @Args('displacementCapHours', {
      type: () => Float,
      nullable: true,
      description: 'Default: what the scenario’s own plan displaces.',
    })
    capHours: number | null,
  ) {
    return this.frontiers.planFrontier(productionId, scenarioId ?? undefined, capHours ?? undefined);
  }

  @Roles(Role.PLANNER, Role.ADMIN)
  @Query(() => CostReportType, {
    description: 'Budget, actual to date, estimate to complete, EFC and variance per task type.',
  })
  costReport(
    @Args('productionId', PRODUCTION, UuidPipe) productionId: string,
    @Args('asOf', { description: 'YYYY-MM-DD' }, DayPipe) asOf: string,
  ) {
    return this.costs.costReport(productionId, asOf);
  }

  @Roles(Role.PLANNER, Role.ADMIN)
  @Query(() => BidVsActualType, { description: 'Bid against actual hours and cost, grouped.' })
  bidVsActual(
    @Args('productionId', PRODUCTION, UuidPipe) productionId: string,
    @Args('groupBy', { type: () => BidGrouping, defaultValue: BidGrouping.TASK_TYPE }) groupBy: BidGrouping,
  ) {
    return this.bids.bidVsActual(productionId, groupBy);
  }

  // Whoever sees the job page (Renders) reads its task's cost against the bid there.
  @Roles(Role.OPERATOR, Role.PLANNER, Role.REVIEWER, Role.ADMIN)
  @Query(() => TaskBidVsActualType, {
    description: 'One task’s all-human baseline against its AI path so far, with the saving.',
  })
  taskBidVsActual(
    @Args('productionId', PRODUCTION, UuidPipe) productionId: string,
    @Args('taskId', { type: () => ID }, UuidPipe) taskId: string,
  ) {
    return this.bids.task(productionId, taskId);
  }
}

/** A frontier point's path choices, worked out only when asked for. */
@Resolver(() => FrontierPointType)
export class FrontierPointResolver {
  @ResolveField(() => [PathCountType], { description: 'How many tasks take each path at this point.' })
  paths(@Parent() point: FrontierPointType): PathCountType[] {
    const counts = new Map<TaskPath, number>();
    for (const path of point.pathsOf()) counts.set(path, (counts.get(path) ?? 0) + 1);
    return [...counts].map(([path, tasks]) => ({ path, tasks }));
  }

  @ResolveField(() => TaskChoiceConnection, { description: 'Each task’s path at this point, in shot order.' })
  choices(@Parent() point: FrontierPointType, @Args() page: PageArgs) {
    const offset = offsetOf(page.after);
    const all = point.choicesOf();
    return toPage(all.slice(offset, offset + page.first), offset, page.first, all.length);
  }
}
