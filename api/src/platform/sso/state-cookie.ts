import { sign, verify } from 'jsonwebtoken';
import { PendingSignIn } from './oidc-client';

export const STATE_COOKIE = 'fl_sso';
/** Long enough to type a password and answer a second factor at the provider. */
const STATE_TTL_SECONDS = 600;
const AUDIENCE = 'frameledger-sso-state';

/**
 * State, nonce and PKCE verifier ride in a cookie signed with JWT_SECRET instead of a server-side
 * table: any api replica can finish the sign-in, and nothing is left behind by abandoned ones.
 * HttpOnly and scoped to the callback's path; its audience keeps it from passing as a bearer token.
 */
export function stateCookie(pending: PendingSignIn, secret: string, secure: boolean): string {
  const value = sign({ ...pending }, secret, {
    algorithm: 'HS256',
    expiresIn: STATE_TTL_SECONDS,
    audience: AUDIENCE,
  });
  return `${STATE_COOKIE}=${value}; Path=/api/sso; Max-Age=${STATE_TTL_SECONDS}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

export const clearedStateCookie = () => `${STATE_COOKIE}=; Path=/api/sso; Max-Age=0; HttpOnly; SameSite=Lax`;

/** The pending sign-in in the request's cookie, or undefined when it is missing, forged or expired. */
export function readStateCookie(header: string | undefined, secret: string): PendingSignIn | undefined {
  const raw = (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${STATE_COOKIE}=`))
    ?.slice(STATE_COOKIE.length + 1);
  if (!raw) return undefined;
  try {
    const claims = verify(raw, secret, { algorithms: ['HS256'], audience: AUDIENCE }) as Record<
      string,
      unknown
    >;
    const { state, nonce, verifier } = claims;
    return typeof state === 'string' && typeof nonce === 'string' && typeof verifier === 'string'
      ? { state, nonce, verifier }
      : undefined;
  } catch {
    return undefined;
  }
}
