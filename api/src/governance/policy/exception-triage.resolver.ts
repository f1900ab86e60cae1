import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { FiltersByMembership, ScopeArgs, visibleProductions } from '../../platform/auth/production-scope';
import { Role } from '../../common/roles';
import { GOVERNANCE_READERS } from '../../common/governance-roles';
import { BulkReviewPolicyExceptionsArgs, RecordExceptionNoticeArgs } from './dto/exception-triage.inputs';
import { PolicyExceptionFilter, ReviewPolicyExceptionArgs } from './dto/policy.inputs';
import { PolicyExceptionCountType } from './exception-triage.types';
import { ExceptionTriageService } from './exception-triage.service';
import { PolicyExceptionType } from './policy.types';

@Resolver()
export class ExceptionTriageResolver {
  constructor(private readonly triage: ExceptionTriageService) {}

  @Roles(...GOVERNANCE_READERS)
  @FiltersByMembership()
  @Query(() => [PolicyExceptionCountType], {
    description:
      'The exceptions register grouped by production and rule, with counts, under the same filter.',
  })
  policyExceptionCounts(
    @Args('filter', { type: () => PolicyExceptionFilter, nullable: true })
    filter: PolicyExceptionFilter | null,
    @CurrentUser() actor: Actor,
  ) {
    return this.triage.counts({ ...filter, productionIds: visibleProductions(actor, GOVERNANCE_READERS) });
  }

  @Roles(Role.REVIEWER, Role.ADMIN)
  @ScopeArgs({ id: 'policyException' })
  @Mutation(() => PolicyExceptionType, {
    description: "A reviewer's status and note on an exception (audited).",
  })
  async reviewPolicyException(@Args() args: ReviewPolicyExceptionArgs, @CurrentUser() actor: Actor) {
    const [reviewed] = await this.triage.review([args.id], args.reviewStatus, args.note, actor.id);
    return reviewed;
  }

  @Roles(Role.REVIEWER, Role.ADMIN)
  @ScopeArgs({ ids: 'policyException' })
  @Mutation(() => [PolicyExceptionType], {
    description:
      "A reviewer's status and note applied to several exceptions at once; one audit event each, all or none.",
  })
  reviewPolicyExceptions(@Args() args: BulkReviewPolicyExceptionsArgs, @CurrentUser() actor: Actor) {
    return this.triage.review(args.ids, args.reviewStatus, args.note, actor.id);
  }

  @Roles(...GOVERNANCE_READERS)
  @ScopeArgs({ id: 'policyException' })
  @Mutation(() => PolicyExceptionType, {
    description:
      "Records the notice an exception asks for and closes what it answers (each audited): a worker notice closes the production's open GENERATIVE_WORKER_NOTICE exceptions; a union notice on the task closes its SYNTHETIC_PERFORMER_NOTICE exceptions.",
  })
  recordExceptionNotice(@Args() args: RecordExceptionNoticeArgs, @CurrentUser() actor: Actor) {
    return this.triage.recordNotice(args, actor.id);
  }
}
