import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsUUID, Length, MaxLength } from 'class-validator';
import { IsTime } from '../../../common/input-rules';
import { PolicyReviewStatus } from '../policy.types';

/** The most exceptions one bulk review may touch: one page of the register. */
export const BULK_REVIEW_MAX = 100;

@ArgsType()
export class BulkReviewPolicyExceptionsArgs {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'choose at least one exception to review' })
  @ArrayMaxSize(BULK_REVIEW_MAX, { message: `review at most ${BULK_REVIEW_MAX} exceptions at once` })
  @ArrayUnique({ message: 'list each exception once' })
  @IsUUID('all', { each: true, message: 'give policy exception ids' })
  ids!: string[];

  @Field(() => PolicyReviewStatus)
  @IsEnum(PolicyReviewStatus)
  reviewStatus!: PolicyReviewStatus;

  @Field({ defaultValue: '' })
  @MaxLength(4000, { message: 'keep the review note under 4,000 characters' })
  note!: string;
}

@ArgsType()
export class RecordExceptionNoticeArgs {
  @Field(() => ID, { description: 'An open GENERATIVE_WORKER_NOTICE exception.' })
  @IsUUID('all', { message: 'give a policy exception id' })
  id!: string;

  @Field({ description: 'e.g. "IATSE Local 839 (The Animation Guild)".' })
  @Length(1, 200, { message: 'name the union in 1 to 200 characters' })
  unionName!: string;

  @Field({ description: 'What the notice said: the work, the tools, the period.' })
  @Length(1, 4000, { message: 'describe the notice in 1 to 4,000 characters' })
  scope!: string;

  @Field()
  @IsTime()
  givenAt!: string;
}
