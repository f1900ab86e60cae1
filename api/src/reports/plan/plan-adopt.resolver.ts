import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { Role } from '../../common/roles';
import { UuidPipe } from '../../platform/graphql/uuid.pipe';
import { PlanAdoptService } from './plan-adopt.service';
import { AdoptedPlanType } from './plan-adopt.types';

@Resolver()
export class PlanAdoptResolver {
  constructor(private readonly plans: PlanAdoptService) {}

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => AdoptedPlanType, {
    description:
      'Sets every task to its path at a point of planFrontier, in one transaction with one audit event; DONE tasks and tasks with work logged keep theirs.',
  })
  adoptFrontierPoint(
    @Args('productionId', { type: () => ID }, UuidPipe) productionId: string,
    @Args('scenarioId', { type: () => ID, nullable: true }, UuidPipe) scenarioId: string | null,
    @Args('index', { type: () => Int, description: 'The point’s index in planFrontier.points.' })
    index: number,
    @CurrentUser() actor: Actor,
  ): Promise<AdoptedPlanType> {
    return this.plans.adopt(productionId, scenarioId ?? undefined, index, actor.id);
  }
}
