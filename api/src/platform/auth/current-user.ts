import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '../../common/roles';

/** The signed-in user as the request carries it (from the verified token). */
export interface Actor {
  id: string;
  email: string;
  role: Role;
  displayName: string;
}

export interface RequestContext {
  req: { headers: Record<string, string | string[] | undefined>; id?: string; user?: Actor };
  user?: Actor;
}

export function actorOf(context: ExecutionContext): Actor | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<RequestContext>().user;
  }
  return context.switchToHttp().getRequest<RequestContext['req']>().user;
}

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext) => actorOf(context));
