import { ApolloServerPlugin } from '@apollo/server';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, ValidationContext } from 'graphql';
import { Logger } from 'pino';
import { AuthService } from '../auth/auth.service';
import { Actor, Authenticated } from '../auth/current-user';
import { AppConfig } from '../../config/config';
import { formatError } from '../../common/format-error';
import { raceConstraint } from '../../common/write-race';
import { requestGuard } from './request-guard';
import { graphqlOperations } from '../metrics/metrics';

function bearer(header: unknown): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = typeof value === 'string' ? /^Bearer\s+(.+)$/i.exec(value) : null;
  return match?.[1];
}

/** graphql-armor's refusals as ours: LIMIT_EXCEEDED with a sentence that says what to do. */
const asLimit = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(
    new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} Split it into smaller queries.`, {
      nodes: error.nodes,
      extensions: { code: 'LIMIT_EXCEEDED' },
    }),
  );

/**
 * Counts operations for /metrics by root field (`tasks`, `login`): names the schema defines,
 * so a client cannot grow the series with made-up operation names. Several root fields count
 * as `multiple`, an unparsable request as `other`.
 */
function operationLabel(rc: {
  operation?: { selectionSet: { selections: readonly { kind: string }[] } } | null;
}) {
  const roots = rc.operation?.selectionSet.selections ?? [];
  if (roots.length !== 1 || roots[0].kind !== 'Field') return roots.length ? 'multiple' : 'other';
  return (roots[0] as unknown as { name: { value: string } }).name.value;
}

/**
 * Logs each unexpected error once, with the request id and without the request's values,
 * adds the id to the answer, and counts the operation. An unreachable database is a warning.
 */
function observe(logger: Logger): ApolloServerPlugin<{ req?: { id?: string } }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          const requestId = rc.contextValue.req?.id;
          const body = rc.response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const original = rc.errors ?? [];
          for (const [i, e] of errors.entries()) {
            if (e.extensions?.code === 'SERVICE_UNAVAILABLE')
              logger.warn({ requestId, operation: operationLabel(rc) }, 'the database cannot be reached');
            if (e.extensions?.writeRace) {
              const err = original[i]?.originalError ?? original[i];
              logger.warn(
                { requestId, operation: operationLabel(rc), constraint: raceConstraint(err) },
                'two writes raced; answered CONFLICT',
              );
            }
            if (e.extensions?.code !== 'INTERNAL_SERVER_ERROR') continue;
            (e.extensions as Record<string, unknown>).requestId = requestId;
            const err = original[i]?.originalError ?? original[i];
            logger.error({ err, requestId, path: e.path, operation: operationLabel(rc) }, 'graphql error');
          }
          graphqlOperations.inc({ operation: operationLabel(rc), outcome: errors.length ? 'error' : 'ok' });
        },
      };
    },
  };
}

/**
 * Apollo settings: code-first schema built in memory (api/schema.graphql is the committed
 * copy, checked by a test), bearer-token context for HTTP and graphql-ws, limits checked
 * before execution (depth and aliases by graphql-armor, cost, body size and argument checks
 * by request-guard), introspection off in production unless asked for, and errors that carry
 * codes and never stacks.
 */
export function graphqlOptions(config: AppConfig, auth: AuthService, logger: Logger): ApolloDriverConfig {
  const userFor = async (header: unknown): Promise<Authenticated> => {
    const token = bearer(header);
    return token ? auth.authenticate(token) : {};
  };
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: config.graphqlIntrospection,
    validationRules: [
      maxDepthRule({
        n: config.graphqlMaxDepth,
        flattenFragments: true,
        exposeLimits: true,
        propagateOnRejection: false,
        onReject: [asLimit],
      }),
      maxAliasesRule({
        n: config.graphqlMaxAliases,
        exposeLimits: true,
        propagateOnRejection: false,
        onReject: [asLimit],
      }),
    ],
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: async (ctx) => {
          const { user } = await userFor(
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
        : { req, ...(await userFor(req?.headers.authorization)) },
    formatError: (formatted, error) => formatError(formatted, error),
    plugins: [
      requestGuard({ maxCost: config.graphqlMaxCost, maxBodyBytes: config.graphqlMaxBodyBytes }),
      observe(logger) as ApolloServerPlugin,
    ],
  };
}
