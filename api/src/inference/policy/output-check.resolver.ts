import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { Role } from '../../common/roles';
import { OutputCheckService } from './output-check.service';
import { ProductionOutputCheck, SetOutputCheckInput } from './output-check.types';

@Resolver()
export class OutputCheckResolver {
  constructor(private readonly service: OutputCheckService) {}

  @Roles(Role.ADMIN)
  @Mutation(() => ProductionOutputCheck, {
    description:
      "What the production's inference jobs do with NaN, infinite or constant frame outputs (audited).",
  })
  setInferenceOutputCheck(@Args('input') input: SetOutputCheckInput, @CurrentUser() actor: Actor) {
    return this.service.set(input, actor.id);
  }
}
