import { ApiScope, Scope } from '../platform/auth/scopes';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, Role } from '../common/roles';
import { UuidPipe } from '../platform/graphql/uuid.pipe';
import { Actor, CurrentUser } from '../platform/auth/current-user';
import { AnyRole, Roles } from '../platform/auth/roles.decorator';
import { FiltersByMembership, StudioCatalogue, visibleProductions } from '../platform/auth/production-scope';
import { PriceListsService } from './price-lists.service';
import { VendorRunsService } from './vendor-runs.service';
import { ToolDataTerms } from '../inference/registry/data-terms';
import {
  ExternalAiRunType,
  RecordAiRunInput,
  RegisterVendorToolInput,
  VendorPlanInput,
  VendorPlanType,
  VendorPriceInput,
  VendorPriceType,
  VendorToolType,
} from './vendor-ai.types';

@Resolver()
export class VendorAiResolver {
  constructor(
    private readonly prices: PriceListsService,
    private readonly runs: VendorRunsService,
  ) {}

  @AnyRole()
  @FiltersByMembership()
  @Query(() => [VendorToolType], {
    description:
      "Vendors' AI tools, with the productions each is approved for (a person scoped to productions sees their productions' approvals).",
  })
  async vendorTools(@CurrentUser() actor: Actor) {
    const only = visibleProductions(actor, ALL_ROLES);
    const tools = await this.prices.tools();
    return only
      ? tools.map((tool) => ({
          ...tool,
          approvedProductionIds: tool.approvedProductionIds.filter((id) => only.includes(id)),
        }))
      : tools;
  }

  @AnyRole()
  @StudioCatalogue()
  @Query(() => [VendorPlanType], { description: 'Vendor credit plans, of one tool or all.' })
  vendorPlans(@Args('toolId', { type: () => ID, nullable: true }, UuidPipe) toolId?: string) {
    return this.prices.plans(toolId ?? null);
  }

  @AnyRole()
  @StudioCatalogue()
  @Query(() => [VendorPriceType], {
    description: 'Vendor price lists, of one tool or all, by unit and date.',
  })
  vendorPrices(@Args('toolId', { type: () => ID, nullable: true }, UuidPipe) toolId?: string) {
    return this.prices.prices(toolId ?? null);
  }

  @AnyRole()
  @Query(() => [ExternalAiRunType], { description: 'AI runs done in vendor tools on a task, newest first.' })
  externalAiRuns(@Args('taskId', { type: () => ID }, UuidPipe) taskId: string) {
    return this.runs.ofTask(taskId);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => VendorToolType, {
    description: "Registers a vendor's AI tool with its licence and training data.",
  })
  registerVendorTool(@Args('input') input: RegisterVendorToolInput, @CurrentUser() actor: Actor) {
    return this.prices.registerTool(input, actor.id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => VendorToolType, {
    description: "Approves a vendor tool for one production's work (the MODEL_APPROVED rule).",
  })
  approveVendorTool(
    @Args('toolId', { type: () => ID }, UuidPipe) toolId: string,
    @Args('productionId', { type: () => ID }, UuidPipe) productionId: string,
    @CurrentUser() actor: Actor,
  ) {
    return this.prices.approveTool(toolId, productionId, actor.id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => VendorToolType, {
    description:
      "Records a vendor tool's data terms (training on inputs, retention, enterprise agreement), audited.",
  })
  setVendorToolDataTerms(
    @Args('toolId', { type: () => ID }, UuidPipe) toolId: string,
    @Args('dataTerms', { type: () => ToolDataTerms }) dataTerms: ToolDataTerms,
    @CurrentUser() actor: Actor,
  ) {
    return this.prices.setToolDataTerms(toolId, dataTerms, actor.id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => VendorPlanType, { description: 'Adds a monthly credit plan to a vendor tool.' })
  addVendorPlan(@Args('input') input: VendorPlanInput, @CurrentUser() actor: Actor) {
    return this.prices.addPlan(input, actor.id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => VendorPriceType, {
    description: "Adds a line to a vendor tool's price list (no overlap per unit).",
  })
  addVendorPrice(@Args('input') input: VendorPriceInput, @CurrentUser() actor: Actor) {
    return this.prices.addPrice(input, actor.id);
  }

  // VENDOR: on tasks assigned to its company only (the roles guard checks).
  @Roles(Role.ADMIN, Role.PLANNER, Role.OPERATOR, Role.VENDOR)
  @Scope(ApiScope.AI_RUNS_WRITE)
  @Mutation(() => ExternalAiRunType, {
    description:
      "Records an AI run done in a vendor's tool on a task: priced from the tool's price list, checked by the same policy as a job (BLOCK refuses with POLICY_BLOCKED), counted in every report.",
  })
  recordAiRun(@Args('input') input: RecordAiRunInput, @CurrentUser() actor: Actor) {
    return this.runs.record(input, actor.id);
  }
}
