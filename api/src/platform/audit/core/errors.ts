export type CryptoCoreErrorCode =
  | 'NOT_CANONICAL_JSON'
  | 'INVALID_AUDIT_EVENT'
  | 'MERKLE_ARGUMENT'
  | 'SIGNING_KEY_UNAVAILABLE'
  | 'EXPORT_NOT_COVERED'
  | 'INVALID_EXPORT_FILTER'
  | 'INVALID_RENDER_MANIFEST'
  | 'NOT_PNG'
  | 'C2PA_UNAVAILABLE';

/**
 * The one error the audit and provenance crypto core throws: a code callers can branch on and a
 * sentence that tells a person what to change. Verification failures are results, not errors.
 */
export class CryptoCoreError extends Error {
  constructor(
    readonly code: CryptoCoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CryptoCoreError';
  }
}
