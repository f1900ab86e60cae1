import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { loadLabourRole } from '../labour-roles/labour-role.loaders';
import { LabourRolesService } from '../labour-roles/labour-roles.service';
import { RateCardLineType, RateCardLineView } from './rate-card.types';

@Resolver(() => RateCardLineType)
export class RateCardLineResolver {
  constructor(private readonly roles: LabourRolesService) {}

  @ResolveField()
  role(@Parent() line: RateCardLineView, @Context() context: object) {
    return loadLabourRole(context, this.roles, line.roleId);
  }
}
