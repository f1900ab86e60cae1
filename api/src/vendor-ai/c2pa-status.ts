/**
 * What an output file's C2PA content credentials say (output-credentials.ts, decision 0015). Its
 * own file, without decorators, so the credential reader loads outside Nest too.
 */
export enum C2paStatus {
  VERIFIED = 'VERIFIED',
  INVALID = 'INVALID',
  UNVERIFIED = 'UNVERIFIED',
  NONE = 'NONE',
}
