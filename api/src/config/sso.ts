import { ConfigError } from './config';

/**
 * Role names as config may spell them. config/ may not import common/ (common reads the config),
 * so the names are listed here; sso.spec.ts checks them against the Role enum.
 */
export const STUDIO_ROLES = ['ADMIN', 'PLANNER', 'OPERATOR', 'REVIEWER', 'EXECUTIVE'] as const;
/** The roles a membership may give on a production (PRODUCTION_ROLES in platform/auth). */
export const MEMBERSHIP_ROLES = ['PLANNER', 'OPERATOR', 'REVIEWER'] as const;
type RoleName = (typeof STUDIO_ROLES)[number];

/** What one provider group gives: a studio-wide role, roles on productions (by code), or both. */
export interface GroupGrant {
  role?: RoleName;
  /** Production code -> role on that production. */
  memberships?: Record<string, RoleName>;
}

/** OpenID Connect sign-in (docs/decisions/0033-openid-connect-sign-in.md). */
export interface SsoConfig {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string;
  /** Shown on the sign-in button: "Sign in with <providerName>". */
  providerName: string;
  /** Scopes asked for; the provider must put email and the groups claim in the id token. */
  scopes: string;
  /** The id token claim that lists the person's groups. */
  groupsClaim: string;
  /** Provider group -> grant; the first group in this order that gives a role decides the role. */
  groupMap: Record<string, GroupGrant>;
}

type Env = Record<string, string | undefined>;

const fail = (message: string): never => {
  throw new ConfigError(message);
};

function httpUrl(env: Env, name: string): string {
  const raw = env[name] ?? '';
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    fail(`${name} must be an https URL such as https://login.example.com/realms/studio; it is "${raw}".`);
  }
  // Tokens and codes cross this link: plain http only to this machine (a provider started in a test).
  if (url!.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url!.hostname)) {
    fail(`${name} must use https unless it points at localhost; it is "${raw}".`);
  }
  return raw;
}

function grant(group: string, value: unknown): GroupGrant {
  const where = `OIDC_GROUP_MAP's group "${group}"`;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return fail(
      `${where} must map to an object such as {"role":"PLANNER"} or {"memberships":{"CODE":"REVIEWER"}}.`,
    );
  }
  const { role, memberships, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length)
    fail(`${where} has unknown keys (${Object.keys(rest).join(', ')}); use role and memberships.`);
  if (role === undefined && memberships === undefined)
    fail(`${where} gives nothing; give it a role, memberships or both.`);
  if (role !== undefined && !(STUDIO_ROLES as readonly unknown[]).includes(role)) {
    fail(`${where} has role "${String(role)}"; use one of ${STUDIO_ROLES.join(', ')}.`);
  }
  if (memberships !== undefined) {
    if (!memberships || typeof memberships !== 'object' || Array.isArray(memberships)) {
      fail(
        `${where} must give memberships as an object of production code to role, such as {"DERRUMBE":"REVIEWER"}.`,
      );
    }
    for (const [code, r] of Object.entries(memberships as object)) {
      if (!(MEMBERSHIP_ROLES as readonly unknown[]).includes(r)) {
        fail(
          `${where} gives production ${code} the role "${String(r)}"; use one of ${MEMBERSHIP_ROLES.join(', ')}.`,
        );
      }
    }
  }
  return {
    role: role as RoleName | undefined,
    memberships: memberships as Record<string, RoleName> | undefined,
  };
}

function groupMap(raw: string | undefined): Record<string, GroupGrant> {
  if (!raw)
    return fail(
      'OIDC_GROUP_MAP must be set with OIDC_ISSUER_URL, for example {"studio-planners":{"role":"PLANNER"}}: without it nobody could sign in.',
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return fail(
      'OIDC_GROUP_MAP must be JSON, for example {"studio-planners":{"role":"PLANNER"}}; it does not parse.',
    );
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || !Object.keys(parsed).length) {
    return fail('OIDC_GROUP_MAP must be a non-empty JSON object of provider group to grant.');
  }
  return Object.fromEntries(Object.entries(parsed).map(([group, value]) => [group, grant(group, value)]));
}

/** Undefined when OIDC_ISSUER_URL is unset; then no other OIDC_* setting may be set either. */
export function ssoConfig(env: Env): SsoConfig | undefined {
  if (!env.OIDC_ISSUER_URL) {
    const stray = Object.keys(env).filter((k) => k.startsWith('OIDC_') && env[k]);
    if (stray.length)
      fail(
        `${stray.join(', ')} ${stray.length > 1 ? 'need' : 'needs'} OIDC_ISSUER_URL too; set it or unset them.`,
      );
    return undefined;
  }
  for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET']) {
    if (!env[name])
      fail(`${name} must be set with OIDC_ISSUER_URL; copy it from the client registered at the provider.`);
  }
  const groupsClaim = env.OIDC_GROUPS_CLAIM || 'groups';
  return {
    issuerUrl: httpUrl(env, 'OIDC_ISSUER_URL'),
    clientId: env.OIDC_CLIENT_ID!,
    clientSecret: env.OIDC_CLIENT_SECRET!,
    redirectUrl: httpUrl(env, 'OIDC_REDIRECT_URL'),
    providerName: env.OIDC_PROVIDER_NAME || 'single sign-on',
    scopes: env.OIDC_SCOPES || 'openid email profile groups',
    groupsClaim,
    groupMap: groupMap(env.OIDC_GROUP_MAP),
  };
}
