import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../platform/graphql/connection';
import { Money } from '../../platform/graphql/money';
import { TaskPath } from '../../platform/graphql/vocabulary.enums';
import { WorkingType } from '../working/working.types';

export enum FeasibilityVerdict {
  FITS = 'FITS',
  OVER_BUDGET = 'OVER_BUDGET',
  LATE = 'LATE',
  OVER_BUDGET_AND_LATE = 'OVER_BUDGET_AND_LATE',
}
registerEnumType(FeasibilityVerdict, { name: 'FeasibilityVerdict' });

export enum PlanConstraintKind {
  BUDGET = 'BUDGET',
  ROLE = 'ROLE',
  GPU = 'GPU',
}
registerEnumType(PlanConstraintKind, {
  name: 'PlanConstraintKind',
  description: 'The budget, the people of one role, or the GPUs.',
});

@ObjectType('PlanConstraint')
export class PlanConstraintType {
  @Field(() => PlanConstraintKind) kind!: PlanConstraintKind;
  @Field({ description: 'The role code for ROLE; "budget" or "GPU" otherwise.' }) name!: string;
  @Field(() => Float, { description: 'Needed / available: above 1 the plan does not fit it.' })
  utilisation!: number;
  @Field(() => Float, { nullable: true, description: 'Weeks of work, for ROLE and GPU.' }) weeks?: number;
}

/** What every plan report says about where it started from. */
@ObjectType('PlanBasis')
export class PlanBasisType {
  @Field(() => ID) productionId!: string;
  @Field({ description: 'The scenario, or "Tasks as planned" with the default assumptions.' })
  scenario!: string;
  @Field({ description: 'The day the plan is made from (YYYY-MM-DD).' }) planDate!: string;
  @Field({ description: 'What is spent is counted to the end of this day (YYYY-MM-DD).' }) asOf!: string;
  @Field(() => Int) tasks!: number;
  @Field(() => [String], { description: 'Tasks with no bid, planned at 0 h.' }) unbidTasks!: string[];
}

@ObjectType('PlanAssumption', { description: 'Work the plan cannot schedule, stated with its figure.' })
export class PlanAssumptionType {
  @Field({ description: 'UNSTAFFED_ROLE or NO_GPU.' }) kind!: string;
  @Field({ description: 'The role code, or "GPU".' }) name!: string;
  @Field(() => Float) hours!: number;
  @Field({ description: 'One sentence with the figure, for the planner.' }) sentence!: string;
}

@ObjectType('Feasibility', {
  description: 'Does the plan fit the budget and the delivery date? The binding constraint is named.',
})
export class FeasibilityType {
  @Field(() => PlanBasisType) basis!: PlanBasisType;
  @Field(() => FeasibilityVerdict) verdict!: FeasibilityVerdict;
  @Field({ description: 'One sentence for the planner.' }) summary!: string;
  @Field(() => PlanConstraintType, { description: 'The constraint with the least room.' })
  binding!: PlanConstraintType;
  @Field(() => [PlanConstraintType], { description: 'Every constraint, tightest first.' })
  constraints!: PlanConstraintType[];
  @Field(() => Money) budget!: Money;
  @Field(() => Money, { description: 'Spent by the end of the as-of day, as the cost report prices it.' })
  actualToDate!: Money;
  @Field(() => Money, {
    description: 'Each open task: what is left of its expected cost on its path, never below zero.',
  })
  estimateToComplete!: Money;
  @Field(() => Money, {
    description:
      'EFC = actual to date + estimate to complete; the cost report’s EFC on the same day and plan.',
  })
  estimateAtCompletion!: Money;
  @Field(() => Money, { description: 'Contingency % of the estimate to complete.' }) contingency!: Money;
  @Field(() => Money, { description: 'EFC + contingency.' }) totalCost!: Money;
  @Field(() => Money, { description: 'Budget - total cost; negative when over.' }) headroom!: Money;
  @Field(() => Money, { description: 'Budget - EFC: positive is under budget, as in the cost report.' })
  variance!: Money;
  @Field(() => [PlanAssumptionType], {
    description: 'Work left out of the schedule because the plan has no one (or no GPU) to do it.',
  })
  assumptions!: PlanAssumptionType[];
  @Field(() => Float, { description: 'The longest role or GPU schedule for the work not yet done.' })
  scheduleWeeks!: number;
  @Field(() => Float) weeksToDelivery!: number;
  @Field(() => WorkingType) working!: WorkingType;
}

@ObjectType('RiskBin')
export class RiskBinType {
  @Field(() => Money) from!: Money;
  @Field(() => Money, { description: 'Exclusive, except in the last bin.' }) to!: Money;
  @Field(() => Int) count!: number;
}

@ObjectType('RiskProfile', {
  description: 'Seeded Monte Carlo of the plan cost over each task’s three-point hours.',
})
export class RiskProfileType {
  @Field(() => PlanBasisType) basis!: PlanBasisType;
  @Field() method!: string;
  @Field(() => Int) draws!: number;
  @Field(() => Int) seed!: number;
  @Field(() => Money) budget!: Money;
  @Field(() => Money, { description: 'Spent to date: fixed; the draws add only what is left to spend.' })
  actualToDate!: Money;
  @Field(() => Money) mean!: Money;
  @Field(() => Money) p10!: Money;
  @Field(() => Money) p50!: Money;
  @Field(() => Money) p80!: Money;
  @Field(() => Money) p90!: Money;
  @Field(() => Float, { description: 'Share of draws at or under the budget (before contingency).' })
  probabilityWithinBudget!: number;
  @Field(() => [RiskBinType]) histogram!: RiskBinType[];
  @Field(() => WorkingType) working!: WorkingType;
}

@ObjectType('PathCount')
export class PathCountType {
  @Field(() => TaskPath) path!: TaskPath;
  @Field(() => Int) tasks!: number;
}

@ObjectType('TaskChoice')
export class TaskChoiceType {
  @Field(() => ID) taskId!: string;
  @Field({ description: 'Shot and task type.' }) task!: string;
  @Field(() => TaskPath) path!: TaskPath;
}

@ObjectType('FrontierPoint', { description: 'A plan no other plan beats on both cost and displaced hours.' })
export class FrontierPointType {
  @Field(() => Int, {
    description: 'Position on the whole frontier, cheapest first (planFrontier lists at most 300 points).',
  })
  index!: number;
  @Field(() => Money) cost!: Money;
  @Field(() => Float, { description: 'Displaced hours, on the optimiser’s 0.1 h grid.' })
  displacedHours!: number;
  /** Each task's path at this point; resolved by PlanFrontierResolver. */
  choicesOf!: () => Array<{ taskId: string; task: string; path: TaskPath }>;
  /** Each task's path alone at this point (no names or money), for counting paths. */
  pathsOf!: () => TaskPath[];
}

export enum PlanQueryStatus {
  OK = 'OK',
  INFEASIBLE = 'INFEASIBLE',
}
registerEnumType(PlanQueryStatus, { name: 'PlanQueryStatus' });

@ObjectType('ChosenPlan', {
  description: 'The frontier point that answers a question, or the nearest one when none can.',
})
export class ChosenPlanType {
  @Field(() => PlanQueryStatus) status!: PlanQueryStatus;
  @Field({ description: 'Why this point, or why none fits.' }) message!: string;
  @Field(() => FrontierPointType) point!: FrontierPointType;
  @Field({ description: 'True when no plan can do better (always on an exact frontier).' }) exact!: boolean;
  @Field(() => Float, { description: 'At most this many hours less displacing than this plan can be found.' })
  gapHours!: number;
  @Field(() => Money, { description: 'At most this much cheaper than this plan can be found.' })
  gapCost!: Money;
}

@ObjectType('PlanFrontier', {
  description: 'Pareto frontier of plan cost against displaced hours over each task’s allowed paths.',
})
export class PlanFrontierType {
  @Field(() => PlanBasisType) basis!: PlanBasisType;
  @Field(() => [FrontierPointType], {
    description:
      'At most 300 points keeping the frontier’s shape (both extremes, the budget crossing, the current plan and both answers always), cheapest first; displaced hours fall as cost rises.',
  })
  points!: FrontierPointType[];
  @Field(() => Int, { description: 'Points on the whole frontier, before thinning.' }) totalPoints!: number;
  @Field(() => FrontierPointType, {
    description: 'The scenario’s own plan on the frontier: the least displacing point that costs no more.',
  })
  currentPlan!: FrontierPointType;
  @Field({ description: 'False for large plans: the frontier’s convex hull, every point still undominated.' })
  exact!: boolean;
  @Field(() => Float) maxGapHours!: number;
  @Field(() => Money) maxGapCost!: Money;
  @Field(() => Money, {
    description:
      'What a point (spent + to complete over the planned tasks) may cost to fit the budget with contingency on what is left: (budget - spent outside the plan + contingency x spent on its tasks) / (1 + contingency).',
  })
  budgetBeforeContingency!: Money;
  @Field(() => ChosenPlanType, { description: 'The least displacing plan within the budget.' })
  leastDisplacementWithinBudget!: ChosenPlanType;
  @Field(() => Float, {
    description: 'The displacement cap used: as given, else what the scenario’s own plan displaces.',
  })
  displacementCapHours!: number;
  @Field(() => ChosenPlanType, { description: 'The cheapest plan displacing at most the cap.' })
  cheapestWithinDisplacementCap!: ChosenPlanType;
  @Field(() => WorkingType) working!: WorkingType;
}

export const TaskChoiceConnection = Connection(TaskChoiceType, 'TaskChoice');
