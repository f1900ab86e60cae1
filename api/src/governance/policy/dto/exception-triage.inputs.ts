import { ArgsType, Field, ID, PickType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsUUID } from 'class-validator';
import { RecordNoticeInput } from '../../consents/dto/consent.inputs';
import { ReviewPolicyExceptionArgs } from './policy.inputs';

/** The most exceptions one bulk review may touch: one page of the register. */
export const BULK_REVIEW_MAX = 100;

@ArgsType()
export class BulkReviewPolicyExceptionsArgs extends PickType(
  ReviewPolicyExceptionArgs,
  ['reviewStatus', 'note'] as const,
  ArgsType,
) {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'choose at least one exception to review' })
  @ArrayMaxSize(BULK_REVIEW_MAX, { message: `review at most ${BULK_REVIEW_MAX} exceptions at once` })
  @ArrayUnique({ message: 'list each exception once' })
  @IsUUID('all', { each: true, message: 'give policy exception ids' })
  ids!: string[];
}

/** The notice's own fields, as recordWorkerNotice and recordUnionNotice take them, from the exception that asks for it. */
@ArgsType()
export class RecordExceptionNoticeArgs extends PickType(
  RecordNoticeInput,
  ['unionName', 'scope', 'givenAt'] as const,
  ArgsType,
) {
  @Field(() => ID, {
    description: 'An open GENERATIVE_WORKER_NOTICE or SYNTHETIC_PERFORMER_NOTICE exception.',
  })
  @IsUUID('all', { message: 'give a policy exception id' })
  id!: string;
}
