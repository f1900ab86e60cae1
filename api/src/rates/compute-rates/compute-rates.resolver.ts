import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { AnyRole, Roles } from '../../platform/auth/roles.decorator';
import { StudioCatalogue } from '../../platform/auth/production-scope';
import { PageArgs } from '../../platform/graphql/connection';
import { Role } from '../../common/roles';
import { ComputeRateConnection, ComputeRateInput, ComputeRateType } from './compute-rate.types';
import { ComputeRatesService } from './compute-rates.service';

@Resolver(() => ComputeRateType)
export class ComputeRatesResolver {
  constructor(private readonly service: ComputeRatesService) {}

  @AnyRole()
  @StudioCatalogue()
  @Query(() => ComputeRateConnection, {
    description: 'Device prices per hour, by device class, newest first.',
  })
  computeRates(@Args() page: PageArgs) {
    return this.service.list(page.first, page.after);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => ComputeRateType, { description: 'Sets the price of a device class from a date.' })
  setComputeRate(@Args('input') input: ComputeRateInput, @CurrentUser() actor: Actor) {
    return this.service.set(input, actor.id);
  }
}
