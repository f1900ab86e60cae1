import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '../../common/roles';
import { Membership } from './production-scope';
import { ApiScope } from './scopes';

/** The signed-in user as the request carries it (from the verified token). */
export interface Actor {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  /** Set when the request carries an API token: what the token may do beyond its role. */
  token?: { scopes: ApiScope[] };
  /** Set for a person scoped to productions: the only productions they see, each with its role. */
  memberships?: Membership[];
}

/** Who a bearer token stands for, or why it is refused (a revoked or expired API token says so). */
export interface Authenticated {
  user?: Actor;
  refusal?: string;
}

export interface RequestContext {
  req: { headers: Record<string, string | string[] | undefined>; id?: string } & Authenticated;
  user?: Actor;
  refusal?: string;
}

export function actorOf(context: ExecutionContext): Actor | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<RequestContext>().user;
  }
  return context.switchToHttp().getRequest<RequestContext['req']>().user;
}

/** Why the request's token was refused, when it was one FrameLedger knows but no longer admits. */
export function refusalOf(context: ExecutionContext): string | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<RequestContext>().refusal;
  }
  return context.switchToHttp().getRequest<RequestContext['req']>().refusal;
}

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext) => actorOf(context));
