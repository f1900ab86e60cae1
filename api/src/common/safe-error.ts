/** Longest message or stack a log line carries; a hostile 45 MB input must not become a 45 MB log. */
export const MAX_LOGGED_CHARS = 2_000;

export const bounded = (text: string, max = MAX_LOGGED_CHARS) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;

/**
 * An error as a log line may carry it: its type, message, stack and database codes, never the
 * query's parameters, the query text or the driver's detail (which quote the values sent).
 * PostgreSQL quotes the offending value in messages such as `invalid input syntax for type
 * uuid: "..."`, so quoted text is blanked too.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: bounded(String(error), 200) };
  const e = error as Error & Record<string, unknown>;
  const cause = (e.originalError ?? e.driverError) as Record<string, unknown> | undefined;
  const pg = (cause && typeof cause === 'object' ? cause : e) as Record<string, unknown>;
  return {
    type: e.constructor?.name ?? 'Error',
    message: bounded(e.message.replace(/"[^"]*"/g, '"…"'), 500),
    ...(typeof pg.code === 'string' ? { sqlState: pg.code } : {}),
    ...(typeof pg.routine === 'string' ? { routine: pg.routine } : {}),
    ...(typeof pg.constraint === 'string' ? { constraint: pg.constraint } : {}),
    ...(typeof pg.table === 'string' ? { table: pg.table } : {}),
    stack: bounded((e.stack ?? '').split('\n').slice(1).join('\n')),
  };
}
