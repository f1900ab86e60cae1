import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../platform/auth/current-user';
import { AnyRole, Roles } from '../platform/auth/roles.decorator';
import { FiltersByMembership, ScopeArgs, visibleProductions } from '../platform/auth/production-scope';
import { PageArgs } from '../platform/graphql/connection';
import { ALL_ROLES, Role } from '../common/roles';
import { CreateProductionInput } from './dto/create-production.input';
import { ProductionConnection, ProductionType } from './production.types';
import { ProductionsService } from './productions.service';

@Resolver(() => ProductionType)
export class ProductionsResolver {
  constructor(private readonly service: ProductionsService) {}

  @AnyRole()
  @FiltersByMembership()
  @Query(() => ProductionConnection, {
    description: 'Productions, ordered by code: for a person scoped to productions, only theirs.',
  })
  productions(@Args() page: PageArgs, @CurrentUser() actor: Actor) {
    return this.service.list(page.first, page.after, visibleProductions(actor, ALL_ROLES));
  }

  @AnyRole()
  @ScopeArgs({ id: 'production' })
  @Query(() => ProductionType)
  production(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => ProductionType)
  createProduction(@Args('input') input: CreateProductionInput, @CurrentUser() actor: Actor) {
    return this.service.create(input, actor.id);
  }
}
