import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsUUID, Matches } from 'class-validator';
import { Connection } from '../../common/graphql/connection';

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
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'write a month as YYYY-MM, e.g. 2026-03' })
  month!: string;
}
