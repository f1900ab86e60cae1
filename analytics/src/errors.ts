/**
 * The one error this library throws for bad input. It carries the same information the API's
 * BAD_USER_INPUT errors need: the path of the offending field and a sentence the user can act on,
 * so a resolver can pass it through without rewording.
 */
export class AnalyticsInputError extends Error {
  readonly code = 'BAD_USER_INPUT' as const;

  constructor(
    /** Path of the offending input, e.g. `rateCard.lines` or `tasks[3].options`. */
    readonly field: string,
    /** A sentence the user can act on. */
    message: string,
  ) {
    super(message);
    this.name = 'AnalyticsInputError';
  }
}
