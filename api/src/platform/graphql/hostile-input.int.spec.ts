import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestServer, TestServer } from '../../../../test/support/server';

/**
 * The hostile examples, each answered with a coded error naming the field, and each
 * refused call writing nothing (row counts and audit events compared before and after).
 */
describe('hostile input: one error contract, bounded cost', () => {
  let server: TestServer;
  let admin: string;
  let productionId: string;
  let taskId: string;

  const counts = async () =>
    (
      await server.dataSource.query(
        `SELECT (SELECT count(*) FROM production)::int AS productions, (SELECT count(*) FROM time_entry)::int AS entries,
                (SELECT count(*) FROM bid_template)::int AS bids, (SELECT count(*) FROM audit_event)::int AS audit`,
      )
    )[0];

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.login('admin@frameledger.local');
    [{ id: productionId }] = await server.dataSource.query(
      `SELECT id FROM production WHERE code = 'DERRUMBE'`,
    );
    [{ id: taskId }] = await server.dataSource.query(
      `SELECT t.id FROM task t JOIN shot s ON s.id = t.shot_id WHERE s.production_id = $1 LIMIT 1`,
      [productionId],
    );
  });
  afterAll(() => server?.stop());

  const production = (over: Record<string, unknown>) => ({
    code: 'HOSTILE',
    title: 'Hostile',
    currency: 'USD',
    vfxBudgetMinor: '100000',
    startDate: '2026-01-01',
    deliveryDate: '2026-12-31',
    country: 'US',
    ...over,
  });
  const entry = (over: Record<string, unknown>) => ({
    taskId,
    kind: 'ARTIST',
    person: 'ana@example.com',
    roleCode: 'ROTO_ARTIST',
    minutes: 60,
    workDate: '2026-03-02',
    ...over,
  });
  const CREATE = `mutation($i: CreateProductionInput!) { createProduction(input: $i) { id } }`;
  const LOG = `mutation($i: TimeEntryInput!) { logTimeEntry(input: $i) { id } }`;
  const BID = `mutation($i: BidTemplateInput!) { setBidTemplate(input: $i) { id } }`;

  it.each([
    ['an id that is not a UUID', `{ production(id: "null") { id } }`, {}, 'id'],
    ['a NUL byte in text', CREATE, { i: production({ title: 'a\u0000b' }) }, 'input.title'],
    ['a lone surrogate', LOG, () => ({ i: entry({ person: 'x\ud800y' }) }), 'input.person'],
    [
      'money of 19 digits',
      CREATE,
      { i: production({ vfxBudgetMinor: '9223372036854775808' }) },
      'i.vfxBudgetMinor',
    ],
    ['currency usd', CREATE, { i: production({ currency: 'usd' }) }, 'currency'],
    ['currency XXX (no minor unit)', CREATE, { i: production({ currency: 'XXX' }) }, 'currency'],
    [
      'bid hours 1e308',
      BID,
      {
        i: {
          taskTypeCode: 'ROTO',
          unit: 'SHOT',
          complexity: 1,
          optimistic: 1,
          mostLikely: 2,
          pessimistic: 1e308,
        },
      },
      'input.pessimistic',
    ],
    [
      'a cursor o:1e20',
      `query($a: String) { productions(after: $a) { totalCount } }`,
      { a: Buffer.from('o:1e20').toString('base64url') },
      'after',
    ],
    ['a work date in year 9999', LOG, () => ({ i: entry({ workDate: '9999-12-31' }) }), 'input.workDate'],
    [
      '30 February',
      `query($p: ID!) { costReport(productionId: $p, asOf: "2026-02-30") { asOf } }`,
      {},
      'asOf',
    ],
    [
      'quarter 9999-Q4',
      `{ quarterlySummary(quarter: "9999-Q4", currency: "USD") { quarter } }`,
      {},
      'quarter',
    ],
  ])(
    'refuses %s with BAD_USER_INPUT naming the field, writing nothing',
    async (_, query, variables, field) => {
      const before = await counts();
      const given = typeof variables === 'function' ? variables() : variables;
      const result = await server.gql(query, { p: productionId, ...given }, admin);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0].message.length).toBeGreaterThan(20);
      expect(await counts()).toEqual(before);
    },
  );

  it('refuses jobProgress(jobId: "null") over graphql-ws with BAD_USER_INPUT, not a database message', async () => {
    const client = createClient({
      url: server.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${admin}` },
    });
    const answer = await new Promise<unknown>((resolve) => {
      const seen: unknown[] = [];
      client.subscribe(
        { query: `subscription { jobProgress(jobId: "null") { status } }` },
        {
          next: (value) => seen.push(value),
          error: (error) => resolve(error),
          complete: () => resolve(seen[0]),
        },
      );
    });
    await client.dispose();
    const text = JSON.stringify(answer);
    expect(text).toMatch(/"code":"BAD_USER_INPUT"/);
    expect(text).toMatch(/"field":"jobId"/);
    expect(text).not.toMatch(/invalid input syntax|uuid:/);
  });

  it('refuses 200 aliases of tasks(first: 100) before running any (graphql-armor, 30 at most)', async () => {
    const aliases = Array.from(
      { length: 200 },
      (_, i) => `t${i}: tasks(productionId: $p, first: 100) { edges { node { id } } }`,
    );
    const result = await server.gql(`query($p: ID!) { ${aliases.join(' ')} }`, { p: productionId }, admin);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toBe(
      'Aliases limit of 30 exceeded, found 200. Split it into smaller queries.',
    );
  });

  it('prices a query by list sizes and refuses one over GRAPHQL_MAX_COST with its cost and the limit', async () => {
    // productions(first: 100) { edges { node { id } } } costs 1 + 100 x (edges 1 + node 1 + id 1) = 301.
    const limited = await startTestServer({ GRAPHQL_MAX_COST: '5000', FRAMELEDGER_SEED_DEMO: 'false' });
    try {
      const aliases = Array.from(
        { length: 25 },
        (_, i) => `t${i}: productions(first: 100) { edges { node { id } } }`,
      );
      const result = await limited.gql(`{ ${aliases.join(' ')} }`);
      // 25 x 301 = 7,525 > 5,000: refused before anything runs, sign-in included.
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'LIMIT_EXCEEDED',
        cost: 7525,
        limit: 5000,
      });
      expect(result.errors?.[0].message).toBe(
        'This query costs 7,525; the limit is 5,000. Ask for fewer items (first), fewer aliases or fewer draws, or split it into several queries.',
      );
      // 16 x 301 = 4,816 <= 5,000: it runs, and meets the sign-in check.
      const fits = await limited.gql(`{ ${aliases.slice(0, 16).join(' ')} }`);
      expect(fits.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await limited.stop();
    }
  });

  it('weighs riskProfile by its draws and planFrontier as expensive', async () => {
    const risk = (n: number, draws: string) =>
      Array.from({ length: n }, (_, i) => `r${i}: riskProfile(productionId: $p${draws}) { draws }`).join(' ');
    // riskProfile(draws: 100000) { draws } costs 1 + 100,000 / 2 + 1 = 50,002; two are 100,004 > 60,000.
    const two = await server.gql(
      `query($p: ID!) { ${risk(2, ', draws: 100000')} }`,
      { p: productionId },
      admin,
    );
    expect(two.errors?.[0].extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      cost: 100_004,
      limit: 60_000,
    });
    // At the default 10,000 draws each costs 5,002: twelve of them are 60,024.
    const many = await server.gql(`query($p: ID!) { ${risk(12, '')} }`, { p: productionId }, admin);
    expect(many.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', cost: 60_024 });
    // planFrontier { exact } costs 1 + 10,000 + 1 = 10,002; six are 60,012.
    const frontiers = Array.from({ length: 6 }, (_, i) => `f${i}: planFrontier(productionId: $p) { exact }`);
    const plans = await server.gql(`query($p: ID!) { ${frontiers.join(' ')} }`, { p: productionId }, admin);
    expect(plans.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', cost: 60_012 });
  });

  it('refuses a query nested deeper than GRAPHQL_MAX_DEPTH (10)', async () => {
    const deep = `{ productions { edges { node { episodes { edges { node { shots { edges { node { tasks { edges { node { id } } } } } } } } } } } } }`;
    const result = await server.gql(deep, {}, admin);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/^Query depth limit of 10 exceeded, found \d+\. Split it/);
  });

  it('refuses a 2 MB body for an ordinary operation and names the limit, before any sign-in check', async () => {
    const result = await server.gql(`mutation($e: String!) { login(email: $e, password: "x") { token } }`, {
      e: 'x'.repeat(2 * 1024 ** 2),
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 1024 ** 2 });
  });
});
