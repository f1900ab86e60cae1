import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, unauthenticated } from '../../common/errors';
import { Role } from '../../common/roles';
import { actorOf } from './current-user';
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
    if (!actor) throw unauthenticated();
    if (!roles.includes(actor.role)) {
      throw forbidden(`Your role ${actor.role} may not do this; it needs one of: ${roles.join(', ')}.`);
    }
    return true;
  }
}
