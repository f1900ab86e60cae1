import { DocumentNode, GraphQLSchema } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

/**
 * Fields whose work does not show in their selection: a fixed weight, or one per argument.
 * riskProfile runs `draws` Monte Carlo draws over every task: one point per two draws, so the
 * default 10,000 cost 5,001 and a single one of 100,000 draws (seconds of work) takes most of
 * the default limit of 60,000; planFrontier enumerates plans over every task.
 */
const EXPENSIVE: Record<string, (args: Record<string, unknown>) => number> = {
  riskProfile: (args) => Math.ceil(Number(args.draws ?? 10_000) / 2),
  planFrontier: () => 10_000,
  exportAudit: () => 500,
  quarterlySummary: () => 100,
  labourImpact: () => 100,
};

/**
 * The cost of one field: 1, plus its selection's cost once per item a list argument asks for
 * (`first`), plus the known expensive work. 200 aliases of `tasks(first: 100) { edges { node
 * { id code } } }` cost 200 x (1 + 100 x 4) = 80,200.
 */
const estimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const items = typeof args.first === 'number' && args.first > 0 ? args.first : 1;
  const own = EXPENSIVE[field.name]?.(args) ?? 0;
  return 1 + own + items * childComplexity;
};

export function queryCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string,
): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [estimator] });
}
