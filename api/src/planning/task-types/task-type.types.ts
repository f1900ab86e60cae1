import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, Length, Matches, Max, Min } from 'class-validator';
import { Connection } from '../../platform/graphql/connection';
import { LabourRoleType } from '../../rates/labour-roles/labour-role.types';
import { AiCategory, BidUnit } from '../../platform/graphql/vocabulary.enums';

@ObjectType('BidTemplate', {
  description:
    'Effort for one task type at one complexity: hours per shot (unit SHOT), or frames an artist finishes a day (unit FRAME), ' +
    'each as optimistic / most likely / pessimistic.',
})
export class BidTemplateType {
  @Field(() => ID) id!: string;
  @Field() taskTypeCode!: string;
  @Field({ description: 'Template set name, e.g. Standard.' }) name!: string;
  @Field(() => BidUnit) unit!: BidUnit;
  @Field(() => Int) complexity!: number;
  @Field(() => Float) optimistic!: number;
  @Field(() => Float) mostLikely!: number;
  @Field(() => Float) pessimistic!: number;
  @Field() source!: string;
}

@ObjectType('TaskType', {
  description: 'A kind of post-production task (ROTO, PAINT, COMP...) with its baseline role and bids.',
})
export class TaskTypeType {
  @Field() code!: string;
  @Field() name!: string;
  baselineRoleId!: string;
  @Field(() => LabourRoleType, { description: 'Who does this work when people do it; prices the baseline.' })
  baselineRole!: LabourRoleType;
  @Field(() => AiCategory) defaultAiCategory!: AiCategory;
  @Field(() => [BidTemplateType], { description: 'Bid templates, by name then complexity.' })
  bidTemplates!: BidTemplateType[];
}

export type TaskTypeRow = Omit<TaskTypeType, 'baselineRole' | 'bidTemplates'>;

export const TaskTypeConnection = Connection(TaskTypeType, 'TaskType');

@InputType()
export class TaskTypeInput {
  @Field({ description: '2 to 32 upper-case letters or _, e.g. ROTO.' })
  @Matches(/^[A-Z_]{2,32}$/, { message: 'use 2 to 32 upper-case letters or _ (e.g. ROTO)' })
  code!: string;

  @Field()
  @Length(1, 120, { message: 'give a name of 1 to 120 characters' })
  name!: string;

  @Field({ description: 'Labour role code of who does it by hand, e.g. ROTO_ARTIST.' })
  @Matches(/^[A-Z0-9_]{2,32}$/, { message: 'use a labour role code such as ROTO_ARTIST' })
  baselineRoleCode!: string;

  @Field(() => AiCategory, { defaultValue: AiCategory.TRADITIONAL })
  @IsEnum(AiCategory)
  defaultAiCategory!: AiCategory;
}

@InputType()
export class BidTemplateInput {
  @Field()
  @Matches(/^[A-Z_]{2,32}$/, { message: 'use a task type code such as ROTO' })
  taskTypeCode!: string;

  @Field({ defaultValue: 'Standard' })
  @Length(1, 120, { message: 'give a template name of 1 to 120 characters' })
  name!: string;

  @Field(() => BidUnit)
  @IsEnum(BidUnit)
  unit!: BidUnit;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'complexity is a level from 1 to 5' })
  @Max(5, { message: 'complexity is a level from 1 to 5' })
  complexity!: number;

  @Field(() => Float)
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0.001, { message: 'give a figure above zero' })
  @Max(100_000, { message: 'more than 100,000 is not a plausible bid figure; check it' })
  optimistic!: number;

  @Field(() => Float)
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0.001, { message: 'give a figure above zero' })
  @Max(100_000, { message: 'more than 100,000 is not a plausible bid figure; check it' })
  mostLikely!: number;

  @Field(() => Float)
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0.001, { message: 'give a figure above zero' })
  @Max(100_000, { message: 'more than 100,000 is not a plausible bid figure; check it' })
  pessimistic!: number;

  @Field({ defaultValue: '' })
  @Length(0, 500)
  source!: string;
}
