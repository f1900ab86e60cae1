import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, unauthenticated } from '../../common/errors';
import { Role } from '../../common/roles';
import { ApiScope, SCOPE_KEY } from './scopes';
import { actorOf, refusalOf } from './current-user';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

/**
 * Global guard. Fails closed: an operation that declares no roles is refused for everyone,
 * so a forgotten decorator shows up as FORBIDDEN in the first test rather than as an open door.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles)
      throw forbidden('This operation declares no roles, so nobody may call it; report this to an admin.');
    const actor = actorOf(context);
    if (!actor) throw unauthenticated(refusalOf(context));
    if (!roles.includes(actor.role)) {
      throw forbidden(`Your role ${actor.role} may not do this; it needs one of: ${roles.join(', ')}.`);
    }
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
    return true;
  }
}
