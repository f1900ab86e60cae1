import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID } from 'class-validator';
import { IsQuarter } from '../../common/input-rules';
import { Money } from '../../platform/graphql/money';
import { WorkingType } from '../working/working.types';
import { Role } from '../../common/roles';

/** Who reads labour impact (query and download), studio-wide or on their productions. */
export const LABOUR_READERS = [Role.REVIEWER, Role.EXECUTIVE, Role.PLANNER, Role.ADMIN];

export enum LabourDimension {
  ROLE = 'ROLE',
  DEPARTMENT = 'DEPARTMENT',
  TASK_TYPE = 'TASK_TYPE',
  QUARTER = 'QUARTER',
}
registerEnumType(LabourDimension, {
  name: 'LabourDimension',
  description: 'What labour impact rows are grouped by.',
});

@InputType()
export class LabourImpactFilter {
  @Field(() => [String], {
    description:
      'Quarters to report, e.g. ["2026-Q1", "2026-Q2"] (fiscal quarters when a start month is given).',
  })
  @ArrayMinSize(1, { message: 'give at least one quarter, such as 2026-Q2' })
  @ArrayMaxSize(40, { message: 'give at most 40 quarters' })
  @IsQuarter({ each: true })
  quarters!: string[];

  @Field(() => [ID], { nullable: true, description: 'Only these productions; all when left out.' })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'give production ids this API gave out' })
  productionIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Only these labour role codes.' })
  @IsOptional()
  roleCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'Only roles in these departments.' })
  @IsOptional()
  departments?: string[];

  @Field(() => [String], { nullable: true, description: 'Only these task type codes.' })
  @IsOptional()
  taskTypeCodes?: string[];
}

@ObjectType('LabourFigures', {
  description: 'Displaced, created and net hours and FTE, and the wages the displaced hours paid.',
})
export class LabourFiguresType {
  @Field(() => Float, {
    description:
      'Sum over AI tasks of max(0, baseline - craft hours), in the quarter their last AI job finished.',
  })
  displacedHours!: number;
  @Field(() => Float, {
    description: 'AI operator and AI review hours on AI tasks, in the quarter they were logged.',
  })
  createdHours!: number;
  @Field(() => Float, { description: 'Created - displaced.' }) netHours!: number;
  @Field(() => Float, { description: 'Displaced hours / (FTE hours a year x quarters / 4).' })
  displacedFte!: number;
  @Field(() => Float) createdFte!: number;
  @Field(() => Float) netFte!: number;
  @Field(() => Money, {
    description: "Displaced hours x the role's loaded rate, converted at each quarter's rate.",
  })
  wagesDisplaced!: Money;
  @Field(() => Int, { description: 'AI tasks whose displacement is counted.' }) finishedAiTasks!: number;
  @Field(() => WorkingType) working!: WorkingType;
}

@ObjectType('LabourImpactRow')
export class LabourImpactRowType extends LabourFiguresType {
  @Field(() => String, { nullable: true, description: 'Labour role code, when grouped by ROLE.' })
  role?: string;
  @Field(() => String, { nullable: true }) department?: string;
  @Field(() => String, { nullable: true }) taskType?: string;
  @Field(() => String, { nullable: true }) quarter?: string;
}

@ObjectType('LabourImpact', {
  description: 'Labour impact of AI use, across productions, in one reporting currency.',
})
export class LabourImpactType {
  @Field() currency!: string;
  @Field(() => [String]) quarters!: string[];
  @Field(() => Int) fiscalYearStartMonth!: number;
  @Field(() => [LabourDimension]) groupBy!: LabourDimension[];
  @Field(() => [LabourImpactRowType], { description: 'One row per group, in key order.' })
  rows!: LabourImpactRowType[];
  @Field(() => LabourFiguresType) totals!: LabourFiguresType;
}
