/** One GraphQL error as the api sends it: a code to branch on and a sentence a person can act on. */
export interface ApiErrorDetail {
  message: string;
  code: string;
  /** The input path for BAD_USER_INPUT. */
  field?: string;
  /** The policy rule for POLICY_BLOCKED. */
  ruleId?: string;
}

/** A request the api refused or could not answer; `message` is the first sentence to show. */
export class ApiError extends Error {
  readonly code: string;
  readonly field?: string;
  readonly details: ApiErrorDetail[];

  constructor(details: ApiErrorDetail[]) {
    super(details[0]?.message ?? 'The server gave no answer; check your connection and try again.');
    this.name = 'ApiError';
    this.details = details;
    this.code = details[0]?.code ?? 'NETWORK_ERROR';
    this.field = details[0]?.field;
  }
}

interface RawError {
  message: string;
  extensions?: { code?: unknown; field?: unknown; ruleId?: unknown };
}

export function toApiError(errors: RawError[]): ApiError {
  return new ApiError(
    errors.map((e) => ({
      message: e.message,
      code: typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR',
      field: typeof e.extensions?.field === 'string' ? e.extensions.field : undefined,
      ruleId: typeof e.extensions?.ruleId === 'string' ? e.extensions.ruleId : undefined,
    })),
  );
}

export const networkError = (status?: number) =>
  new ApiError([
    {
      code: 'NETWORK_ERROR',
      message: status
        ? `The server answered with HTTP ${status}; reload the page, and if it persists ask an admin to check the api.`
        : 'The server could not be reached; check that FrameLedger is running and your connection, then try again.',
    },
  ]);
