import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_ROLES } from '../common/roles';
import { PRODUCTION_ROLES } from '../platform/auth/production-scope';
import { loadConfig } from './config';
import { MEMBERSHIP_ROLES, STUDIO_ROLES } from './sso';

const SSO = {
  OIDC_ISSUER_URL: 'https://login.example.com/realms/studio',
  OIDC_CLIENT_ID: 'frameledger',
  OIDC_CLIENT_SECRET: 'secret',
  OIDC_REDIRECT_URL: 'https://ledger.example.com/api/sso/callback',
  OIDC_GROUP_MAP: '{"planners":{"role":"PLANNER"},"derrumbe":{"memberships":{"DERRUMBE":"REVIEWER"}}}',
};
const load = (env: Record<string, string>) =>
  loadConfig({ FRAMELEDGER_DATA_DIR: mkdtempSync(join(tmpdir(), 'fl-sso-')), ...env });

describe('single sign-on config', () => {
  it('spells the roles as the Role enum does', () => {
    // A provider's group never makes a WITNESS, nor a VENDOR (who needs a company).
    expect([...STUDIO_ROLES].sort()).toEqual([...ALL_ROLES].sort());
    expect([...MEMBERSHIP_ROLES]).toEqual(PRODUCTION_ROLES);
  });

  it('is off without OIDC_ISSUER_URL, and reads every setting with it', () => {
    expect(load({}).sso).toBeUndefined();
    expect(load({}).localPasswords).toBe(true);
    expect(load({ ...SSO, LOCAL_PASSWORDS: 'false' })).toMatchObject({
      localPasswords: false,
      sso: {
        clientId: 'frameledger',
        providerName: 'single sign-on',
        groupsClaim: 'groups',
        groupMap: { planners: { role: 'PLANNER' }, derrumbe: { memberships: { DERRUMBE: 'REVIEWER' } } },
      },
    });
  });

  it.each([
    [{ LOCAL_PASSWORDS: 'false' }, 'LOCAL_PASSWORDS=false needs OIDC_ISSUER_URL'],
    [{ OIDC_CLIENT_ID: 'x' }, 'OIDC_CLIENT_ID needs OIDC_ISSUER_URL too'],
    [{ ...SSO, OIDC_ISSUER_URL: 'http://login.example.com' }, 'OIDC_ISSUER_URL must use https unless'],
    [{ ...SSO, OIDC_REDIRECT_URL: 'nope' }, 'OIDC_REDIRECT_URL must be an https URL'],
    [{ ...SSO, OIDC_CLIENT_SECRET: '' }, 'OIDC_CLIENT_SECRET must be set with OIDC_ISSUER_URL'],
    [{ ...SSO, OIDC_GROUP_MAP: '{' }, 'OIDC_GROUP_MAP must be JSON'],
    [{ ...SSO, OIDC_GROUP_MAP: '{"a":{"role":"KING"}}' }, `group "a" has role "KING"`],
    [
      { ...SSO, OIDC_GROUP_MAP: '{"a":{"memberships":{"X":"ADMIN"}}}' },
      'gives production X the role "ADMIN"',
    ],
    [{ ...SSO, OIDC_GROUP_MAP: '{"a":{}}' }, 'group "a" gives nothing'],
  ])('refuses %j in one sentence', (env, sentence) => {
    expect(() => load(env as Record<string, string>)).toThrow(sentence);
  });
});
