import { startTestServer, TestServer } from '../../../../test/support/server';

describe('sign-in and roles', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('signs the planner in and `me` says PLANNER', async () => {
    const token = await server.login('planner@frameledger.local');
    const result = await server.gql(`{ me { email role } }`, {}, token);
    expect(result.data?.me).toEqual({ email: 'planner@frameledger.local', role: 'PLANNER' });
  });

  it('answers a wrong password and an unknown email with the same UNAUTHENTICATED error', async () => {
    const attempt = (email: string) =>
      server.gql(`mutation { login(email: "${email}", password: "wrong") { token } }`);
    const wrong = await attempt('planner@frameledger.local');
    const unknown = await attempt('nobody@frameledger.local');
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.data).toBeNull();
  });

  it('refuses `me` without a token, and with a forged one', async () => {
    expect((await server.gql(`{ me { email } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await server.gql(`{ me { email } }`, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.x');
    expect(forged.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a planner-only mutation to the reviewer with FORBIDDEN, and writes nothing', async () => {
    const token = await server.login('reviewer@frameledger.local');
    const result = await server.gql(
      `mutation { createProduction(input: { code: "NOPE", title: "x", currency: "USD", vfxBudgetMinor: "100",
         startDate: "2026-01-01", deliveryDate: "2026-12-31", country: "US" }) { id } }`,
      {},
      token,
    );
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0].message).toMatch(/REVIEWER may not do this/);
    const [{ n }] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM production WHERE code = 'NOPE'`,
    );
    expect(n).toBe(0);
  });

  it('never sends a stack trace', async () => {
    const result = await server.gql(`{ nope }`);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.js/);
  });

  describe('API tokens for tools', () => {
    const CREATE = `mutation($i: CreateApiTokenInput!) {
      createApiToken(input: $i) { secret token { id name role scopes expiresAt lastUsedAt revokedAt } } }`;
    const REPORT = `{ labourImpact(filter: { quarters: ["2026-Q4"] }, currency: "USD") { currency } }`;
    const LOG = `mutation($i: TimeEntryInput!) { logTimeEntry(input: $i) { id } }`;
    const timeEntries = async () =>
      (await server.dataSource.query(`SELECT count(*)::int AS n FROM time_entry`))[0].n as number;

    it('creates a token shown once, logs time within its scope under its name, is refused outside it, and is refused once revoked', async () => {
      const admin = await server.login('admin@frameledger.local');
      const created = await server.gql(
        CREATE,
        { i: { name: 'render-farm hook', role: 'PLANNER', scopes: ['TIME_WRITE'], expiresInDays: 30 } },
        admin,
      );
      expect(created.errors).toBeUndefined();
      const { secret, token } = created.data!.createApiToken;
      expect(secret).toMatch(/^flt_[A-Za-z0-9_-]{43}$/);
      expect(token).toMatchObject({ name: 'render-farm hook', role: 'PLANNER', scopes: ['TIME_WRITE'] });
      // Only the hash is kept, and the list never shows the secret.
      const [stored] = await server.dataSource.query(
        `SELECT encode(token_hash, 'hex') AS h FROM api_token WHERE id = $1`,
        [token.id],
      );
      expect(stored.h).not.toContain(secret);
      const listed = await server.gql(`{ apiTokens { id name } }`, {}, admin);
      expect(JSON.stringify(listed.data)).not.toContain(secret);
      expect(listed.data?.apiTokens).toContainEqual({ id: token.id, name: 'render-farm hook' });

      const [task] = await server.dataSource.query(`SELECT id FROM task ORDER BY id LIMIT 1`);
      const input = {
        taskId: task.id,
        person: 'Farm Artist',
        roleCode: 'COMPOSITOR',
        workDate: '2026-10-02',
        minutes: 30,
        kind: 'ARTIST',
      };
      const logged = await server.gql(LOG, { i: input }, secret);
      expect(logged.errors).toBeUndefined();
      const [entry] = await server.dataSource.query(`SELECT created_by FROM time_entry WHERE id = $1`, [
        logged.data?.logTimeEntry.id,
      ]);
      expect(entry.created_by).toBe(token.id);
      const [event] = await server.dataSource.query(
        `SELECT e.actor, u.display_name FROM audit_event e JOIN app_user u ON u.id::text = e.actor
         WHERE e.action = 'time_entry.create' ORDER BY e.seq DESC LIMIT 1`,
      );
      expect(event).toEqual({ actor: token.id, display_name: 'render-farm hook' });
      const [used] = await server.dataSource.query(`SELECT last_used_at FROM api_token WHERE id = $1`, [
        token.id,
      ]);
      expect(used.last_used_at).not.toBeNull();

      // Outside its scopes: an operation of another scope, and one that declares none.
      const before = await timeEntries();
      const report = await server.gql(REPORT, {}, secret);
      expect(report.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(report.errors?.[0].message).toMatch(/lacks the scope reports:read/);
      const me = await server.gql(`{ me { id } }`, {}, secret);
      expect(me.errors?.[0].message).toMatch(/API tokens may not call this operation/);
      // A token cannot sign in with a password, and cannot be made an admin.
      const admins = await server.gql(
        CREATE,
        { i: { name: 'too strong', role: 'ADMIN', scopes: ['TIME_WRITE'] } },
        admin,
      );
      expect(admins.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

      const revoked = await server.gql(
        `mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`,
        { id: token.id },
        admin,
      );
      expect(revoked.data?.revokeApiToken.revokedAt).not.toBeNull();
      const refused = await server.gql(LOG, { i: input }, secret);
      expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(refused.errors?.[0].message).toMatch(/"render-farm hook" was revoked/);
      expect(await timeEntries()).toBe(before);
      const actions = await server.dataSource.query(
        `SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY seq`,
        [token.id],
      );
      expect(actions.map((a: { action: string }) => a.action)).toEqual([
        'api_token.create',
        'api_token.revoke',
      ]);
    });

    it('refuses an expired token with a sentence that says so', async () => {
      const admin = await server.login('admin@frameledger.local');
      const created = await server.gql(
        CREATE,
        { i: { name: 'usage export', role: 'REVIEWER', scopes: ['REPORTS_READ'], expiresInDays: 1 } },
        admin,
      );
      const { secret, token } = created.data!.createApiToken;
      await server.dataSource.query(
        `UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`,
        [token.id],
      );
      const refused = await server.gql(REPORT, {}, secret);
      expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(refused.errors?.[0].message).toMatch(/"usage export" expired on/);
    });
  });

  describe('user administration', () => {
    const INVITE = `mutation($i: InvitePersonInput!) {
      invitePerson(input: $i) { person { id email role active invitationPending lastSignInAt } link { token path expiresAt } } }`;
    const SET = `mutation($t: String!, $p: String!) { setPasswordWithLink(token: $t, password: $p) { email invitationPending } }`;

    it('invites a reviewer who accepts with a policy-meeting password, signs in, is promoted, then deactivated and refused at once', async () => {
      const admin = await server.login('admin@frameledger.local');
      const invited = await server.gql(
        INVITE,
        { i: { email: 'ines@studio.test', displayName: 'Ines Ortega', role: 'REVIEWER' } },
        admin,
      );
      expect(invited.errors).toBeUndefined();
      const { person, link } = invited.data!.invitePerson;
      expect(person).toMatchObject({
        role: 'REVIEWER',
        active: true,
        invitationPending: true,
        lastSignInAt: null,
      });
      expect(link.path).toBe(`/set-password?token=${link.token}`);
      // Not yet: the invited account has no password.
      const early = await server.gql(
        `mutation { login(email: "ines@studio.test", password: "frameledger") { token } }`,
      );
      expect(early.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

      // The policy: at least 12 characters, not the email; a refused try leaves the link usable.
      const short = await server.gql(SET, { t: link.token, p: 'short' });
      expect(short.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
      const email = await server.gql(SET, { t: link.token, p: 'INES@studio.test' });
      expect(email.errors?.[0].message).toMatch(/other than your email/);
      const accepted = await server.gql(SET, { t: link.token, p: 'three green lanterns' });
      expect(accepted.data?.setPasswordWithLink).toEqual({
        email: 'ines@studio.test',
        invitationPending: false,
      });
      const again = await server.gql(SET, { t: link.token, p: 'another long phrase' });
      expect(again.errors?.[0].message).toMatch(/used already, has expired/);

      const ines = await server.login('ines@studio.test', 'three green lanterns');
      expect((await server.gql(`{ me { role } }`, {}, ines)).data?.me).toEqual({ role: 'REVIEWER' });

      const promoted = await server.gql(
        `mutation($id: ID!) { changePersonRole(id: $id, role: PLANNER) { role } }`,
        { id: person.id },
        admin,
      );
      expect(promoted.data?.changePersonRole).toEqual({ role: 'PLANNER' });
      const listed = await server.gql(`{ people { email role lastSignInAt } }`, {}, admin);
      const row = listed.data?.people.find((p: { email: string }) => p.email === 'ines@studio.test');
      expect(row).toMatchObject({ role: 'PLANNER' });
      expect(row.lastSignInAt).not.toBeNull();
      // Tools' principals are not people.
      expect(listed.data?.people.some((p: { email: string }) => p.email.endsWith('@api-token.invalid'))).toBe(
        false,
      );

      const reset = await server.gql(
        `mutation($id: ID!) { resetPersonPassword(id: $id) { token expiresAt } }`,
        { id: person.id },
        admin,
      );
      expect(reset.data?.resetPersonPassword.token).toMatch(/^fll_/);

      const deactivated = await server.gql(
        `mutation($id: ID!) { deactivatePerson(id: $id) { active } }`,
        { id: person.id },
        admin,
      );
      expect(deactivated.data?.deactivatePerson).toEqual({ active: false });
      const refused = await server.gql(`{ me { role } }`, {}, ines);
      expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // The reset link handed out before does not reopen a deactivated account.
      const reopened = await server.gql(SET, {
        t: reset.data?.resetPersonPassword.token,
        p: 'a brand new phrase',
      });
      expect(reopened.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

      const self = await server.gql(
        `mutation($id: ID!) { deactivatePerson(id: $id) { active } }`,
        { id: (await server.gql(`{ me { id } }`, {}, admin)).data?.me.id },
        admin,
      );
      expect(self.errors?.[0].extensions?.code).toBe('CONFLICT');
      const notAdmin = await server.gql(
        INVITE,
        { i: { email: 'x@studio.test', displayName: 'X', role: 'ADMIN' } },
        ines,
      );
      expect(notAdmin.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

      const actions = await server.dataSource.query(
        `SELECT action FROM audit_event WHERE subject_type = 'user' AND subject_id = $1 ORDER BY seq`,
        [person.id],
      );
      expect(actions.map((a: { action: string }) => a.action)).toEqual([
        'user.invite',
        'user.password.set',
        'auth.sign_in',
        'user.role.change',
        'user.password.reset_link',
        'user.deactivate',
      ]);
    });
  });
});
