import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { badInput } from '../../common/errors';

/** One production (or all) over [from, to): the audit export's and the reports' filter. */
@ArgsType()
export class ProductionRangeArgs {
  @Field(() => ID, { nullable: true, description: 'Only this production; all when left out.' })
  @IsOptional()
  @IsUUID('all', { message: 'give a production id' })
  productionId?: string;

  @Field({ nullable: true, description: 'At or after this time (ISO 8601).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'use an ISO 8601 time such as 2025-01-01T00:00:00Z' })
  from?: string;

  @Field({ nullable: true, description: 'Before this time (ISO 8601).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'use an ISO 8601 time such as 2025-04-01T00:00:00Z' })
  to?: string;
}

/** Refuses a range whose end is not after its start, naming both as ISO times. */
export function checkRange(range: { from?: string | null; to?: string | null }): void {
  if (!range.from || !range.to) return;
  const [from, to] = [new Date(range.from), new Date(range.to)];
  if (from >= to) {
    throw badInput(
      'to',
      `The range is reversed or empty: "to" (${to.toISOString()}) must be after "from" (${from.toISOString()}).`,
    );
  }
}
