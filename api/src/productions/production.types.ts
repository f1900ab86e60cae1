import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Money } from '../platform/graphql/money';
import { Connection } from '../platform/graphql/connection';

@ObjectType('Production', { description: 'A series, film or special with its own VFX budget.' })
export class ProductionType {
  @Field(() => ID) id!: string;
  @Field({ description: 'Short code, e.g. DERRUMBE.' }) code!: string;
  @Field() title!: string;
  @Field({ description: 'ISO 4217 currency of the budget.' }) currency!: string;
  @Field({ description: 'ISO 4217 currency the production reports in (its own currency unless set).' })
  reportingCurrency!: string;
  @Field(() => Money) vfxBudget!: Money;
  @Field({ description: 'YYYY-MM-DD' }) startDate!: string;
  @Field({ description: 'YYYY-MM-DD' }) deliveryDate!: string;
  @Field({ description: 'Covered by guild agreements (SAG-AFTRA, IATSE, Animation Guild).' })
  guildCovered!: boolean;
  @Field({ description: 'ISO 3166-1 alpha-2 country.' }) country!: string;
}

export const ProductionConnection = Connection(ProductionType, 'Production');
