import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { AnyRole, Roles } from '../../platform/auth/roles.decorator';
import { FiltersByMembership, ScopeArgs, visibleProductions } from '../../platform/auth/production-scope';
import { PageArgs } from '../../platform/graphql/connection';
import { ALL_ROLES, Role } from '../../common/roles';
import { UuidPipe } from '../../platform/graphql/uuid.pipe';
import {
  InferenceJobConnection,
  InferenceJobFilter,
  InferenceJobType,
  RenderConnection,
  SubmitInferenceJobInput,
} from './job.types';
import { JobsService } from './jobs.service';

@Resolver(() => InferenceJobType)
export class JobsResolver {
  constructor(private readonly service: JobsService) {}

  @Roles(Role.ADMIN, Role.OPERATOR)
  @Mutation(() => InferenceJobType, {
    description: 'Queues a model run over a folder of frames for a task (policy checked first).',
  })
  submitInferenceJob(@Args('input') input: SubmitInferenceJobInput, @CurrentUser() actor: Actor) {
    return this.service.submit(input, actor.id, visibleProductions(actor, [Role.ADMIN, Role.OPERATOR]));
  }

  @Roles(Role.ADMIN, Role.OPERATOR)
  @ScopeArgs({ id: 'job' })
  @Mutation(() => InferenceJobType, {
    description: 'A queued job leaves the queue; a running one stops after its current frame.',
  })
  cancelInferenceJob(@Args('id', { type: () => ID }) id: string, @CurrentUser() actor: Actor) {
    return this.service.cancel(id, actor.id);
  }

  @AnyRole()
  @ScopeArgs({ id: 'job' })
  @Query(() => InferenceJobType)
  inferenceJob(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @AnyRole()
  @FiltersByMembership()
  @Query(() => InferenceJobConnection, {
    description: "Jobs, newest first; a person scoped to productions sees their productions' jobs.",
  })
  inferenceJobs(
    @Args() page: PageArgs,
    @CurrentUser() actor: Actor,
    @Args('filter', { nullable: true }) filter?: InferenceJobFilter,
  ) {
    return this.service.list(
      { ...filter, only: visibleProductions(actor, ALL_ROLES) },
      page.first,
      page.after,
    );
  }

  @AnyRole()
  @Query(() => RenderConnection, { description: "A job's renders in frame order." })
  renders(@Args('jobId', { type: () => ID }) jobId: string, @Args() page: PageArgs) {
    return this.service.renders(jobId, page.first, page.after);
  }

  @AnyRole()
  @Subscription(() => InferenceJobType, {
    description: 'The job now and after every change (frames done, status), until it finishes.',
  })
  jobProgress(@Args('jobId', { type: () => ID }, UuidPipe) jobId: string) {
    return this.service.watch(jobId);
  }
}
