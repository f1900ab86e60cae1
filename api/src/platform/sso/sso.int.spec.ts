import { freePort } from '../../../../test/support/free-port';
import {
  outcome,
  signInThroughProvider,
  startTestProvider,
  TestProvider,
} from '../../../../test/support/oidc';
import { startTestServer, TestServer } from '../../../../test/support/server';

// A real OpenID Connect provider (oidc-provider) and the real api: the code flow with PKCE runs
// end to end over HTTP, redirects and cookies included; only the person's typing is automated.
const ACCOUNTS = {
  boss: { email: 'boss.sso@studio.test', name: 'Bo Ss', groups: ['fl-admins'] },
  rev: { email: 'rev.sso@studio.test', name: 'Re Viewer', groups: ['everyone', 'ssot-review'] },
  gone: { email: 'gone.sso@studio.test', name: 'Gone Soon', groups: ['fl-planners'] },
  outsider: { email: 'outsider.sso@studio.test', name: 'Out Sider', groups: ['marketing'] },
};
const GROUP_MAP = {
  'fl-admins': { role: 'ADMIN' },
  'fl-planners': { role: 'PLANNER' },
  'ssot-review': { memberships: { SSOT: 'REVIEWER' } },
};
const ME = `{ me { email role memberships { productionId role } } }`;

describe('OpenID Connect sign-in against a real provider', () => {
  let provider: TestProvider;
  let server: TestServer;
  let productionId: string;
  const signIn = (sub: string) => signInThroughProvider(`${server.url}/api/sso/start`, sub).then(outcome);

  beforeAll(async () => {
    const port = await freePort();
    const clientSecret = 'a-client-secret-for-the-test-provider';
    provider = await startTestProvider({
      redirectUri: `http://localhost:${port}/api/sso/callback`,
      clientId: 'frameledger',
      clientSecret,
      accounts: ACCOUNTS,
    });
    server = await startTestServer({
      PORT: String(port),
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: 'frameledger',
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_REDIRECT_URL: `http://localhost:${port}/api/sso/callback`,
      OIDC_PROVIDER_NAME: 'Studio Login',
      OIDC_GROUP_MAP: JSON.stringify(GROUP_MAP),
      LOCAL_PASSWORDS: 'false',
    });
    [{ id: productionId }] = await server.dataSource.query(
      `INSERT INTO production (code, title, currency, vfx_budget_minor, start_date, delivery_date, country)
       VALUES ('SSOT', 'SSO test', 'USD', 100, '2026-01-01', '2026-12-31', 'US') RETURNING id`,
    );
  });
  afterAll(async () => {
    await server?.stop();
    provider?.stop();
  });

  it('tells the sign-in page that passwords are off and names the provider', async () => {
    const result = await server.gql(
      `{ signInOptions { passwords singleSignOn { providerName startPath } } }`,
    );
    expect(result.data?.signInOptions).toEqual({
      passwords: false,
      singleSignOn: { providerName: 'Studio Login', startPath: '/api/sso/start' },
    });
  });

  it('creates a person on first sign-in with the role and memberships their groups map to, and audits it', async () => {
    const { token, error } = await signIn('rev');
    expect(error).toBeUndefined();
    const me = await server.gql(ME, {}, token);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toEqual({
      email: 'rev.sso@studio.test',
      role: 'REVIEWER',
      memberships: [{ productionId, role: 'REVIEWER' }],
    });
    const audited = await server.dataSource.query(
      `SELECT action, payload FROM audit_event e JOIN app_user u ON u.id::text = e.subject_id
        WHERE u.email = 'rev.sso@studio.test' ORDER BY e.seq`,
    );
    expect(audited.map((e: { action: string }) => e.action)).toEqual([
      'user.role.change',
      'user.memberships.set',
      'auth.sign_in',
    ]);
    expect(audited[2].payload).toMatchObject({
      method: 'oidc',
      issuer: provider.issuer,
      groups: ['ssot-review'],
    });
  });

  it('re-applies role and memberships on the next sign-in when the groups changed, and audits both', async () => {
    await signIn('rev');
    // The directory moves her to the planners: same account at the provider, new groups.
    provider.setAccount('rev', { ...ACCOUNTS.rev, groups: ['fl-planners'] });
    const { token } = await signIn('rev');
    expect((await server.gql(ME, {}, token)).data?.me).toMatchObject({ role: 'PLANNER', memberships: [] });
    const changes = await server.dataSource.query(
      `SELECT action, payload FROM audit_event e JOIN app_user u ON u.id::text = e.subject_id
        WHERE u.email = 'rev.sso@studio.test' AND action <> 'auth.sign_in' ORDER BY e.seq DESC LIMIT 2`,
    );
    expect(changes).toEqual([
      {
        action: 'user.memberships.set',
        payload: {
          before: { [productionId]: 'REVIEWER' },
          after: {},
          by: 'single sign-on',
          groups: 'fl-planners',
        },
      },
      {
        action: 'user.role.change',
        payload: {
          before: { role: 'REVIEWER' },
          after: { role: 'PLANNER' },
          by: 'single sign-on',
          groups: 'fl-planners',
        },
      },
    ]);
  });

  it('keeps a person on their account when the provider renames their address (matched by subject)', async () => {
    provider.setAccount('mover', { email: 'mover.sso@studio.test', name: 'Mo Ver', groups: ['fl-planners'] });
    const first = await signIn('mover');
    const [{ id }] = await server.dataSource.query(
      `SELECT id FROM app_user WHERE email = 'mover.sso@studio.test'`,
    );
    provider.setAccount('mover', { email: 'mo.ver@studio.test', name: 'Mo Ver', groups: ['fl-planners'] });
    const again = await signIn('mover');
    expect([first.error, again.error]).toEqual([undefined, undefined]);
    const me = (await server.gql(`{ me { id email } }`, {}, again.token)).data?.me;
    expect(me).toEqual({ id, email: 'mover.sso@studio.test' });
    const fresh = await server.dataSource.query(`SELECT 1 FROM app_user WHERE email = 'mo.ver@studio.test'`);
    expect(fresh).toHaveLength(0);
    const [signedIn] = await server.dataSource.query(
      `SELECT payload FROM audit_event WHERE action = 'auth.sign_in' AND actor = $1 ORDER BY seq DESC LIMIT 1`,
      [id],
    );
    expect(signedIn.payload).toMatchObject({ email: 'mo.ver@studio.test', subject: 'mover' });
    expect(signedIn.payload.linked).toBeUndefined();
  });

  it('refuses a new provider account that was given a linked person’s address, and changes nothing', async () => {
    provider.setAccount('ana', { email: 'ana.sso@studio.test', name: 'Ana', groups: ['fl-admins'] });
    expect((await signIn('ana')).error).toBeUndefined();
    const events = async () =>
      (await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n as number;
    const before = await events();
    // Ana left; the provider gave her address to a newcomer, a different subject.
    provider.setAccount('newcomer', {
      email: 'ana.sso@studio.test',
      name: 'New Comer',
      groups: ['fl-planners'],
    });
    const refused = await signIn('newcomer');
    expect(refused.token).toBeUndefined();
    expect(refused.error).toBe('SSO_IDENTITY_MISMATCH');
    expect(refused.message).toMatch(/ana\.sso@studio\.test in FrameLedger belongs to another account/);
    expect(await events()).toBe(before);
    const [ana] = await server.dataSource.query(
      `SELECT role FROM app_user WHERE email = 'ana.sso@studio.test'`,
    );
    expect(ana.role).toBe('ADMIN');
  });

  it('refuses a person in no mapped group with SSO_NO_MAPPED_GROUP, and creates no account', async () => {
    const refused = await signIn('outsider');
    expect(refused.token).toBeUndefined();
    expect(refused.error).toBe('SSO_NO_MAPPED_GROUP');
    expect(refused.message).toMatch(/outsider\.sso@studio\.test is in no group .* OIDC_GROUP_MAP/);
    const rows = await server.dataSource.query(
      `SELECT 1 FROM app_user WHERE email = 'outsider.sso@studio.test'`,
    );
    expect(rows).toHaveLength(0);
  });

  it('refuses a person an admin deactivated, though the provider still signs them in', async () => {
    const first = await signIn('gone');
    const [{ id }] = await server.dataSource.query(
      `SELECT id FROM app_user WHERE email = 'gone.sso@studio.test'`,
    );
    expect((await server.gql(ME, {}, first.token)).data?.me.role).toBe('PLANNER');
    const admin = (await signIn('boss')).token;
    const off = await server.gql(
      `mutation($id: ID!) { deactivatePerson(id: $id) { active } }`,
      { id },
      admin,
    );
    expect(off.data?.deactivatePerson).toEqual({ active: false });
    const again = await signIn('gone');
    expect(again.token).toBeUndefined();
    expect(again.error).toBe('SSO_ACCOUNT_DEACTIVATED');
    expect(again.message).toMatch(/reactivate the account on the People page/);
  });

  it('refuses the password login with SSO_REQUIRED while passwords are off', async () => {
    const result = await server.gql(
      `mutation { login(email: "admin@frameledger.local", password: "frameledger") { token } }`,
    );
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SSO_REQUIRED' });
    expect(result.errors?.[0].message).toMatch(/Sign in with Studio Login/);
  });

  it('refuses a callback that carries no state cookie of ours', async () => {
    const response = await fetch(`${server.url}/api/sso/callback?code=stolen&state=guess`, {
      redirect: 'manual',
    });
    const url = new URL(response.headers.get('location')!, server.url);
    expect(url.pathname).toBe('/sign-in/sso');
    expect(outcome(url).error).toBe('SSO_STATE_INVALID');
  });
});
