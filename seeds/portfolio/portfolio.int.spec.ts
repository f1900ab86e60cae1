import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestServer, TestServer } from '../../test/support/server';
import { PORTFOLIO } from '../demo/productions';

describe('the demo portfolio in a seeded database', () => {
  let server: TestServer;
  let executive: string;
  beforeAll(async () => {
    server = await startTestServer();
    executive = await server.login('executive@frameledger.local');
  });
  afterAll(() => server?.stop());

  it('has the three productions with their currencies and reporting currencies', async () => {
    const result = await server.gql(
      `{ productions { edges { node { code currency reportingCurrency vfxBudget { amountMinor } } } } }`,
      {},
      executive,
    );
    const byCode = Object.fromEntries(
      result.data!.productions.edges.map((e: { node: { code: string } }) => [e.node.code, e.node]),
    );
    expect(byCode[PORTFOLIO.series]).toEqual({
      code: 'DERRUMBE',
      currency: 'ARS',
      reportingCurrency: 'USD',
      vfxBudget: { amountMinor: '33000000000' },
    });
    expect(byCode[PORTFOLIO.film]).toMatchObject({ currency: 'GBP', reportingCurrency: 'USD' });
    expect(byCode[PORTFOLIO.animation]).toMatchObject({ currency: 'USD', reportingCurrency: 'USD' });
  });

  it('logs time of every kind and AI cost lines in each of the six quarters', async () => {
    const quarters = await server.dataSource.query(
      `SELECT to_char(work_date, 'YYYY-"Q"Q') AS quarter, count(DISTINCT kind)::int AS kinds FROM time_entry GROUP BY 1 ORDER BY 1`,
    );
    expect(quarters.map((q: { quarter: string }) => q.quarter)).toEqual([
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(quarters.every((q: { kinds: number }) => q.kinds === 5)).toBe(true);
    const runs = await server.dataSource.query(
      `SELECT DISTINCT to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-"Q"Q') AS quarter FROM ai_run WHERE source = 'EXTERNAL' ORDER BY 1`,
    );
    expect(runs).toHaveLength(6);
  });

  it('prices DERRUMBE in ARS with quarterly USD rates, and closes the months before 2026-Q4', async () => {
    const fx = await server.gql(
      `{ fxRates(currency: "ARS", reportingCurrency: "USD") { edges { node { quarter rate } } } }`,
      {},
      executive,
    );
    expect(
      fx.data!.fxRates.edges.map((e: { node: { quarter: string; rate: string } }) => [
        e.node.quarter,
        e.node.rate,
      ]),
    ).toEqual([
      ['2025-Q3', '0.0007692308'],
      ['2025-Q4', '0.0006896552'],
      ['2026-Q1', '0.0006802721'],
      ['2026-Q2', '0.0006578947'],
      ['2026-Q3', '0.0006329114'],
      ['2026-Q4', '0.0006060606'],
    ]);
    const [{ id }] = await server.dataSource.query(`SELECT id FROM production WHERE code = 'DERRUMBE'`);
    const locks = await server.gql(
      `query($p: ID!) { periodLocks(productionId: $p, first: 100) { totalCount edges { node { month } } } }`,
      { p: id },
      executive,
    );
    expect(locks.data!.periodLocks.totalCount).toBe(15); // July 2025 to September 2026
    expect(locks.data!.periodLocks.edges.at(-1).node.month).toBe('2026-09');
  });

  it("bids the collapse's roto from its rate card's day, and shows the working", async () => {
    const [{ id }] = await server.dataSource.query(
      `SELECT t.id FROM task t JOIN shot s ON s.id = t.shot_id WHERE s.code = 'COL010' AND t.task_type_code = 'ROTO'`,
    );
    const result = await server.gql(
      `query($id: ID!) { task(id: $id) { path shot { frameCount } baseline { hours working } } }`,
      { id },
      executive,
    );
    const { shot, baseline, path } = result.data!.task;
    expect(path).toBe('AI_ASSISTED');
    expect(baseline.hours).toBeCloseTo((shot.frameCount / 14) * 8, 10);
    expect(baseline.working).toBe(
      `${shot.frameCount} frames / 14 frames a day x 8 h a day = ${((shot.frameCount / 14) * 8).toFixed(2)} h`,
    );
  });

  it("generates the collapse's FX in a vendor's tool: six Flow Studio runs at 20 credits a second, October's plan fee spread over them", async () => {
    const runs = await server.dataSource.query(
      `SELECT s.code, r.credits::float8 AS credits, round(s.frame_count / s.fps, 3)::float8 * 20 AS expected,
          r.compute_cost_minor::bigint AS cost, r.currency
         FROM ai_run r JOIN task t ON t.id = r.task_id JOIN shot s ON s.id = t.shot_id
        WHERE r.vendor_tool_id IS NOT NULL ORDER BY r.finished_at`,
    );
    expect(runs.map((r: { code: string }) => r.code)).toEqual([
      'COL010',
      'COL020',
      'COL030',
      'COL040',
      'COL050',
      'COL060',
    ]);
    // The vendor bills seconds of footage to the millisecond: frames / fps, to 3 decimals.
    for (const run of runs) expect(run.credits).toBeCloseTo(run.expected, 6);
    // Under the 3,000-credit allowance, the month's bill is the fee alone: USD 99.00 x 1,650 = ARS 163,350.00.
    expect(runs.reduce((sum: bigint, r: { cost: string }) => sum + BigInt(r.cost), 0n)).toBe(16_335_000n);
    expect(new Set(runs.map((r: { currency: string }) => r.currency))).toEqual(new Set(['ARS']));
  });

  it('reads the sample usage export (seeds/ai-usage) in a dry run: three November collapse runs, no problem, nothing written', async () => {
    const planner = await server.login('planner@frameledger.local');
    const content = readFileSync(join(__dirname, '../ai-usage/derrumbe-flow-2026-11.csv'), 'utf8');
    const result = await server.gql(
      `mutation($c: String!) { importAiUsage(format: CSV, content: $c, dryRun: true) { committed count errors { line message } } }`,
      { c: content },
      planner,
    );
    expect(result.data!.importAiUsage).toEqual({ committed: false, count: 3, errors: [] });
    const [{ n }] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM ai_run WHERE vendor_tool_id IS NOT NULL`,
    );
    expect(n).toBe(6);
  });
});
