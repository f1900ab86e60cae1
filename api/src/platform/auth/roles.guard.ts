import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, unauthenticated } from '../../common/errors';
import { Role } from '../../common/roles';
import { ApiScope, SCOPE_KEY } from './scopes';
import { Actor, actorOf, refusalOf } from './current-user';
import { MembershipsRepository } from './memberships.repository';
import {
  FILTERS_BY_MEMBERSHIP_KEY,
  SCOPE_ARGS_KEY,
  ScopedKind,
  scopedRefs,
  ScopedRef,
  STUDIO_CATALOGUE_KEY,
} from './production-scope';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

/**
 * Global guard. Fails closed: an operation that declares no roles is refused for everyone,
 * so a forgotten decorator shows up as FORBIDDEN in the first test rather than as an open door.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly memberships: MembershipsRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles)
      throw forbidden('This operation declares no roles, so nobody may call it; report this to an admin.');
    const actor = actorOf(context);
    if (!actor) throw unauthenticated(refusalOf(context));
    if (actor.token) {
      // A tool's token is held to its scopes as well: an operation without one is closed to tokens.
      const scope = this.reflector.getAllAndOverride<ApiScope | undefined>(SCOPE_KEY, targets);
      if (!scope || !actor.token.scopes.includes(scope)) {
        throw forbidden(
          scope
            ? `This API token lacks the scope ${scope}; ask an admin for a token that has it.`
            : 'API tokens may not call this operation; sign in as a person to do it.',
        );
      }
    }
    if (actor.memberships?.length) return this.withinMemberships(context, actor, roles);
    if (!roles.includes(actor.role)) {
      throw forbidden(`Your role ${actor.role} may not do this; it needs one of: ${roles.join(', ')}.`);
    }
    return true;
  }

  /**
   * A person scoped to productions: the operation must name its productions (or filter by
   * membership itself, or read a studio catalogue), and on each the person's membership must hold one of the roles.
   * An operation that names none is studio-wide and closed to them (fails closed).
   */
  private async withinMemberships(context: ExecutionContext, actor: Actor, roles: Role[]): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const held = new Map(actor.memberships!.map((m) => [m.productionId, m.role]));
    const declared = this.reflector.getAllAndOverride<Record<string, ScopedKind> | undefined>(
      SCOPE_ARGS_KEY,
      targets,
    );
    const refs = scopedRefs(argsOf(context), declared);
    if (!refs.length) {
      const open = [FILTERS_BY_MEMBERSHIP_KEY, STUDIO_CATALOGUE_KEY].some((key) =>
        this.reflector.getAllAndOverride<boolean>(key, targets),
      );
      if (open) {
        if ([...held.values()].some((role) => roles.includes(role))) return true;
        throw forbidden(`None of your production roles may do this; it needs one of: ${roles.join(', ')}.`);
      }
      throw forbidden(
        'This operation spans the whole studio and your access is limited to some productions; ask an admin.',
      );
    }
    const productions = await this.memberships.productionsOf(refs);
    for (const productionId of productions) {
      const role = held.get(productionId);
      if (!role) {
        throw forbidden('You have no role on this production; ask an admin to add you to it.');
      }
      if (!roles.includes(role)) {
        throw forbidden(
          `Your role ${role} on this production may not do this; it needs one of: ${roles.join(', ')}.`,
        );
      }
    }
    if (productions.some((p) => held.get(p) === Role.VENDOR)) await this.withinCompany(actor, refs);
    return true;
  }

  /**
   * A VENDOR acts on the tasks assigned to its company only (docs/decisions/0038-vendor-role.md):
   * everything the operation names must be such a task, on a production where it is VENDOR.
   */
  private async withinCompany(actor: Actor, refs: ScopedRef[]): Promise<void> {
    if (refs.some((ref) => ref.kind !== 'task')) {
      throw forbidden('As a vendor you act on the tasks assigned to your company; name the task.');
    }
    const companyOn = new Map(actor.memberships!.map((m) => [m.productionId, m.company ?? null]));
    const tasks = await this.memberships.taskCompanies(refs.map((ref) => ref.id));
    for (const task of tasks) {
      const company = companyOn.get(task.productionId);
      if (company && task.company !== company) {
        throw forbidden(
          `This task is not assigned to your company ${company}; ask the production's planner to assign it to you.`,
        );
      }
    }
  }
}

/** The operation's arguments: GraphQL's, or a REST route's query and path parameters. */
function argsOf(context: ExecutionContext): unknown {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getArgs();
  const req = context.switchToHttp().getRequest<{ query?: object; params?: object }>();
  return { ...req.query, ...req.params };
}
