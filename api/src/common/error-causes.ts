/**
 * Whether `test` holds for an error or anything it wraps: GraphQL's originalError, TypeORM's
 * driverError, a cause, an AggregateError's errors (five levels at most).
 */
export function someCause(error: unknown, test: (e: Record<string, unknown>) => boolean, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as Record<string, unknown>;
  if (test(e)) return true;
  const inner = [e.originalError, e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((cause) => cause !== error && someCause(cause, test, depth + 1));
}
