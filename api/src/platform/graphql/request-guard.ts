import { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues } from 'graphql/execution/values';
import { AppError } from '../../common/errors';
import { checkOperationInput } from './input-guard';
import { queryCost } from './query-cost';

export interface RequestLimits {
  /** The most a query may cost (see query-cost.ts). */
  maxCost: number;
  /** The largest request body, in bytes, for an ordinary operation. */
  maxBodyBytes: number;
}

/** Operations that carry a whole file or a batch; the body parser's larger limit bounds them. */
const BULK_OPERATIONS = new Set(['importBreakdown', 'importTimeEntries', 'logTimeEntries', 'importAiUsage']);

const megabytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

function tooLarge(message: string, extra: Record<string, unknown>) {
  return new AppError('LIMIT_EXCEEDED', message, { ...extra, http: { status: 400 } });
}

/**
 * Refuses a request before anything runs: a body too large for its operation, a query whose
 * cost passes the limit (saying both), or an argument no resolver could use (input-guard.ts).
 */
export function requestGuard(limits: RequestLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema, operationName }) {
          if (!operation) return;
          const roots = operation.selectionSet.selections.map((s) =>
            s.kind === 'Field' ? s.name.value : '',
          );
          const bytes = Number(request.http?.headers.get('content-length') ?? 0);
          if (bytes > limits.maxBodyBytes && !roots.every((r) => BULK_OPERATIONS.has(r))) {
            throw tooLarge(
              `This request is ${megabytes(bytes)}; the limit is ${megabytes(limits.maxBodyBytes)} (only imports and batches may be larger). Send less at once.`,
              { bytes, limit: limits.maxBodyBytes },
            );
          }
          // Variables that do not fit their types are refused by graphql-js as BAD_USER_INPUT when
          // execution starts, before any resolver; there is nothing to measure until then.
          const coerced = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          if (coerced.errors) return;
          const cost = queryCost(schema, document, request.variables, operationName ?? undefined);
          if (cost > limits.maxCost) {
            throw tooLarge(
              `This query costs ${cost.toLocaleString('en-US')}; the limit is ${limits.maxCost.toLocaleString('en-US')}. Ask for fewer items (first), fewer aliases or fewer draws, or split it into several queries.`,
              { cost, limit: limits.maxCost },
            );
          }
          const problem = checkOperationInput(schema, document, operation, coerced.coerced);
          if (problem) throw problem;
        },
      };
    },
  };
}
