import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { IsMonth } from '../../common/input-rules';
import { Connection } from '../../platform/graphql/connection';

@ObjectType('PeriodLock', { description: 'A closed month: no time entry dated inside it can be added.' })
export class PeriodLockType {
  @Field(() => ID) productionId!: string;
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field({ description: 'ISO 8601 time it was locked.' }) lockedAt!: string;
  @Field(() => String, { nullable: true, description: 'Who locked it.' }) lockedBy!: string | null;
}

export const PeriodLockConnection = Connection(PeriodLockType, 'PeriodLock');

@ArgsType()
export class PeriodArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'pass a production id this API gave out' })
  productionId!: string;

  @Field({ description: 'YYYY-MM, e.g. 2026-03.' })
  @IsMonth()
  month!: string;
}
