import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { AnyRole, Roles } from '../../platform/auth/roles.decorator';
import { FiltersByMembership, ScopeArgs, visibleProductions } from '../../platform/auth/production-scope';
import { PageArgs } from '../../platform/graphql/connection';
import { Role } from '../../common/roles';
import { GOVERNANCE_READERS, GOVERNANCE_RECORDERS } from '../../common/governance-roles';
import {
  ClosePolicyExceptionArgs,
  PolicyExceptionFilter,
  SetPolicySeverityArgs,
  SetProductionRulePacksArgs,
} from './dto/policy.inputs';
import { PolicyExceptionConnection, PolicyExceptionType, PolicyRuleType, RulePackType } from './policy.types';
import { PolicyService } from './policy.service';

@Resolver()
export class PolicyResolver {
  constructor(private readonly policy: PolicyService) {}

  @AnyRole()
  @Query(() => [PolicyRuleType], {
    description: "Every policy rule, with the production's severity when a production is given.",
  })
  policyRules(@Args('productionId', { type: () => ID, nullable: true }) productionId?: string) {
    return this.policy.rules(productionId ?? undefined);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PolicyRuleType, { description: "Sets a rule's severity for one production (audited)." })
  setPolicySeverity(@Args() args: SetPolicySeverityArgs, @CurrentUser() actor: Actor) {
    return this.policy.setSeverity(args.productionId, args.ruleId, args.severity, actor.id);
  }

  @AnyRole()
  @Query(() => [RulePackType], {
    description: 'Every rule pack with its rules; with a production, the packs it chose and its severities.',
  })
  rulePacks(@Args('productionId', { type: () => ID, nullable: true }) productionId?: string) {
    return this.policy.rulePacks(productionId ?? undefined);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => [RulePackType], {
    description:
      "Chooses the rule packs a production is held to; other packs' rules stop applying (audited).",
  })
  setProductionRulePacks(@Args() args: SetProductionRulePacksArgs, @CurrentUser() actor: Actor) {
    return this.policy.setRulePacks(args.productionId, args.packs, actor.id);
  }

  @Roles(...GOVERNANCE_READERS)
  @FiltersByMembership()
  @Query(() => PolicyExceptionConnection, {
    description:
      "The policy exceptions register, oldest first; a person scoped to productions sees their productions' exceptions.",
  })
  policyExceptions(
    // Typed without `| null` so the validation pipe sees the class and checks the filter's fields.
    @Args('filter', { type: () => PolicyExceptionFilter, nullable: true })
    filter: PolicyExceptionFilter,
    @Args() page: PageArgs,
    @CurrentUser() actor: Actor,
  ) {
    const only = { ...filter, productionIds: visibleProductions(actor, GOVERNANCE_READERS) };
    return this.policy.list(only, page.first, page.after);
  }

  @Roles(...GOVERNANCE_RECORDERS)
  @ScopeArgs({ id: 'policyException' })
  @Mutation(() => PolicyExceptionType, {
    description: 'Closes an exception whose cause is fixed; the rule is checked again first.',
  })
  resolvePolicyException(@Args() args: ClosePolicyExceptionArgs, @CurrentUser() actor: Actor) {
    return this.policy.resolve(args.id, args.reason, actor.id);
  }

  @Roles(Role.ADMIN)
  @ScopeArgs({ id: 'policyException' })
  @Mutation(() => PolicyExceptionType, { description: 'Accepts an exception with a reason (audited).' })
  waivePolicyException(@Args() args: ClosePolicyExceptionArgs, @CurrentUser() actor: Actor) {
    return this.policy.waive(args.id, args.reason, actor.id);
  }
}
