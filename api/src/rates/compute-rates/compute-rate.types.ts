import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Allow, IsInt, Length, Matches, Max, Min } from 'class-validator';
import { IsCurrency, IsDay } from '../../common/input-rules';
import { Connection } from '../../platform/graphql/connection';
import { Money, MinorUnitsScalar } from '../../platform/graphql/money';

@ObjectType('ComputeRate', { description: 'What an hour of one device class costs, from a date.' })
export class ComputeRateType {
  @Field(() => ID) id!: string;
  @Field({ description: 'CPU, T4, L4, A100, H100, ...' }) deviceClass!: string;
  @Field(() => Money) pricePerHour!: Money;
  @Field(() => Int, { description: 'Board power, for energy estimates.' }) watts!: number;
  @Field({ description: 'YYYY-MM-DD' }) effectiveFrom!: string;
  @Field() source!: string;
}

export const ComputeRateConnection = Connection(ComputeRateType, 'ComputeRate');

@InputType()
export class ComputeRateInput {
  @Field({ description: 'Upper-case device class, e.g. H100.' })
  @Matches(/^[A-Z0-9_-]{1,32}$/, {
    message: 'use an upper-case device class such as CPU, T4, L4, A100 or H100',
  })
  deviceClass!: string;

  @Field()
  @IsCurrency()
  currency!: string;

  @Field(() => MinorUnitsScalar, { description: 'Price of one device-hour in minor units.' })
  @Allow()
  pricePerHourMinor!: bigint;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { message: 'watts cannot be negative' })
  @Max(100000, { message: 'one device draws less than 100 kW; check the figure' })
  watts!: number;

  @Field({ description: 'YYYY-MM-DD; a second price for the same device and date replaces the first.' })
  @IsDay()
  effectiveFrom!: string;

  @Field({ defaultValue: '' })
  @Length(0, 500)
  source!: string;
}
