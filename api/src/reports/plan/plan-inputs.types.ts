import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../platform/graphql/connection';
import { Money } from '../../platform/graphql/money';
import { TaskPath } from '../../platform/graphql/vocabulary.enums';
import { PlanInputTask } from './plan-task';

const EXACT = 'Exact, as text: a decimal, or n/d where the decimal would not end. Never a float.';

@ObjectType('PlanInputTask', {
  description: 'A task as the plan prices it, with its stored bid, so the dashboard works B(t) out itself.',
})
export class PlanInputTaskType implements PlanInputTask {
  @Field(() => ID) id!: string;
  @Field({ description: 'Shot and task type.' }) label!: string;
  @Field() taskTypeCode!: string;
  @Field() taskTypeName!: string;
  @Field({ description: 'The task type’s baseline role, whose rate prices its hours.' }) roleCode!: string;
  @Field({ description: `The role’s loaded rate in minor units an hour. ${EXACT}` })
  rateMinorPerHour!: string;
  @Field(() => TaskPath) path!: TaskPath;
  @Field() aiForbidden!: boolean;
  @Field({ description: 'DONE: its cost counts, but it takes no more weeks.' }) done!: boolean;
  @Field(() => Int) complexity!: number;
  @Field(() => Int) frameCount!: number;
  @Field(() => String, { nullable: true, description: 'The planner’s own hours (decimal text).' })
  baselineHoursOverride!: string | null;
  @Field(() => String, { nullable: true, description: 'SHOT or FRAME; null when the task has no template.' })
  bidUnit!: 'SHOT' | 'FRAME' | null;
  @Field(() => String, {
    nullable: true,
    description: 'The template’s three points at the task’s complexity.',
  })
  bidOptimistic!: string | null;
  @Field(() => String, { nullable: true }) bidMostLikely!: string | null;
  @Field(() => String, { nullable: true }) bidPessimistic!: string | null;
  @Field({ description: 'Planned AI review hours (decimal text).' }) plannedReviewHours!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Spent on it to date in minor units, as the cost report prices it; null when no time or AI run is on it yet.',
  })
  actualMinor!: string | null;
}

export const PlanInputTaskConnection = Connection(PlanInputTaskType, 'PlanInputTask');

@ObjectType('GpuPrice')
export class GpuPriceType {
  @Field() deviceClass!: string;
  @Field(() => Money, { description: 'The compute rate in effect, in the production’s currency.' })
  pricePerHour!: Money;
}

@ObjectType('PlanInputs', {
  description:
    'What the feasibility, risk and frontier reports start from, for the dashboard to run the same plan model locally.',
})
export class PlanInputsType {
  @Field(() => ID) productionId!: string;
  @Field({ description: 'The currency of the rate card the plan is priced in.' }) currency!: string;
  @Field(() => Money) budget!: Money;
  @Field({ description: 'The day the plan is made: today, not before the production starts.' })
  planDate!: string;
  @Field({ description: 'What is spent is counted to the end of this day: today.' }) asOf!: string;
  @Field(() => Money, { description: 'Spent on tasks outside the plan (OMITTED).' })
  spentOutsidePlan!: Money;
  @Field(() => Int, { description: 'Whole days from the plan date to delivery; 0 once passed.' })
  daysToDelivery!: number;
  @Field({ description: `Hours in the rate card’s bid day, for per-frame bids. ${EXACT}` })
  hoursPerDay!: string;
  @Field(() => [GpuPriceType], { description: 'Every device class with a compute rate and FX to price it.' })
  gpuPrices!: GpuPriceType[];
}
