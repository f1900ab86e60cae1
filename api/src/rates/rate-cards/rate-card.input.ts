import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  Allow,
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
import { IsCurrency, IsDay } from '../../common/input-rules';
import { MinorUnitsScalar } from '../../platform/graphql/money';

@InputType()
export class RateCardLineInput {
  @Field({ description: 'Labour role code, e.g. COMP_ARTIST.' })
  @Matches(/^[A-Z0-9_]{2,32}$/, { message: 'use a labour role code such as COMP_ARTIST' })
  roleCode!: string;

  @Field(() => MinorUnitsScalar, { description: 'Hourly rate in minor units of the card currency.' })
  @Allow()
  hourlyRateMinor!: bigint;

  @Field(() => Float, { defaultValue: 0, description: 'Percent fringe, 0 to 200 (20 means 20%).' })
  @IsNumber({ maxDecimalPlaces: 3 }, { message: 'give a percentage with at most 3 decimals' })
  @Min(0, { message: 'a fringe cannot be negative' })
  @Max(200, { message: 'a fringe above 200% is not plausible; check the figure' })
  fringePercent!: number;

  @Field(() => MinorUnitsScalar, { defaultValue: 0n, description: 'Flat fringe per hour in minor units.' })
  @Allow()
  flatFringeMinor!: bigint;

  @Field({ defaultValue: '', description: 'Where the figure comes from (a survey, an agreement, a quote).' })
  @Length(0, 500)
  source!: string;
}

@InputType()
export class CreateRateCardInput {
  @Field(() => ID, { nullable: true, description: 'Leave out for a studio-wide card.' })
  @IsOptional()
  @IsUUID('all', { message: 'pass a production id this API gave out' })
  productionId?: string | null;

  @Field()
  @Length(1, 200, { message: 'give a name of 1 to 200 characters' })
  name!: string;

  @Field()
  @IsCurrency()
  currency!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDay()
  effectiveFrom!: string;

  @Field(() => Float, { defaultValue: 8 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'give hours with at most 2 decimals' })
  @Min(0.25, { message: 'a bid day has at least a quarter of an hour' })
  @Max(24, { message: 'a day has 24 hours at most' })
  hoursPerDay!: number;

  @Field(() => Int, { defaultValue: 2080 })
  @IsInt()
  @Min(1, { message: 'give the hours one full-time person works a year, e.g. 2080' })
  @Max(8784, { message: 'a year has 8,784 hours at most' })
  fteHoursPerYear!: number;

  @Field({ defaultValue: '' })
  @Length(0, 500)
  source!: string;

  @Field(() => [RateCardLineInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => RateCardLineInput)
  lines!: RateCardLineInput[];
}

@InputType()
export class SetRateCardLineInput extends RateCardLineInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'pass a rate card id this API gave out' })
  rateCardId!: string;
}
