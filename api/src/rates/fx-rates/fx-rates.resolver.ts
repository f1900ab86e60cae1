import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { AnyRole, Roles } from '../../platform/auth/roles.decorator';
import { StudioCatalogue } from '../../platform/auth/production-scope';
import { Role } from '../../common/roles';
import { FxRateArgs, FxRateConnection, FxRateInput, FxRateType } from './fx-rate.types';
import { FxRatesService } from './fx-rates.service';

@Resolver(() => FxRateType)
export class FxRatesResolver {
  constructor(private readonly service: FxRatesService) {}

  @AnyRole()
  @StudioCatalogue()
  @Query(() => FxRateConnection, {
    description: 'Quarterly exchange rates, by reporting currency, currency and quarter.',
  })
  fxRates(@Args() args: FxRateArgs) {
    return this.service.list(args);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => FxRateType, { description: "Sets a quarter's rate (replacing one already set)." })
  setFxRate(@Args('input') input: FxRateInput, @CurrentUser() actor: Actor) {
    return this.service.set(input, actor.id);
  }
}
