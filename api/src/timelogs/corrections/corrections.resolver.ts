import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { ScopeArgs } from '../../platform/auth/production-scope';
import { UuidPipe } from '../../platform/graphql/uuid.pipe';
import { Role } from '../../common/roles';
import { DeleteTimeEntriesArgs, TimeEntryChanges, TimeEntryCorrectionType } from './correction.types';
import { CorrectionsService } from './corrections.service';

@Resolver(() => TimeEntryCorrectionType)
export class CorrectionsResolver {
  constructor(private readonly service: CorrectionsService) {}

  // The entry's own production is checked as well as a task it is moved to.
  @Roles(Role.ADMIN, Role.PLANNER, Role.OPERATOR)
  @ScopeArgs({ id: 'timeEntry' })
  @Mutation(() => TimeEntryCorrectionType, {
    description:
      'Changes a time entry. In a closed month the entry stays as booked: a reversing entry and the corrected entry are posted in the first open month.',
  })
  updateTimeEntry(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('changes') changes: TimeEntryChanges,
    @CurrentUser() actor: Actor,
  ) {
    return this.service.update(id, changes, actor.id);
  }

  @Roles(Role.ADMIN, Role.PLANNER, Role.OPERATOR)
  @ScopeArgs({ id: 'timeEntry' })
  @Mutation(() => TimeEntryCorrectionType, {
    description:
      'Removes a time entry. In a closed month the entry stays as booked and a reversing entry is posted in the first open month.',
  })
  deleteTimeEntry(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentUser() actor: Actor) {
    return this.service.delete(id, actor.id);
  }

  @Roles(Role.ADMIN, Role.PLANNER, Role.OPERATOR)
  @ScopeArgs({ ids: 'timeEntry' })
  @Mutation(() => [TimeEntryCorrectionType], {
    description:
      'Removes several time entries (an import taken back), each as deleteTimeEntry does and audited apiece; one refused entry refuses them all.',
  })
  deleteTimeEntries(@Args() { ids }: DeleteTimeEntriesArgs, @CurrentUser() actor: Actor) {
    return this.service.deleteMany(ids, actor.id);
  }
}
