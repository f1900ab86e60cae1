import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from 'pino';
import { AuthService } from '../auth/auth.service';
import { Actor } from '../auth/current-user';
import { AppConfig } from '../config/config';
import { depthLimit } from '../common/graphql/depth-limit';
import { formatError } from '../common/format-error';
import { graphqlOperations } from '../health/metrics';

function bearer(header: unknown): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = typeof value === 'string' ? /^Bearer\s+(.+)$/i.exec(value) : null;
  return match?.[1];
}

/**
 * Apollo settings: code-first schema built in memory (api/schema.graphql is the committed
 * copy, checked by a test), bearer-token context for HTTP and graphql-ws, depth limit, and
 * errors that carry codes and never stacks.
 */
export function graphqlOptions(config: AppConfig, auth: AuthService, logger: Logger): ApolloDriverConfig {
  const userFor = async (header: unknown): Promise<Actor | undefined> => {
    const token = bearer(header);
    return token ? auth.actorForToken(token) : undefined;
  };
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: true,
    validationRules: [depthLimit(config.graphqlMaxDepth)],
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: async (ctx) => {
          const user = await userFor(
            (ctx.connectionParams as Record<string, unknown> | undefined)?.authorization,
          );
          if (!user) return false;
          (ctx.extra as { user?: Actor }).user = user;
          return true;
        },
      },
    },
    context: async ({
      req,
      extra,
    }: {
      req?: { headers: Record<string, unknown>; id?: string };
      extra?: { user?: Actor };
    }) =>
      extra
        ? { req: { headers: {} }, user: extra.user }
        : { req, user: await userFor(req?.headers.authorization) },
    formatError: (formatted, error) => {
      const result = formatError(formatted);
      if (result.extensions?.code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error }, 'graphql error');
      return result;
    },
    plugins: [
      {
        async requestDidStart() {
          return {
            async willSendResponse(rc) {
              const outcome =
                rc.response.body.kind === 'single' && rc.response.body.singleResult.errors ? 'error' : 'ok';
              graphqlOperations.inc({ operation: rc.operationName ?? 'anonymous', outcome });
            },
          };
        },
      },
    ],
  };
}
