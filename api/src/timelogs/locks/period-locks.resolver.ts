import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { AnyRole, Roles } from '../../platform/auth/roles.decorator';
import { PageArgs } from '../../platform/graphql/connection';
import { Role } from '../../common/roles';
import { UuidPipe } from '../../platform/graphql/uuid.pipe';
import { PeriodArgs, PeriodLockConnection, PeriodLockType } from './period-lock.types';
import { PeriodLocksService } from './period-locks.service';

@Resolver(() => PeriodLockType)
export class PeriodLocksResolver {
  constructor(private readonly service: PeriodLocksService) {}

  @AnyRole()
  @Query(() => PeriodLockConnection, { description: "A production's closed months, oldest first." })
  periodLocks(
    @Args('productionId', { type: () => ID }, UuidPipe) productionId: string,
    @Args() page: PageArgs,
  ) {
    return this.service.list(productionId, page.first, page.after);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => PeriodLockType, {
    description: 'Closes a month: time entries dated in it can no longer be added.',
  })
  lockPeriod(@Args() period: PeriodArgs, @CurrentUser() actor: Actor) {
    return this.service.lock(period, actor.id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => Boolean, { description: 'Reopens a closed month.' })
  unlockPeriod(@Args() period: PeriodArgs, @CurrentUser() actor: Actor) {
    return this.service.unlock(period, actor.id);
  }
}
