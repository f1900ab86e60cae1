import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Money } from '../../platform/graphql/money';
import { MISSING_RATES, MissingRateType } from '../working/missing-rate';
import { WorkingType } from '../working/working.types';

@ObjectType('CostFigures', {
  description:
    'Budget, bid, actual to date, estimate to complete, EFC, and variance against the budget and the bid.',
})
export class CostFiguresType {
  @Field(() => Money, {
    description:
      'The VFX budget: on the totals the whole of it; on a task type its share, spread by bid (largest remainder, to the minor unit).',
  })
  budget!: Money;
  @Field(() => Money, { description: 'The bid: baseline hours x loaded rate (nothing for OMITTED tasks).' })
  bid!: Money;
  @Field(() => Money, {
    description: 'Logged hours x loaded rates + compute + licence fees, up to the as-of date.',
  })
  actualToDate!: Money;
  @Field(() => Money, {
    description:
      'Nothing on DONE and OMITTED tasks; else what is left of the expected cost on its planned path (plan model), never below zero.',
  })
  estimateToComplete!: Money;
  @Field(() => Money, {
    description: 'Estimate at completion (EFC) = actual to date + estimate to complete.',
  })
  estimateAtCompletion!: Money;
  @Field(() => Money, { description: 'Budget - EFC: positive is under budget.' }) variance!: Money;
  @Field(() => Money, { description: 'Bid - EFC: positive is under the bid.' }) bidVariance!: Money;
  @Field(() => WorkingType) working!: WorkingType;
}

@ObjectType('CostReportLine')
export class CostReportLineType extends CostFiguresType {
  @Field() taskType!: string;
  @Field(() => Int) tasks!: number;
}

@ObjectType('CostReport', {
  description: 'A production’s cost report per task type, as of a date, in its rate card’s currency.',
})
export class CostReportType {
  @Field(() => ID) productionId!: string;
  @Field({ description: 'Work on or before this day counts (YYYY-MM-DD).' }) asOf!: string;
  @Field() currency!: string;
  @Field(() => Money, { description: 'The production’s VFX budget, for comparison with the total EFC.' })
  vfxBudget!: Money;
  @Field(() => [CostReportLineType]) lines!: CostReportLineType[];
  @Field(() => CostFiguresType) totals!: CostFiguresType;
  @Field(() => [MissingRateType], { description: MISSING_RATES })
  missingRates!: MissingRateType[];
}

export enum BidGrouping {
  TASK_TYPE = 'TASK_TYPE',
  SHOT = 'SHOT',
  SEQUENCE = 'SEQUENCE',
  EPISODE = 'EPISODE',
  TASK = 'TASK',
}
registerEnumType(BidGrouping, {
  name: 'BidGrouping',
  description: 'What bid-versus-actual rows are grouped by.',
});

@ObjectType('BidVsActualFigures')
export class BidVsActualFiguresType {
  @Field(() => Int) tasks!: number;
  @Field(() => Float, { description: 'Baseline hours B(t) of the bids.' }) bidHours!: number;
  @Field(() => Float, { description: 'Every hour logged.' }) actualHours!: number;
  @Field(() => Float, { description: 'Bid - actual: positive is under the bid.' }) hoursVariance!: number;
  @Field(() => Money) bidCost!: Money;
  @Field(() => Money, { description: 'Logged hours x loaded rates + compute + licence fees.' })
  actualCost!: Money;
  @Field(() => Money, { description: 'Bid - actual: positive is under the bid.' }) costVariance!: Money;
  @Field(() => WorkingType) working!: WorkingType;
}

@ObjectType('BidVsActualRow')
export class BidVsActualRowType extends BidVsActualFiguresType {
  @Field({ description: 'The task type, shot, sequence, episode number or task of this row.' }) key!: string;
}

@ObjectType('BidVsActual', { description: 'Each group’s bid against what was spent, to date.' })
export class BidVsActualType {
  @Field(() => ID) productionId!: string;
  @Field() currency!: string;
  @Field(() => BidGrouping) groupBy!: BidGrouping;
  @Field(() => [BidVsActualRowType]) rows!: BidVsActualRowType[];
  @Field(() => BidVsActualFiguresType) totals!: BidVsActualFiguresType;
  @Field(() => [MissingRateType], { description: MISSING_RATES })
  missingRates!: MissingRateType[];
}

@ObjectType('FxRateUsed', { description: 'A booked quarterly rate that converted some of a figure.' })
export class FxRateUsedType {
  @Field({ description: 'The quarter the converted runs finished in, e.g. 2026-Q4.' }) quarter!: string;
  @Field({ description: 'The currency the runs were costed in.' }) from!: string;
  @Field({ description: 'The currency it was converted into (the rate card’s).' }) to!: string;
  @Field({
    description: 'Units of `to` one unit of `from` buys, as booked, rounded to 6 significant digits.',
  })
  rate!: string;
}

@ObjectType('AiRunCompute', {
  description: 'One AI run’s compute cost as it was booked and in the rate card’s currency.',
})
export class AiRunComputeType {
  @Field(() => ID) runId!: string;
  @Field(() => ID, { nullable: true, description: 'The pipeline job that made it; null for a vendor’s run.' })
  jobId!: string | null;
  @Field(() => Money, { description: 'As costed (the device class’s compute rate or the vendor’s price).' })
  booked!: Money;
  @Field(() => Money, {
    description: 'In the rate card’s currency, converted at the booked rate of the quarter it finished.',
  })
  inCardCurrency!: Money;
}

@ObjectType('TaskBidVsActual', {
  description:
    'One task’s all-human baseline against its AI path so far (hours logged x loaded rates + compute + licence fees), in the rate card’s currency.',
})
export class TaskBidVsActualType extends BidVsActualFiguresType {
  @Field(() => ID) taskId!: string;
  @Field() currency!: string;
  @Field(() => [FxRateUsedType], {
    description: 'The rates that converted compute booked in another currency.',
  })
  fxRates!: FxRateUsedType[];
  @Field(() => [AiRunComputeType], { description: 'Each AI run on the task, oldest first.' })
  runs!: AiRunComputeType[];
  @Field(() => [MissingRateType], { description: MISSING_RATES })
  missingRates!: MissingRateType[];
}
