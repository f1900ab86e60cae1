/**
 * Why a single sign-on was refused: a code the sign-in page branches on and a sentence the person
 * (or, for a bad mapping, their admin) can act on. Sent back to the dashboard in the URL fragment.
 */
export type SsoErrorCode =
  | 'SSO_STATE_INVALID'
  | 'SSO_PROVIDER_ERROR'
  | 'SSO_PROVIDER_UNREACHABLE'
  | 'SSO_EMAIL_MISSING'
  | 'SSO_NO_MAPPED_GROUP'
  | 'SSO_UNKNOWN_PRODUCTION'
  | 'SSO_IDENTITY_MISMATCH'
  | 'SSO_ACCOUNT_DEACTIVATED'
  | 'SSO_NOT_A_PERSON';

export class SsoError extends Error {
  constructor(
    readonly code: SsoErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const ssoErrors = {
  state: () =>
    new SsoError(
      'SSO_STATE_INVALID',
      'This sign-in link expired or was opened in another browser; start single sign-on again from the sign-in page.',
    ),
  provider: (detail: string) =>
    new SsoError(
      'SSO_PROVIDER_ERROR',
      `The identity provider did not sign you in (${detail}); start single sign-on again, and ask your admin if it keeps failing.`,
    ),
  unreachable: () =>
    new SsoError(
      'SSO_PROVIDER_UNREACHABLE',
      'The identity provider could not be reached; try again in a minute, and ask your admin to check OIDC_ISSUER_URL if it keeps failing.',
    ),
  email: () =>
    new SsoError(
      'SSO_EMAIL_MISSING',
      'The identity provider sent no verified email address for you; ask your admin to release the email claim to FrameLedger.',
    ),
  noGroup: (email: string) =>
    new SsoError(
      'SSO_NO_MAPPED_GROUP',
      `${email} is in no group that FrameLedger maps to a role; ask your admin to add you to one of the groups in OIDC_GROUP_MAP.`,
    ),
  unknownProduction: (code: string) =>
    new SsoError(
      'SSO_UNKNOWN_PRODUCTION',
      `Your group gives you production ${code}, which does not exist here; ask your admin to correct OIDC_GROUP_MAP.`,
    ),
  otherIdentity: (email: string) =>
    new SsoError(
      'SSO_IDENTITY_MISMATCH',
      `${email} in FrameLedger belongs to another account at your identity provider, so it cannot be yours; ask an admin to check who holds that address.`,
    ),
  deactivated: (email: string) =>
    new SsoError(
      'SSO_ACCOUNT_DEACTIVATED',
      `${email} is deactivated in FrameLedger; ask an admin to reactivate the account on the People page.`,
    ),
  notAPerson: (email: string) =>
    new SsoError(
      'SSO_NOT_A_PERSON',
      `${email} belongs to a tool or a witness, which cannot sign in; sign in with your own account.`,
    ),
};
