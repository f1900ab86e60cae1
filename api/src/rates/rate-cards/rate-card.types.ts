import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../platform/graphql/connection';
import { Money } from '../../platform/graphql/money';
import { LabourRoleType } from '../labour-roles/labour-role.types';

@ObjectType('LoadedRateWorking', {
  description: 'How a loaded rate is made: rate x (1 + percent fringe) + flat fringe per hour.',
})
export class LoadedRateWorking {
  @Field(() => Money) hourlyRate!: Money;
  @Field(() => Float, { description: 'Percent fringe (payroll taxes, holiday), e.g. 20 for 20%.' })
  fringePercent!: number;
  @Field(() => Money, { description: 'Flat fringe per hour (pension and health contributions).' })
  flatFringePerHour!: Money;
  @Field({ description: 'The exact loaded rate in minor units per hour, before rounding, e.g. "5326.275".' })
  exactMinorPerHour!: string;
  @Field({ description: 'The sum written out, e.g. "45.33 x (1 + 17.5%) + 0.00 = 53.26 USD an hour".' })
  formula!: string;
}

@ObjectType('RateCardLine', { description: "One role's price on a rate card." })
export class RateCardLineType {
  @Field(() => LabourRoleType) role!: LabourRoleType;
  roleId!: string;
  @Field(() => Money) hourlyRate!: Money;
  @Field(() => Float) fringePercent!: number;
  @Field(() => Money) flatFringePerHour!: Money;
  @Field(() => Money, {
    description: 'Rate x (1 + percent fringe) + flat fringe, rounded half-even to a minor unit.',
  })
  loadedRate!: Money;
  @Field(() => LoadedRateWorking) loadedRateWorking!: LoadedRateWorking;
  @Field({ description: 'Where the figures come from.' }) source!: string;
}

/** A line as the service returns it; its role is resolved per request. */
export type RateCardLineView = Omit<RateCardLineType, 'role'>;

@ObjectType('RateCard', { description: 'Hourly prices per labour role in one currency, from a date.' })
export class RateCardType {
  @Field(() => ID) id!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The production it belongs to; null for a studio-wide card.',
  })
  productionId!: string | null;
  @Field() name!: string;
  @Field() currency!: string;
  @Field({ description: 'YYYY-MM-DD' }) effectiveFrom!: string;
  @Field(() => Float, {
    description: 'Working hours in a bid day; per-frame bids turn frames per day into hours with it.',
  })
  hoursPerDay!: number;
  @Field(() => Int, {
    description: 'Hours one full-time person works a year (the FTE divisor), usually 2,080.',
  })
  fteHoursPerYear!: number;
  @Field() source!: string;
  @Field(() => [RateCardLineType]) lines!: RateCardLineView[];
}

export const RateCardConnection = Connection(RateCardType, 'RateCard');
