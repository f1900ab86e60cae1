import { Field, InputType } from '@nestjs/graphql';
import { MinorUnitsScalar } from '../../platform/graphql/money';
import { Allow, IsBoolean, IsISO31661Alpha2, IsOptional, Length, Matches } from 'class-validator';
import { IsCurrency, IsDay } from '../../common/input-rules';

@InputType()
export class CreateProductionInput {
  @Field({ description: 'Upper-case letters, digits, - or _; 2 to 32 characters.' })
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, {
    message: 'use 2 to 32 upper-case letters, digits, - or _ (e.g. DERRUMBE-S1)',
  })
  code!: string;

  @Field()
  @Length(1, 200, { message: 'give a title of 1 to 200 characters' })
  title!: string;

  @Field()
  @IsCurrency()
  currency!: string;

  @Field({
    nullable: true,
    description: 'Currency reports default to (e.g. USD for an ARS budget); unset: the budget currency.',
  })
  @IsOptional()
  @IsCurrency()
  reportingCurrency?: string;

  @Field(() => MinorUnitsScalar, { description: 'VFX budget in minor units of the currency.' })
  @Allow() // the MinorUnits scalar has already checked it is an integer
  vfxBudgetMinor!: bigint;

  @Field()
  @IsDay()
  startDate!: string;

  @Field()
  @IsDay()
  deliveryDate!: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  guildCovered!: boolean;

  @Field()
  @IsISO31661Alpha2({ message: 'use an ISO 3166 two-letter country code such as AR, GB or US' })
  country!: string;
}
