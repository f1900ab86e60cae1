import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { Role } from '../../common/roles';
import { ScopeArgs } from '../../platform/auth/production-scope';
import { UuidPipe } from '../../platform/graphql/uuid.pipe';
import { RemovalType } from './removal.types';
import { RemovalsService } from './removals.service';

@Resolver(() => RemovalType)
export class RemovalsResolver {
  constructor(private readonly service: RemovalsService) {}

  @Roles(Role.ADMIN, Role.PLANNER)
  @ScopeArgs({ id: 'task' })
  @Mutation(() => RemovalType, {
    description:
      'Deletes a task nothing is recorded against; refused (CONFLICT) with time logged, AI runs or AI jobs.',
  })
  deleteTask(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentUser() actor: Actor) {
    return this.service.deleteTask(id, actor.id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @ScopeArgs({ id: 'shot' })
  @Mutation(() => RemovalType, {
    description: 'Deletes a shot with its tasks; refused (CONFLICT) when any of its tasks has recorded work.',
  })
  deleteShot(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentUser() actor: Actor) {
    return this.service.deleteShot(id, actor.id);
  }
}
