import { startTestServer, TestServer } from '../support/server';

/** Over plain HTTP, as a client would: health, login, me, productions, a forbidden call. */
describe('the api over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('answers /healthz, /readyz and /metrics', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready' });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/frameledger_process_cpu_seconds_total/);
  });

  it("echoes the caller's request id", async () => {
    const response = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'req-12345678' } });
    expect(response.headers.get('x-request-id')).toBe('req-12345678');
  });

  it('lets the planner sign in, read `me` and list the demo production', async () => {
    const token = await server.login('planner@frameledger.local');
    const me = await server.gql(`{ me { role } }`, {}, token);
    expect(me.data?.me.role).toBe('PLANNER');
    const list = await server.gql(
      `{ productions(first: 10) { totalCount edges { node { code currency vfxBudget { amountMinor currency formatted } } } } }`,
      {},
      token,
    );
    const codes = list.data?.productions.edges.map((e: { node: { code: string } }) => e.node.code);
    expect(codes).toContain('DERRUMBE');
  });

  it('creates a production for the planner and formats its budget', async () => {
    const token = await server.login('planner@frameledger.local');
    const result = await server.gql(
      `mutation($input: CreateProductionInput!) { createProduction(input: $input) { code vfxBudget { amountMinor formatted } } }`,
      {
        input: {
          code: 'TEST-FILM',
          title: 'Test Film',
          currency: 'GBP',
          vfxBudgetMinor: '123456789',
          startDate: '2026-01-05',
          deliveryDate: '2026-11-30',
          country: 'GB',
        },
      },
      token,
    );
    expect(result.data?.createProduction).toEqual({
      code: 'TEST-FILM',
      vfxBudget: { amountMinor: '123456789', formatted: '£1,234,567.89' },
    });
  });

  it('answers bad input with BAD_USER_INPUT naming the field', async () => {
    const token = await server.login('planner@frameledger.local');
    const result = await server.gql(
      `mutation { createProduction(input: { code: "BAD", title: "x", currency: "XXQ", vfxBudgetMinor: "1",
         startDate: "2026-01-01", deliveryDate: "2026-02-01", country: "US" }) { id } }`,
      {},
      token,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    expect(result.errors?.[0].message).toMatch(/ISO 4217/);
  });

  it('caps list pages at 100', async () => {
    const token = await server.login('planner@frameledger.local');
    const big = await server.gql(`{ productions(first: 1000) { totalCount } }`, {}, token);
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
