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
});
