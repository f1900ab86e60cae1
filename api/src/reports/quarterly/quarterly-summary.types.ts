import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID } from 'class-validator';
import { Money } from '../../platform/graphql/money';
import { LabourFiguresType, LabourImpactRowType } from '../labour/labour-impact.types';
import { MISSING_RATES, MissingRateType } from '../working/missing-rate';
import { WorkingType } from '../working/working.types';

@ObjectType('MoneyFigure', { description: 'An amount and the working that makes it.' })
export class MoneyFigureType {
  @Field(() => Money) value!: Money;
  @Field(() => WorkingType) working!: WorkingType;
}

@ObjectType('SpeedUpFigure', {
  description: 'Median speed-up S = B / (M + H) over AI tasks, with the middle task(s) as working.',
})
export class SpeedUpFigureType {
  @Field(() => Float, {
    nullable: true,
    description: 'Null when no AI task with a bid and logged time finished.',
  })
  median!: number | null;
  @Field(() => Int, { description: 'AI tasks the median is taken over.' }) tasks!: number;
  @Field(() => WorkingType) working!: WorkingType;
}

@ObjectType('QuarterlySummary', {
  description:
    'One quarter across every production, converted into one reporting currency at the quarter’s FX rates.',
})
export class QuarterlySummaryType {
  @Field() quarter!: string;
  @Field() currency!: string;
  @Field(() => [ID], { nullable: true, description: 'The productions it covers; null for every production.' })
  productionIds!: string[] | null;
  /** Their codes, for the PDF; null for every production. */
  productionCodes!: string[] | null;
  @Field(() => Int) fiscalYearStartMonth!: number;
  @Field({ description: 'First day of the quarter (YYYY-MM-DD).' }) from!: string;
  @Field({ description: 'First day after the quarter (YYYY-MM-DD).' }) to!: string;
  @Field(() => MoneyFigureType, { description: 'Hours logged in the quarter on HUMAN tasks x loaded rates.' })
  humanSpend!: MoneyFigureType;
  @Field(() => MoneyFigureType, {
    description:
      'Hours logged in the quarter on AI tasks x loaded rates, plus compute and licence fees of AI runs finished in it.',
  })
  aiSpend!: MoneyFigureType;
  @Field(() => Money) totalSpend!: Money;
  @Field(() => MoneyFigureType, {
    description:
      'What the AI tasks last finished in the quarter would have cost done by people: B x loaded rate.',
  })
  allHumanBaseline!: MoneyFigureType;
  @Field(() => MoneyFigureType, {
    description: 'What those tasks cost: every hour logged on them x loaded rates, compute and licence fees.',
  })
  aiPathCost!: MoneyFigureType;
  @Field(() => MoneyFigureType, { description: 'All-human baseline - AI path cost.' })
  savings!: MoneyFigureType;
  @Field(() => Int, { description: 'Distinct tasks with hours logged in the quarter.' }) tasksWorked!: number;
  @Field(() => Int) aiTasksWorked!: number;
  @Field(() => Float, { nullable: true, description: 'AI tasks worked / tasks worked.' }) aiShareOfTasks!:
    number | null;
  @Field(() => Float) hoursLogged!: number;
  @Field(() => Float, { description: 'Hours logged on AI tasks.' }) aiTaskHours!: number;
  @Field(() => Float, { nullable: true, description: 'Hours logged on AI tasks / all hours logged.' })
  aiShareOfHours!: number | null;
  @Field(() => Float, { description: 'Wall time of the AI runs finished in the quarter.' })
  machineHours!: number;
  @Field(() => Int, { description: 'AI tasks whose last AI job finished in the quarter.' })
  finishedAiTasks!: number;
  @Field(() => SpeedUpFigureType) speedUp!: SpeedUpFigureType;
  @Field(() => [LabourImpactRowType], { description: 'Displaced and created hours and FTE by labour role.' })
  labourByRole!: LabourImpactRowType[];
  @Field(() => LabourFiguresType) labourTotals!: LabourFiguresType;
  @Field(() => [MissingRateType], { description: MISSING_RATES })
  missingRates!: MissingRateType[];
}

@ArgsType()
export class PortfolioFilterArgs {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only these productions (1 to 100); every production when left out.',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'give at least one production id, or leave productionIds out for all' })
  @ArrayMaxSize(100, { message: 'give at most 100 production ids' })
  @IsUUID('all', { each: true, message: 'give production ids this API gave out' })
  productionIds?: string[];
}
