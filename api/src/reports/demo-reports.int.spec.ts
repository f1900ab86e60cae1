import { clearOfMidnightUtc } from '../../../test/support/clock';
import { startTestServer, TestServer } from '../../../test/support/server';

/** The reports on the demo portfolio that `npm start` seeds (seeds/portfolio/README.md). */
describe('reports on the demo portfolio', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it("shows the series' all-human plan over budget and its AI-assisted plan within it", async () => {
    const planner = await server.login('planner@frameledger.local');
    const scenarios = await server.dataSource.query(
      `SELECT s.id, s.name, s.production_id AS "productionId" FROM scenario s JOIN production p ON p.id = s.production_id
       WHERE p.code = 'DERRUMBE' ORDER BY s.name`,
    );
    const verdicts: Record<string, unknown> = {};
    for (const s of scenarios) {
      const result = await server.gql(
        `query($p: ID!, $s: ID) { feasibility(productionId: $p, scenarioId: $s, asOf: "2026-11-20") { verdict summary binding { kind name } totalCost { formatted } headroom { amountMinor } } }`,
        { p: s.productionId, s: s.id },
        planner,
      );
      expect(result.errors).toBeUndefined();
      verdicts[s.name] = result.data!.feasibility;
    }
    expect(verdicts['All human']).toMatchObject({ verdict: expect.stringMatching(/^OVER_BUDGET/) });
    expect(verdicts['AI-assisted collapse']).toMatchObject({
      verdict: expect.not.stringMatching(/OVER_BUDGET/),
    });
    expect(
      BigInt(
        (verdicts['AI-assisted collapse'] as { headroom: { amountMinor: string } }).headroom.amountMinor,
      ),
    ).toBeGreaterThan(0n);
  });

  it('gives every demo production a verdict with no scenario, its EFC the cost report’s to the minor unit', async () => {
    const planner = await server.login('planner@frameledger.local');
    const productions = await server.dataSource.query(`SELECT id, code FROM production ORDER BY code`);
    for (const { id, code } of productions) {
      const result = await server.gql(
        `query($p: ID!) {
           feasibility(productionId: $p, asOf: "2026-11-20") { verdict estimateAtCompletion { amountMinor } variance { amountMinor } }
           costReport(productionId: $p, asOf: "2026-11-20") { totals { estimateAtCompletion { amountMinor } variance { amountMinor } } } }`,
        { p: id },
        planner,
      );
      expect({ code, errors: result.errors }).toEqual({ code, errors: undefined });
      const { feasibility, costReport } = result.data!;
      expect({ code, efc: feasibility.estimateAtCompletion, variance: feasibility.variance }).toEqual({
        code,
        efc: costReport.totals.estimateAtCompletion,
        variance: costReport.totals.variance,
      });
    }
  });

  it("names roles in the cost report's working as people read them (Roto artist, not ROTO_ARTIST)", async () => {
    const planner = await server.login('planner@frameledger.local');
    const [{ id }] = await server.dataSource.query(`SELECT id FROM production WHERE code = 'HOLLOWAY'`);
    const roles: Array<{ code: string; name: string }> = await server.dataSource.query(
      `SELECT code, name FROM labour_role WHERE name <> code`,
    );
    const result = await server.gql(
      `query($p: ID!) { costReport(productionId: $p, asOf: "2026-11-20") { lines { working {
         lines(first: 100) { edges { node { label } } } } } } }`,
      { p: id },
      planner,
    );
    expect(result.errors).toBeUndefined();
    const labels: string[] = result.data!.costReport.lines.flatMap(
      (line: { working: { lines: { edges: Array<{ node: { label: string } }> } } }) =>
        line.working.lines.edges.map((e) => e.node.label),
    );
    const code = new RegExp(`(?<![A-Za-z0-9_])(${roles.map((r) => r.code).join('|')})(?![A-Za-z0-9_])`);
    expect(labels.filter((l) => code.test(l))).toEqual([]);
    // Time lines do name a role, by its name.
    expect(labels.some((l) => roles.some((r) => l.includes(r.name)))).toBe(true);
  });

  it("thins DERRUMBE's frontier (the demo's largest, thousands of plans) to at most 300 points that keep its ends, budget crossing and current plan", async () => {
    const planner = await server.login('planner@frameledger.local');
    const [{ p, s }] = await server.dataSource.query(
      `SELECT p.id AS p, s.id AS s FROM scenario s JOIN production p ON p.id = s.production_id WHERE p.code = 'DERRUMBE' AND s.name = 'All human'`,
    );
    const result = await server.gql(
      `query($p: ID!, $s: ID) { planFrontier(productionId: $p, scenarioId: $s) { totalPoints points { index }
         currentPlan { index } leastDisplacementWithinBudget { point { index } } cheapestWithinDisplacementCap { point { index } } } }`,
      { p, s },
      planner,
    );
    expect(result.errors).toBeUndefined();
    const frontier = result.data!.planFrontier;
    const shown = frontier.points.map((point: { index: number }) => point.index);
    expect(frontier.totalPoints).toBeGreaterThan(1_000);
    expect(shown.length).toBeLessThanOrEqual(300);
    expect(shown).toEqual(
      expect.arrayContaining([
        0,
        frontier.totalPoints - 1,
        frontier.currentPlan.index,
        frontier.leastDisplacementWithinBudget.point.index,
        frontier.cheapestWithinDisplacementCap.point.index,
      ]),
    );
  });

  it('reads a task as it stood on the day: set DONE today, it was still to do yesterday', async () => {
    const planner = await server.login('planner@frameledger.local');
    const [{ id, p }] = await server.dataSource.query(
      `SELECT t.id, t.production_id AS p FROM task t JOIN production p ON p.id = t.production_id
       WHERE p.code = 'DERRUMBE' AND t.status = 'PLANNED' AND t.bid_template_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM time_entry e WHERE e.task_id = t.id)
         AND NOT EXISTS (SELECT 1 FROM ai_run r WHERE r.task_id = t.id)
       ORDER BY t.id LIMIT 1`,
    );
    await clearOfMidnightUtc();
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const etc = async (asOf: string) => {
      const result = await server.gql(
        `query($p: ID!, $a: String!) { costReport(productionId: $p, asOf: $a) { totals { estimateToComplete { amountMinor } } } }`,
        { p, a: asOf },
        planner,
      );
      expect(result.errors).toBeUndefined();
      return BigInt(result.data!.costReport.totals.estimateToComplete.amountMinor);
    };
    const before = { today: await etc(today), yesterday: await etc(yesterday) };
    const done = await server.gql(
      `mutation($id: ID!) { updateTask(id: $id, input: { status: DONE }) { status } }`,
      { id },
      planner,
    );
    expect(done.errors).toBeUndefined();
    // Today it is DONE, so less is left to complete; yesterday's report is as it was.
    expect(await etc(today)).toBeLessThan(before.today);
    expect(await etc(yesterday)).toBe(before.yesterday);
  });

  it('answers the quarterly summary for every quarter of the demo, in USD', async () => {
    const executive = await server.login('executive@frameledger.local');
    for (const quarter of ['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']) {
      const result = await server.gql(
        `query($q: String!) { quarterlySummary(quarter: $q, currency: "USD") { totalSpend { amountMinor } savings { value { amountMinor } } tasksWorked labourTotals { displacedHours } } }`,
        { q: quarter },
        executive,
      );
      expect({ quarter, errors: result.errors }).toEqual({ quarter, errors: undefined });
      expect(BigInt(result.data!.quarterlySummary.totalSpend.amountMinor)).toBeGreaterThan(0n);
      expect(result.data!.quarterlySummary.tasksWorked).toBeGreaterThan(0);
    }
  });
});
