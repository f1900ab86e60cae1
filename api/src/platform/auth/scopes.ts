import { SetMetadata } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';

/**
 * What an API token may do beyond its role. Small and fixed on purpose: an operation a token
 * may call says which scope it needs with @Scope, and the roles guard refuses a token every
 * operation that declares none (docs/decisions/0019-people-and-tool-tokens.md).
 */
export enum ApiScope {
  TIME_WRITE = 'time:write',
  AI_RUNS_WRITE = 'ai-runs:write',
  REPORTS_READ = 'reports:read',
}
registerEnumType(ApiScope, {
  name: 'ApiScope',
  description: 'What an API token may do: log time, record AI runs, read reports.',
  valuesMap: {
    TIME_WRITE: { description: 'time:write: log time entries.' },
    AI_RUNS_WRITE: { description: 'ai-runs:write: record AI runs done in vendor tools.' },
    REPORTS_READ: { description: 'reports:read: read the cross-production and production reports.' },
  },
});

export const SCOPE_KEY = 'frameledger:scope';

/** The scope an API token needs to call this operation (a person is checked by role alone). */
export const Scope = (scope: ApiScope) => SetMetadata(SCOPE_KEY, scope);
