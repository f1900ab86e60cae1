import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GOVERNANCE_READERS, GOVERNANCE_RECORDERS } from '../../common/governance-roles';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { UuidPipe } from '../../platform/graphql/uuid.pipe';
import { DisclosurePlanService } from './disclosure-plan.service';
import { DisclosurePlanType, SetDisclosurePlanInput } from './disclosure-plan.types';

@Resolver()
export class DisclosurePlanResolver {
  constructor(private readonly service: DisclosurePlanService) {}

  @Roles(...GOVERNANCE_READERS)
  @Query(() => [DisclosurePlanType], {
    description: "A production's disclosure plans: the production-wide one and each episode's.",
  })
  disclosurePlans(@Args('productionId', { type: () => ID }, UuidPipe) productionId: string) {
    return this.service.plans(productionId);
  }

  @Roles(...GOVERNANCE_RECORDERS)
  @Mutation(() => DisclosurePlanType, {
    description:
      "Records where and how a deliverable's audience is told of deepfake-like content, replacing its earlier plan (audited).",
  })
  setDisclosurePlan(@Args('input') input: SetDisclosurePlanInput, @CurrentUser() actor: Actor) {
    return this.service.set(input, actor.id);
  }
}
