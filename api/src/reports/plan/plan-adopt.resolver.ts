import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { Role } from '../../common/roles';
import { UuidPipe } from '../../platform/graphql/uuid.pipe';
import { PlanAdoptService } from './plan-adopt.service';
import { AdoptedPlanType, PlanAdoptionPreviewType, UndonePlanAdoptionType } from './plan-adopt.types';

const PRODUCTION = { type: () => ID };
const SCENARIO = { type: () => ID, nullable: true };
const INDEX = { type: () => Int, description: 'The point’s index in planFrontier.points.' };

@Resolver()
export class PlanAdoptResolver {
  constructor(private readonly plans: PlanAdoptService) {}

  @Roles(Role.ADMIN, Role.PLANNER)
  @Query(() => PlanAdoptionPreviewType, {
    description:
      'What adopting a planFrontier point would change (each task, its path from and to, the money) and what it leaves alone and why; writes nothing.',
  })
  planAdoptionPreview(
    @Args('productionId', PRODUCTION, UuidPipe) productionId: string,
    @Args('scenarioId', SCENARIO, UuidPipe) scenarioId: string | null,
    @Args('index', INDEX) index: number,
  ): Promise<PlanAdoptionPreviewType> {
    return this.plans.preview(productionId, scenarioId ?? undefined, index);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => AdoptedPlanType, {
    description:
      'Applies exactly the changes planAdoptionPreview listed, in one transaction with one audit event; CONFLICT if the plan moved since the preview.',
  })
  adoptFrontierPoint(
    @Args('productionId', PRODUCTION, UuidPipe) productionId: string,
    @Args('scenarioId', SCENARIO, UuidPipe) scenarioId: string | null,
    @Args('index', INDEX) index: number,
    @Args('fingerprint', { description: 'The preview’s fingerprint: what the planner confirmed.' })
    fingerprint: string,
    @CurrentUser() actor: Actor,
  ): Promise<AdoptedPlanType> {
    return this.plans.adopt(productionId, scenarioId ?? undefined, index, fingerprint, actor.id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => UndonePlanAdoptionType, {
    description:
      'Sets every path an adoption changed back, in one transaction with one audit event; CONFLICT (nothing undone) if any of those tasks has since moved, finished or had work logged.',
  })
  undoPlanAdoption(
    @Args('adoptionId', { type: () => ID }, UuidPipe) adoptionId: string,
    @CurrentUser() actor: Actor,
  ): Promise<UndonePlanAdoptionType> {
    return this.plans.undo(adoptionId, actor.id);
  }
}
