import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process; the api exposes it at /metrics in Prometheus text format. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'frameledger_' });

export const httpDuration = new Histogram({
  name: 'frameledger_http_request_duration_seconds',
  help: 'HTTP request duration by method, route and status.',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const graphqlOperations = new Counter({
  name: 'frameledger_graphql_operations_total',
  help: 'GraphQL operations by name and outcome.',
  labelNames: ['operation', 'outcome'],
  registers: [registry],
});
