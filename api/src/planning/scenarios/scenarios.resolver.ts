import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { AnyRole, Roles } from '../../platform/auth/roles.decorator';
import { ScopeArgs } from '../../platform/auth/production-scope';
import { PageArgs } from '../../platform/graphql/connection';
import { Role } from '../../common/roles';
import { UuidPipe } from '../../platform/graphql/uuid.pipe';
import { CreateScenarioInput, ScenarioConnection, ScenarioType, UpdateScenarioInput } from './scenario.types';
import { ScenariosService } from './scenarios.service';

@Resolver(() => ScenarioType)
export class ScenariosResolver {
  constructor(private readonly service: ScenariosService) {}

  @AnyRole()
  @Query(() => ScenarioConnection, { description: "A production's saved what-ifs, by name." })
  scenarios(
    @Args('productionId', { type: () => ID }, UuidPipe) productionId: string,
    @Args() page: PageArgs,
  ) {
    return this.service.list(productionId, page.first, page.after);
  }

  @AnyRole()
  @ScopeArgs({ id: 'scenario' })
  @Query(() => ScenarioType)
  scenario(@Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.service.get(id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => ScenarioType)
  createScenario(@Args('input') input: CreateScenarioInput, @CurrentUser() actor: Actor) {
    return this.service.create(input, actor.id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @ScopeArgs({ id: 'scenario' })
  @Mutation(() => ScenarioType)
  updateScenario(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateScenarioInput,
    @CurrentUser() actor: Actor,
  ) {
    return this.service.update(id, input, actor.id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @ScopeArgs({ id: 'scenario' })
  @Mutation(() => Boolean)
  deleteScenario(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentUser() actor: Actor) {
    return this.service.delete(id, actor.id);
  }
}
