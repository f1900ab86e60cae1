import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { Connection } from '../../platform/graphql/connection';
import { ShotFilterArgs, ShotType } from '../../productions/shots/shot.types';
import { AiCategory, LikenessKind, TaskPath, TaskStatus } from '../../platform/graphql/vocabulary.enums';
import { TaskTypeType } from '../task-types/task-type.types';

export const MAX_TASKS_PER_CALL = 5000;

@ObjectType('TaskBaseline', {
  description: 'B(t): what the task takes done by people, from its bid template or override.',
})
export class TaskBaselineType {
  @Field(() => Float, { description: 'Most likely hours: the baseline B(t).' }) hours!: number;
  @Field(() => Float) optimisticHours!: number;
  @Field(() => Float) pessimisticHours!: number;
  @Field({ description: 'TEMPLATE or OVERRIDE.' }) source!: string;
  @Field({
    description: 'How the hours were worked out, e.g. "96 frames / 14 frames a day x 8 h a day = 54.86 h".',
  })
  working!: string;
}

@ObjectType('Task', {
  description: 'One piece of work on a shot: a task type at a complexity, done on a chosen path.',
})
export class TaskType {
  @Field(() => ID) id!: string;
  @Field(() => ID) productionId!: string;
  shotId!: string;
  @Field(() => ShotType) shot!: ShotType;
  taskTypeCode!: string;
  @Field(() => TaskTypeType) taskType!: TaskTypeType;
  bidTemplateId!: string | null;
  @Field(() => Int) complexity!: number;
  @Field(() => TaskPath) path!: TaskPath;
  @Field(() => TaskStatus) status!: TaskStatus;
  @Field(() => Float, {
    nullable: true,
    description: "The planner's baseline hours, replacing the template's.",
  })
  baselineHoursOverride!: number | null;
  @Field(() => TaskBaselineType, {
    nullable: true,
    description: 'Null when the task has neither a template nor an override.',
  })
  baseline?: TaskBaselineType | null;
  @Field(() => Float) plannedAiReviewHours!: number;
  @Field(() => AiCategory, { description: "The task's AI category, or its type's default." })
  aiCategory!: AiCategory;
  @Field(() => LikenessKind) likenessKind!: LikenessKind;
  @Field(() => String, { nullable: true }) performerName!: string | null;
  @Field({
    description: 'The output ends up in the final deliverable (AI-final output then needs a human sign-off).',
  })
  inFinalDeliverable!: boolean;
  @Field({ description: 'Policy forbids AI paths on this task.' }) aiForbidden!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      "The vendor company the task is assigned to: that company's VENDOR people log time and AI runs on it.",
  })
  vendorCompany!: string | null;
}

export type TaskRow = Omit<TaskType, 'shot' | 'taskType' | 'baseline'>;

export const TaskConnection = Connection(TaskType, 'Task');

/** The shot filters (production, episode, sequence) and the task's own. */
@ArgsType()
export class TaskFilterArgs extends ShotFilterArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'pass a shot id this API gave out' })
  shotId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z_]{2,32}$/, { message: 'use a task type code such as ROTO' })
  taskTypeCode?: string;

  @Field(() => TaskPath, { nullable: true })
  @IsOptional()
  @IsEnum(TaskPath)
  path?: TaskPath;

  @Field(() => TaskStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus;
}

@InputType()
export class CreateTasksInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'pass a production id this API gave out' })
  productionId!: string;

  @Field(() => [ID], { description: `Shots to give one task each, 1 to ${MAX_TASKS_PER_CALL}.` })
  @ArrayMinSize(1, { message: 'give at least one shot' })
  @ArrayMaxSize(MAX_TASKS_PER_CALL, { message: `give at most ${MAX_TASKS_PER_CALL} shots per call` })
  @IsUUID('all', { each: true, message: 'pass shot ids this API gave out' })
  shotIds!: string[];

  @Field()
  @Matches(/^[A-Z_]{2,32}$/, { message: 'use a task type code such as ROTO' })
  taskTypeCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'complexity is a level from 1 to 5' })
  @Max(5, { message: 'complexity is a level from 1 to 5' })
  complexity!: number;

  @Field({ nullable: true, description: "Bid template set; default: the type's only set, or Standard." })
  @IsOptional()
  @Length(1, 120)
  templateName?: string;

  @Field(() => TaskPath, { defaultValue: TaskPath.HUMAN })
  @IsEnum(TaskPath)
  path!: TaskPath;

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0, { message: 'review hours cannot be negative' })
  plannedAiReviewHours!: number;
}

@InputType()
export class UpdateTaskInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'complexity is a level from 1 to 5' })
  @Max(5, { message: 'complexity is a level from 1 to 5' })
  complexity?: number;

  @Field(() => TaskPath, { nullable: true })
  @IsOptional()
  @IsEnum(TaskPath)
  path?: TaskPath;

  @Field(() => TaskStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus;

  @Field(() => Float, {
    nullable: true,
    description: 'Baseline hours replacing the template; null clears the override.',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0, { message: 'baseline hours cannot be negative' })
  @Max(100000, { message: 'more than 100,000 hours on one task is not plausible; check the figure' })
  baselineHoursOverride?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0, { message: 'review hours cannot be negative' })
  @Max(100000, { message: 'more than 100,000 review hours on one task is not plausible; check the figure' })
  plannedAiReviewHours?: number;

  @Field(() => AiCategory, { nullable: true })
  @IsOptional()
  @IsEnum(AiCategory)
  aiCategory?: AiCategory;

  @Field(() => LikenessKind, { nullable: true })
  @IsOptional()
  @IsEnum(LikenessKind)
  likenessKind?: LikenessKind;

  @Field(() => String, {
    nullable: true,
    description: 'Whose likeness; required unless the likeness kind is NONE.',
  })
  @IsOptional()
  @Length(1, 200)
  performerName?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  inFinalDeliverable?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  aiForbidden?: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Assigns the task to a vendor company (its VENDOR people may then log on it); null unassigns.',
  })
  @IsOptional()
  @Length(1, 120, { message: 'a company name is 1 to 120 characters' })
  vendorCompany?: string | null;
}

@ObjectType('CreateTasksResult')
export class CreateTasksResult {
  @Field(() => Int) created!: number;
  @Field(() => [TaskType]) tasks!: TaskRow[];
}
