import { ArgsType, Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { IsCurrency, IsQuarter } from '../../common/input-rules';
import { Connection, PageArgs } from '../../platform/graphql/connection';

@ObjectType('FxRate', { description: "A quarter's booked exchange rate into a reporting currency." })
export class FxRateType {
  @Field({ description: 'The currency converted from, e.g. ARS.' }) currency!: string;
  @Field({ description: 'The currency converted into, e.g. USD.' }) reportingCurrency!: string;
  @Field({ description: 'YYYY-Qn, e.g. 2026-Q3.' }) quarter!: string;
  @Field({ description: 'Major units of the reporting currency one major unit buys, as an exact decimal.' })
  rate!: string;
  @Field() source!: string;
}

export const FxRateConnection = Connection(FxRateType, 'FxRate');

@ArgsType()
export class FxRateArgs extends PageArgs {
  @Field({ nullable: true })
  @IsOptional()
  @IsCurrency()
  reportingCurrency?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCurrency()
  currency?: string;
}

@InputType()
export class FxRateInput {
  @Field()
  @IsCurrency()
  currency!: string;

  @Field()
  @IsCurrency()
  reportingCurrency!: string;

  @Field({ description: 'YYYY-Qn' })
  @IsQuarter()
  quarter!: string;

  @Field({ description: 'Decimal, up to 10 decimals: "0.00068966" means 1 ARS buys 0.00068966 USD.' })
  @Matches(/^\d{1,14}(\.\d{1,10})?$/, {
    message: 'write the rate as a plain decimal with up to 10 decimals, e.g. 0.00068966',
  })
  rate!: string;

  @Field({ defaultValue: '' })
  @Length(0, 500)
  source!: string;
}
