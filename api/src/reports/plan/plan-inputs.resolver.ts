import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../platform/auth/roles.decorator';
import { offsetOf, PageArgs } from '../../platform/graphql/connection';
import { Role } from '../../common/roles';
import { UuidPipe } from '../../platform/graphql/uuid.pipe';
import { asUserErrors } from '../analytics-errors';
import { PlanInputsService } from './plan-inputs.service';
import { PlanInputsType, PlanInputTaskConnection } from './plan-inputs.types';

/** The plan's inputs for the dashboard's what-if, exact. */
@Resolver(() => PlanInputsType)
export class PlanInputsResolver {
  constructor(private readonly inputs: PlanInputsService) {}

  @Roles(Role.PLANNER, Role.ADMIN)
  @Query(() => PlanInputsType, {
    description:
      'What the plan reports start from (budget, dates, rates, stored bids, GPU prices), as exact text, so the what-if runs the server’s plan model in the browser.',
  })
  planInputs(
    @Args('productionId', { type: () => ID }, UuidPipe) productionId: string,
  ): Promise<PlanInputsType> {
    return asUserErrors(() => this.inputs.inputs(productionId));
  }

  @ResolveField(() => PlanInputTaskConnection, { description: 'Every task not OMITTED, in shot order.' })
  tasks(@Parent() inputs: PlanInputsType, @Args() page: PageArgs) {
    return asUserErrors(() => this.inputs.tasks(inputs.productionId, offsetOf(page.after), page.first));
  }
}
