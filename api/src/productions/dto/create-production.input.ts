import { Field, InputType } from '@nestjs/graphql';
import { MinorUnitsScalar } from '../../common/graphql/money';
import {
  Allow,
  IsBoolean,
  IsISO4217CurrencyCode,
  IsISO31661Alpha2,
  IsISO8601,
  IsOptional,
  Length,
  Matches,
} from 'class-validator';

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
  @IsISO4217CurrencyCode({ message: 'use an ISO 4217 currency code such as USD, GBP or ARS' })
  currency!: string;

  @Field({
    nullable: true,
    description: 'Currency reports default to (e.g. USD for an ARS budget); unset: the budget currency.',
  })
  @IsOptional()
  @IsISO4217CurrencyCode({ message: 'use an ISO 4217 currency code such as USD, GBP or ARS' })
  reportingCurrency?: string;

  @Field(() => MinorUnitsScalar, { description: 'VFX budget in minor units of the currency.' })
  @Allow() // the MinorUnits scalar has already checked it is an integer
  vfxBudgetMinor!: bigint;

  @Field()
  @IsISO8601({ strict: true }, { message: 'use a date as YYYY-MM-DD' })
  startDate!: string;

  @Field()
  @IsISO8601({ strict: true }, { message: 'use a date as YYYY-MM-DD' })
  deliveryDate!: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  guildCovered!: boolean;

  @Field()
  @IsISO31661Alpha2({ message: 'use an ISO 3166 two-letter country code such as AR, GB or US' })
  country!: string;
}
