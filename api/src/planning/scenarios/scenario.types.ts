import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCurrency } from '../../common/input-rules';
import { Connection } from '../../platform/graphql/connection';
import { Money, MinorUnitsScalar } from '../../platform/graphql/money';
import { TaskPath } from '../../platform/graphql/vocabulary.enums';

@ObjectType('TaskTypePath')
@InputType('TaskTypePathInput')
export class TaskTypePath {
  @Field()
  @Matches(/^[A-Z_]{2,32}$/, { message: 'use a task type code such as ROTO' })
  taskTypeCode!: string;

  @Field(() => TaskPath)
  @IsEnum(TaskPath)
  path!: TaskPath;
}

@ObjectType('RoleHeadcount')
@InputType('RoleHeadcountInput')
export class RoleHeadcount {
  @Field()
  @Matches(/^[A-Z0-9_]{2,32}$/, { message: 'use a labour role code such as COMP_ARTIST' })
  roleCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'a headcount cannot be negative' })
  @Max(10000, { message: 'more than 10,000 people in one role is not plausible; check the figure' })
  people!: number;
}

@ObjectType('ScenarioAssumptions', {
  description: 'The what-if assumptions a feasibility, risk or frontier report runs with.',
})
export class ScenarioAssumptionsType {
  @Field(() => [TaskTypePath], {
    description: 'Path for every task of a type; types not listed keep each task’s path.',
  })
  pathByTaskType!: TaskTypePath[];
  @Field(() => Float, {
    nullable: true,
    description: "AI review hours per AI task; null keeps each task's planned hours.",
  })
  aiReviewHoursPerTask!: number | null;
  @Field(() => Float, { description: 'Percent of baseline hours redone by artists on AI paths.' })
  reworkRatePercent!: number;
  @Field({ description: 'Device class priced from the compute rate table when no GPU price is set.' })
  gpuDeviceClass!: string;
  @Field(() => Money, { nullable: true, description: 'GPU-hour price for this what-if.' })
  gpuPricePerHour!: Money | null;
  @Field(() => Float, { description: 'Planned GPU seconds per frame on AI tasks.' })
  gpuSecondsPerFrame!: number;
  @Field(() => [RoleHeadcount]) headcounts!: RoleHeadcount[];
  @Field(() => Int) gpuCount!: number;
  @Field(() => Float) contingencyPercent!: number;
  @Field(() => Float) hoursPerWeek!: number;
}

@ObjectType('Scenario', { description: 'Saved what-if assumptions for one production.' })
export class ScenarioType {
  @Field(() => ID) id!: string;
  @Field(() => ID) productionId!: string;
  @Field() name!: string;
  @Field(() => ScenarioAssumptionsType) assumptions!: ScenarioAssumptionsType;
  @Field({ description: 'ISO 8601 time of the last change.' }) updatedAt!: string;
}

export const ScenarioConnection = Connection(ScenarioType, 'Scenario');

@InputType()
export class ScenarioAssumptionsInput {
  @Field(() => [TaskTypePath], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TaskTypePath)
  pathByTaskType!: TaskTypePath[];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0, { message: 'review hours cannot be negative' })
  @Max(10000, { message: 'more than 10,000 review hours per task is not plausible; check the figure' })
  aiReviewHoursPerTask?: number | null;

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0, { message: 'a rework rate cannot be negative' })
  @Max(100, { message: 'a rework rate is a percentage of the baseline, at most 100' })
  reworkRatePercent!: number;

  @Field({ defaultValue: 'L4' })
  @Matches(/^[A-Z0-9_-]{1,32}$/, { message: 'use a device class such as T4, L4, A100 or H100' })
  gpuDeviceClass!: string;

  @Field(() => MinorUnitsScalar, {
    nullable: true,
    description: 'GPU-hour price in minor units of gpuPriceCurrency.',
  })
  @Allow()
  gpuPricePerHourMinor?: bigint | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCurrency()
  gpuPriceCurrency?: string | null;

  @Field(() => Float, { defaultValue: 2 })
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0, { message: 'GPU time per frame cannot be negative' })
  @Max(86400, { message: 'more than a day of GPU time per frame is not plausible; check the figure' })
  gpuSecondsPerFrame!: number;

  @Field(() => [RoleHeadcount], { defaultValue: [] })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => RoleHeadcount)
  headcounts!: RoleHeadcount[];

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(0, { message: 'a GPU count cannot be negative' })
  @Max(100000)
  gpuCount!: number;

  @Field(() => Float, { defaultValue: 10 })
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0, { message: 'contingency cannot be negative' })
  @Max(200, { message: 'contingency above 200% is not plausible; check the figure' })
  contingencyPercent!: number;

  @Field(() => Float, { defaultValue: 40 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1, { message: 'a working week has at least one hour' })
  @Max(168, { message: 'a week has 168 hours' })
  hoursPerWeek!: number;
}

@InputType()
export class CreateScenarioInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'pass a production id this API gave out' })
  productionId!: string;

  @Field()
  @Length(1, 120, { message: 'give a name of 1 to 120 characters' })
  name!: string;

  @Field(() => ScenarioAssumptionsInput)
  @ValidateNested()
  @Type(() => ScenarioAssumptionsInput)
  assumptions!: ScenarioAssumptionsInput;
}

@InputType()
export class UpdateScenarioInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 120, { message: 'give a name of 1 to 120 characters' })
  name?: string;

  @Field(() => ScenarioAssumptionsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScenarioAssumptionsInput)
  assumptions?: ScenarioAssumptionsInput;
}
