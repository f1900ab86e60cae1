import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsISO8601, IsOptional, IsUUID } from 'class-validator';

/** Which events to export; all unset: the complete log. Also read from the REST query string. */
@ArgsType()
export class AuditExportArgs {
  @Field(() => ID, { nullable: true, description: "Only this production's events." })
  @IsOptional()
  @IsUUID('all', { message: 'give a production id' })
  productionId?: string;

  @Field({ nullable: true, description: 'Events at or after this time (ISO 8601).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'use an ISO 8601 time such as 2025-01-01T00:00:00Z' })
  from?: string;

  @Field({ nullable: true, description: 'Events before this time (ISO 8601).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'use an ISO 8601 time such as 2025-04-01T00:00:00Z' })
  to?: string;
}
