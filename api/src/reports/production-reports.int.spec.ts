import { clearOfMidnightUtc } from '../../../test/support/clock';
import { startTestServer, TestServer } from '../../../test/support/server';
import {
  card,
  entry,
  insertReportFixture,
  production,
  ReportFixture,
  shot,
  task,
} from './testing/report-fixture';

const edges = <T>(connection: { edges: Array<{ node: T }> }) => connection.edges.map((e) => e.node);
const FIGURES =
  'budget { amountMinor } bid { amountMinor } actualToDate { amountMinor } estimateToComplete { amountMinor } estimateAtCompletion { amountMinor } variance { amountMinor } bidVariance { amountMinor }';

const COST = `query($p: ID!, $asOf: String!) { costReport(productionId: $p, asOf: $asOf) {
  currency asOf vfxBudget { amountMinor }
  lines { taskType tasks ${FIGURES} }
  totals { ${FIGURES} working { note lines(first: 3) { totalCount edges { node { label amount { amountMinor } refs { nodes { kind } } } } } } } } }`;

const BIDS = `query($p: ID!, $g: BidGrouping!) { bidVsActual(productionId: $p, groupBy: $g) {
  rows { key tasks bidHours actualHours hoursVariance bidCost { amountMinor } actualCost { amountMinor } costVariance { amountMinor } }
  totals { bidCost { amountMinor } actualCost { amountMinor } } } }`;

const FEASIBILITY = `query($p: ID!, $s: ID, $asOf: String) { feasibility(productionId: $p, scenarioId: $s, asOf: $asOf) {
  basis { scenario planDate tasks } verdict summary binding { kind name utilisation weeks }
  actualToDate { amountMinor } estimateToComplete { amountMinor } estimateAtCompletion { amountMinor }
  contingency { amountMinor } totalCost { amountMinor } headroom { amountMinor } variance { amountMinor }
  assumptions { kind name hours sentence } scheduleWeeks weeksToDelivery
  working { lines { edges { node { label amount { amountMinor } } } } } } }`;

const RISK = `query($p: ID!, $s: ID, $seed: Int!) { riskProfile(productionId: $p, scenarioId: $s, draws: 2000, seed: $seed) {
  draws seed mean { amountMinor } p10 { amountMinor } p50 { amountMinor } p80 { amountMinor } p90 { amountMinor }
  probabilityWithinBudget histogram { from { amountMinor } to { amountMinor } count } } }`;

const FRONTIER = `query($p: ID!, $s: ID, $cap: Float) { planFrontier(productionId: $p, scenarioId: $s, displacementCapHours: $cap) {
  exact budgetBeforeContingency { amountMinor } displacementCapHours
  points { index cost { amountMinor } displacedHours paths { path tasks } }
  leastDisplacementWithinBudget { status message point { cost { amountMinor } displacedHours choices { edges { node { task path } } } } }
  cheapestWithinDisplacementCap { status point { cost { amountMinor } displacedHours } } } }`;

/** Assumptions as api/src/planning/scenarios/scenario-assumptions.ts stores them. */
const assumptions = (overrides: Record<string, unknown>) => ({
  pathByTaskType: [],
  aiReviewHoursPerTask: null,
  reworkRatePercent: 0,
  gpuDeviceClass: 'L4',
  gpuPricePerHour: null,
  gpuSecondsPerFrame: 0,
  headcounts: [{ roleCode: 'RPT_ROTO', people: 2 }],
  gpuCount: 1,
  contingencyPercent: 10,
  hoursPerWeek: 40,
  ...overrides,
});

// The AI scenario: roto AI-assisted with 25% rework and 2 h review, 36 GPU seconds a frame at 10.00 an hour.
const AI = assumptions({
  pathByTaskType: [{ taskTypeCode: 'RPT_ROTO', path: 'AI_ASSISTED' }],
  aiReviewHoursPerTask: 2,
  reworkRatePercent: 25,
  gpuPricePerHour: { amountMinor: '1000', currency: 'USD' },
  gpuSecondsPerFrame: 36,
});

describe('production reports', () => {
  let server: TestServer;
  let f: ReportFixture;
  let planner: string;
  const ask = async (query: string, variables: Record<string, unknown>) => {
    const result = await server.gql(query, variables, planner);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as Record<string, any>;
  };

  beforeAll(async () => {
    server = await startTestServer();
    f = await insertReportFixture(server.dataSource);
    planner = await server.login('planner@frameledger.local');
  });
  afterAll(() => server.stop());

  describe('cost report of RPT-A', () => {
    it('gives budget, bid, actual, estimate to complete, EFC and both variances per task type (worked in docs/reports.md)', async () => {
      const report = await ask(COST, { p: f.productions.a, asOf: '2031-06-30' });
      const money = (l: Record<string, any>) =>
        [
          'budget',
          'bid',
          'actualToDate',
          'estimateToComplete',
          'estimateAtCompletion',
          'variance',
          'bidVariance',
        ].map((k) => l[k].amountMinor);
      // The VFX budget of 10,000.00 spread by bid (600 : 4,000 : 2,000): 909.09, 6,060.61 (the
      // leftover cent: the largest remainder), 3,030.30.
      expect(report.lines.map((l: any) => [l.taskType, l.tasks, ...money(l)])).toEqual([
        // Comp, HUMAN, in progress: bid 10 h x 60.00; 8 h logged (480.00); planned at the PERT
        // mean (8 + 4 x 10 + 14) / 6 = 10 1/3 h x 60.00 = 620.00, so 140.00 is left to complete.
        ['RPT_COMP', 1, '90909', '60000', '48000', '14000', '62000', '28909', '-2000'],
        // Paint, AI_FINAL, done: bid 80 h x 50.00; 1 h x 40.00 + 5 h x 80.00 + 12.00 compute.
        ['RPT_PAINT', 1, '606061', '400000', '45200', '0', '45200', '560861', '354800'],
        // Roto, AI_ASSISTED, done: bid 40 h x 50.00; 10 h x 50.00 + 4 h x 80.00 + 5.00 compute.
        ['RPT_ROTO', 1, '303030', '200000', '82500', '0', '82500', '220530', '117500'],
      ]);
      expect(money(report.totals)).toEqual([
        '1000000',
        '660000',
        '175700',
        '14000',
        '189700',
        '810300',
        '470300',
      ]);
      expect(report.totals.working.note).toMatch(/EFC = actual to date \+ estimate to complete/);
      expect(edges<any>(report.totals.working.lines)[0]).toMatchObject({
        label: 'S1 RPT_COMP: budget (baseline cost)',
        amount: { amountMinor: '60000' },
      });
    });

    it('agrees with feasibility to the minor unit on the same day: EFC 1,897.00, variance 10,000.00 - 1,897.00 = 8,103.00', async () => {
      const [report, plan] = await Promise.all([
        ask(COST, { p: f.productions.a, asOf: '2031-06-30' }),
        ask(FEASIBILITY, { p: f.productions.a, asOf: '2031-06-30' }),
      ]);
      for (const k of ['actualToDate', 'estimateToComplete', 'estimateAtCompletion', 'variance'])
        expect({ k, feasibility: plan[k].amountMinor }).toEqual({
          k,
          feasibility: report.totals[k].amountMinor,
        });
      // Contingency is 10% of what is left (140.00), not of what is spent: 1,897.00 + 14.00 = 1,911.00.
      expect([plan.contingency, plan.totalCost, plan.headroom].map((m) => m.amountMinor)).toEqual([
        '1400',
        '191100',
        '808900',
      ]);
      expect(plan.verdict).toBe('FITS');
      expect(plan.assumptions.map((a: { name: string }) => a.name)).toEqual(['RPT_COMP']);
    });

    it('as of a day before the production started: the original bid, nothing spent, nothing done', async () => {
      const [report, plan] = await Promise.all([
        ask(COST, { p: f.productions.a, asOf: '2030-12-31' }),
        ask(FEASIBILITY, { p: f.productions.a, asOf: '2030-12-31' }),
      ]);
      expect(report.totals.bid.amountMinor).toBe('660000');
      expect(report.totals.actualToDate.amountMinor).toBe('0');
      expect(report.totals.estimateAtCompletion).toEqual(report.totals.estimateToComplete);
      // Roto and paint are DONE today but were not then: each has its plan still to spend.
      for (const line of report.lines)
        expect(BigInt(line.estimateToComplete.amountMinor)).toBeGreaterThan(0n);
      expect(report.lines.find((l: any) => l.taskType === 'RPT_COMP').estimateToComplete.amountMinor).toBe(
        '62000',
      );
      expect(plan.estimateAtCompletion).toEqual(report.totals.estimateAtCompletion);
    });

    it('counts only work up to the as-of date: on 30 April the roto had 820.00 logged and its AI run was still to come', async () => {
      const report = await ask(COST, { p: f.productions.a, asOf: '2031-04-30' });
      const roto = report.lines.find((l: any) => l.taskType === 'RPT_ROTO');
      expect([roto.actualToDate.amountMinor, roto.estimateAtCompletion.amountMinor]).toEqual([
        '82000',
        '82000',
      ]);
    });

    it('compares bids with actuals by task type and by shot', async () => {
      const byType = await ask(BIDS, { p: f.productions.a, g: 'TASK_TYPE' });
      expect(byType.rows.find((r: any) => r.key === 'RPT_ROTO')).toEqual({
        key: 'RPT_ROTO',
        tasks: 1,
        bidHours: 40,
        actualHours: 14,
        hoursVariance: 26,
        bidCost: { amountMinor: '200000' },
        actualCost: { amountMinor: '82500' },
        costVariance: { amountMinor: '117500' },
      });
      const byShot = await ask(BIDS, { p: f.productions.a, g: 'SHOT' });
      expect(
        byShot.rows.map((r: any) => [
          r.key,
          r.bidHours,
          r.actualHours,
          r.bidCost.amountMinor,
          r.actualCost.amountMinor,
        ]),
      ).toEqual([
        ['S1', 50, 22, '260000', '130500'],
        ['S2', 80, 6, '400000', '45200'],
      ]);
    });
  });

  it('shows each AI run line of bid vs actual with its rate: T1 2 h for 5.00 is 2.50 a GPU hour, T4 3 h for 12.00 is 4.00 (not the L4 card rate, which does not give those amounts)', async () => {
    const result = await server.gql(
      `query($p: ID!) { bidVsActual(productionId: $p, groupBy: TASK) { totals { working { lines(first: 20) { edges { node { label quantity rate { amountMinor currency } amount { amountMinor } } } } } } } }`,
      { p: f.productions.a },
      await server.login('planner@frameledger.local'),
    );
    expect(result.errors).toBeUndefined();
    const runs = edges<any>(result.data!.bidVsActual.totals.working.lines).filter((l) =>
      l.label.includes(': AI run '),
    );
    expect(runs.map((l) => [l.quantity, l.rate, l.amount.amountMinor])).toEqual([
      [2, { amountMinor: '250', currency: 'USD' }, '500'],
      [3, { amountMinor: '400', currency: 'USD' }, '1200'],
    ]);
  });

  describe('plans', () => {
    // Two roto shots of 100 frames, bid 30 / 40 / 60 h each (PERT mean 41 2/3 h at 50.00 = 2,083.33).
    let roomy: string;
    let tight: string;
    const scenario = async (productionId: string, name: string, body: Record<string, unknown>) =>
      (
        await server.dataSource.query(
          `INSERT INTO scenario (production_id, name, assumptions) VALUES ($1, $2, $3) RETURNING id`,
          [productionId, name, JSON.stringify(body)],
        )
      )[0].id as string;

    beforeAll(async () => {
      const db = server.dataSource;
      const [{ id: template }] = await db.query(
        `SELECT id FROM bid_template WHERE task_type_code = 'RPT_ROTO'`,
      );
      // 2031-01-01 to 2031-03-01: 59 days, 8 3/7 weeks. Budgets 10,000.00 and 4,000.00.
      roomy = await production(db, 'RPT-ROOMY', 'USD', 1_000_000, 'USD', '2031-03-01');
      tight = await production(db, 'RPT-TIGHT', 'USD', 400_000, 'USD', '2031-03-01');
      for (const p of [roomy, tight]) {
        await card(db, p, 'USD', { [f.roles.roto]: 4000 });
        for (const code of ['R1', 'R2'])
          await task(db, p, await shot(db, p, code, 100), 'RPT_ROTO', template, 'HUMAN', 'PLANNED');
      }
    });

    it('fits: 2 x 2,083.33 + 10% = 4,583.33 within 10,000.00, and 83.3 h for 2 roto artists is 1.04 of 8.43 weeks; the budget binds', async () => {
      const s = await scenario(roomy, 'Two roto artists', assumptions({}));
      const result = await ask(FEASIBILITY, { p: roomy, s, asOf: '2031-01-01' });
      expect(result).toMatchObject({
        verdict: 'FITS',
        basis: { scenario: 'Two roto artists', planDate: '2031-01-01', tasks: 2 },
      });
      expect(
        [result.estimateAtCompletion, result.contingency, result.totalCost, result.headroom].map(
          (m) => m.amountMinor,
        ),
      ).toEqual(['416666', '41667', '458333', '541667']);
      expect(result.binding).toMatchObject({ kind: 'BUDGET', name: 'budget' });
      expect(result.weeksToDelivery).toBeCloseTo(59 / 7, 12);
      expect(result.scheduleWeeks).toBeCloseTo(250 / 3 / 80, 12);
      expect(edges<any>(result.working.lines)[0]).toEqual({
        label: 'R1 RPT_ROTO: HUMAN, to complete',
        amount: { amountMinor: '208333' },
      });
    });

    it('is over budget when 4,583.33 meets 4,000.00', async () => {
      const s = await scenario(tight, 'Two roto artists', assumptions({}));
      const result = await ask(FEASIBILITY, { p: tight, s, asOf: '2031-01-01' });
      expect(result).toMatchObject({
        verdict: 'OVER_BUDGET',
        binding: { kind: 'BUDGET' },
        headroom: { amountMinor: '-58333' },
      });
      expect(result.summary).toBe('The plan is over budget by $583.33 but fits the schedule.');
    });

    it('is late when one artist at 5 h a week needs 16.7 weeks; the roto role binds', async () => {
      const s = await scenario(
        roomy,
        'One part-time artist',
        assumptions({ headcounts: [{ roleCode: 'RPT_ROTO', people: 1 }], hoursPerWeek: 5 }),
      );
      const result = await ask(FEASIBILITY, { p: roomy, s, asOf: '2031-01-01' });
      expect(result).toMatchObject({ verdict: 'LATE', binding: { kind: 'ROLE', name: 'RPT_ROTO' } });
      expect(result.binding.weeks).toBeCloseTo(250 / 3 / 5, 12);
    });

    it('prices the AI path: 25% rework + 2 h review, PERT (9.5 + 4 x 12 + 17) / 6 h x 50.00 = 620.83, + 1 GPU hour at 10.00', async () => {
      const s = await scenario(roomy, 'AI roto', AI);
      const result = await ask(FEASIBILITY, { p: roomy, s, asOf: '2031-01-01' });
      expect(result.estimateAtCompletion.amountMinor).toBe(String(2 * (62083 + 1000)));
      expect(result.verdict).toBe('FITS');
    });

    it('gives a production with no scenario a verdict, stating work no headcount covers; refuses a scenario of another production', async () => {
      const none = await ask(FEASIBILITY, { p: roomy, asOf: '2031-01-01' });
      expect(none).toMatchObject({ verdict: 'FITS', basis: { scenario: 'Tasks as planned' } });
      expect(none.assumptions).toEqual([
        {
          kind: 'UNSTAFFED_ROLE',
          name: 'RPT_ROTO',
          hours: 250 / 3,
          sentence:
            '83.3 h of RPT_ROTO work is left out of the schedule: the plan has no RPT_ROTO headcount. Add people or move the work.',
        },
      ]);
      const other = await scenario(tight, 'Elsewhere', assumptions({}));
      const wrong = await server.gql(FEASIBILITY, { p: roomy, s: other }, planner);
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scenarioId' });
    });

    it('gives the same risk answer for the same seed, and ranks its percentiles', async () => {
      const s = await scenario(tight, 'Risk', assumptions({}));
      const [first, again, other] = await Promise.all(
        [42, 42, 7].map((seed) => ask(RISK, { p: tight, s, seed })),
      );
      expect(again).toEqual(first);
      expect(other.p50).not.toEqual(first.p50);
      const cents = ['p10', 'p50', 'p80', 'p90'].map((k) => Number(first[k].amountMinor));
      expect([...cents].sort((a, b) => a - b)).toEqual(cents);
      // Two tasks of 30 to 60 h at 50.00 cost 3,000.00 to 6,000.00; 4,000.00 is neither out of reach nor certain.
      expect(cents[0]).toBeGreaterThanOrEqual(300_000);
      expect(cents[3]).toBeLessThanOrEqual(600_000);
      expect(first.probabilityWithinBudget).toBeGreaterThan(0);
      expect(first.probabilityWithinBudget).toBeLessThan(1);
      expect(first.histogram.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(2000);
    });

    describe('frontier', () => {
      // Per task: HUMAN 2,083.33 displacing 0 h; AI_ASSISTED 630.83 displacing 40 - 10 = 30 h; AI_FINAL (review only) 110.00 displacing 40 h.
      let frontier: Record<string, any>;
      beforeAll(async () => {
        frontier = await ask(FRONTIER, { p: tight, s: await scenario(tight, 'AI roto', AI), cap: 45 });
      });

      it('lists every undominated plan, cheapest first', () => {
        expect(frontier.exact).toBe(true);
        expect(frontier.points.map((p: any) => [p.cost.amountMinor, p.displacedHours])).toEqual([
          ['22000', 80],
          ['74083', 70],
          ['126166', 60],
          ['219333', 40],
          ['271416', 30],
          ['416666', 0],
        ]);
        for (const a of frontier.points) {
          for (const b of frontier.points) {
            const dominates =
              Number(b.cost.amountMinor) <= Number(a.cost.amountMinor) &&
              b.displacedHours <= a.displacedHours &&
              b !== a;
            expect({ a: a.index, b: b.index, dominates }).toEqual({
              a: a.index,
              b: b.index,
              dominates: false,
            });
          }
        }
        expect(frontier.points[3].paths).toEqual(
          expect.arrayContaining([
            { path: 'AI_FINAL', tasks: 1 },
            { path: 'HUMAN', tasks: 1 },
          ]),
        );
      });

      it('finds the least displacing plan within 4,000.00 / 1.1 = 3,636.36: one shot by hand, one AI-assisted', () => {
        expect(frontier.budgetBeforeContingency.amountMinor).toBe('363636');
        const plan = frontier.leastDisplacementWithinBudget;
        expect(plan).toMatchObject({
          status: 'OK',
          point: { cost: { amountMinor: '271416' }, displacedHours: 30 },
        });
        expect(Number(plan.point.cost.amountMinor)).toBeLessThanOrEqual(363_636);
        expect(
          edges<any>(plan.point.choices)
            .map((c) => c.path)
            .sort(),
        ).toEqual(['AI_ASSISTED', 'HUMAN']);
      });

      it('finds the cheapest plan displacing at most 45 h: 219,333 at 40 h', () => {
        expect(frontier.cheapestWithinDisplacementCap).toEqual({
          status: 'OK',
          point: { cost: { amountMinor: '219333' }, displacedHours: 40 },
        });
      });
    });
  });

  it('prices a bid as it stood on the day: an override set today leaves yesterday’s bid as it was', async () => {
    const bidOfComp = async (asOf: string) =>
      (await ask(COST, { p: f.productions.a, asOf })).lines.find((l: any) => l.taskType === 'RPT_COMP').bid
        .amountMinor;
    await clearOfMidnightUtc();
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect([await bidOfComp(yesterday), await bidOfComp(today)]).toEqual(['60000', '60000']);
    const changed = await server.gql(
      `mutation($id: ID!) { updateTask(id: $id, input: { baselineHoursOverride: 12 }) { id } }`,
      { id: f.tasks.t2 },
      planner,
    );
    expect(changed.errors).toBeUndefined();
    // 12 h x 60.00 from today; 10 h x 60.00 as it was yesterday.
    expect([await bidOfComp(yesterday), await bidOfComp(today)]).toEqual(['60000', '72000']);
  });

  describe('as of a day, only what was recorded by its end', () => {
    // RPT-LATE (USD, from 2031-01-01), roto at 40.00 + 25% = 50.00 an hour. Its "today" is
    // 2031-06-02 and "yesterday" 2031-06-01. R1 (HUMAN, in progress since the start) bids 40 h,
    // 2,000.00, and is planned at the PERT mean (30 + 4 x 40 + 60) / 6 = 41 2/3 h = 2,083.33.
    // 10 h of R1 were worked on 20 May and logged that evening; 4 h worked on 26 May were logged
    // only today. R2, another roto shot, was added to the breakdown today.
    let late: string;
    const cost = (asOf: string) => ask(COST, { p: late, asOf });
    const figures = (l: Record<string, any>) =>
      [l.tasks, l.bid, l.actualToDate, l.estimateToComplete, l.estimateAtCompletion].map((m) =>
        typeof m === 'number' ? m : m.amountMinor,
      );

    beforeAll(async () => {
      const db = server.dataSource;
      const [{ id: template }] = await db.query(
        `SELECT id FROM bid_template WHERE task_type_code = 'RPT_ROTO'`,
      );
      late = await production(db, 'RPT-LATE', 'USD', 1_000_000, 'USD');
      await card(db, late, 'USD', { [f.roles.roto]: 4000 });
      const r1 = await task(db, late, await shot(db, late, 'R1', 100), 'RPT_ROTO', template, 'HUMAN');
      const r2 = await task(
        db,
        late,
        await shot(db, late, 'R2', 100),
        'RPT_ROTO',
        template,
        'HUMAN',
        'PLANNED',
      );
      await db.query(`UPDATE task SET created_at = $2 WHERE id = $1`, [r1, '2031-01-01T00:00:00Z']);
      await db.query(`UPDATE task SET created_at = $2 WHERE id = $1`, [r2, '2031-06-02T09:00:00Z']);
      for (const [minutes, workDate, loggedAt] of [
        [600, '2031-05-20', '2031-05-20T18:00:00Z'],
        [240, '2031-05-26', '2031-06-02T10:00:00Z'],
      ] as const) {
        const id = await entry(db, r1, f.roles.roto, 'ARTIST', minutes, workDate);
        await db.query(`UPDATE time_entry SET created_at = $2 WHERE id = $1`, [id, loggedAt]);
      }
    });

    it("counts an entry logged today for last week's work from today, not in yesterday's as-of", async () => {
      const [yesterday, today] = [await cost('2031-06-01'), await cost('2031-06-02')];
      // Yesterday: 10 h x 50.00 = 500.00 spent; 2,083.33 - 500.00 = 1,583.33 left on R1.
      expect(figures(yesterday.lines[0]).slice(2)).toEqual(['50000', '158333', '208333']);
      // Today the 4 h of 26 May are in: 14 h x 50.00 = 700.00 spent, 2,083.33 - 700.00 = 1,383.33
      // left on R1, + R2's whole 2,083.33 still to do: 3,466.66; EFC 700.00 + 3,466.66 = 4,166.66.
      expect(figures(today.lines[0]).slice(2)).toEqual(['70000', '346666', '416666']);
      // 26 May is before yesterday: the entry is left out because it was logged later, not by its date.
      expect((await cost('2031-05-31')).totals.actualToDate.amountMinor).toBe('50000');
    });

    it("leaves a task created today out of yesterday's as-of", async () => {
      const [yesterday, today] = [await cost('2031-06-01'), await cost('2031-06-02')];
      // Yesterday RPT-LATE had one roto task, bid 40 h x 50.00 = 2,000.00; today two, 4,000.00.
      expect(figures(yesterday.lines[0]).slice(0, 2)).toEqual([1, '200000']);
      expect(figures(today.lines[0]).slice(0, 2)).toEqual([2, '400000']);
      // Before the start the original breakdown shows (R1 only): the bid, nothing spent.
      expect(figures((await cost('2030-12-31')).lines[0])).toEqual([1, '200000', '0', '208333', '208333']);
    });

    it("prices with the rate card in effect on the day: a card that starts today leaves yesterday's cost as it was", async () => {
      const before = figures((await cost('2031-06-01')).lines[0]);
      const db = server.dataSource;
      const [{ id }] = await db.query(
        `INSERT INTO rate_card (production_id, name, currency, effective_from) VALUES ($1, 'RPT raise', 'USD', '2031-06-02') RETURNING id`,
        [late],
      );
      await db.query(
        `INSERT INTO rate_card_line (rate_card_id, labour_role_id, hourly_rate_minor, fringe_percent) VALUES ($1, $2, 4800, 25)`,
        [id, f.roles.roto],
      );
      // Yesterday as it was: 1 task, bid 2,000.00, 500.00 spent, 1,583.33 left, EFC 2,083.33.
      expect(figures((await cost('2031-06-01')).lines[0])).toEqual(before);
      expect(before).toEqual([1, '200000', '50000', '158333', '208333']);
      // Today at 48.00 + 25% = 60.00: bid 2 x 40 h = 4,800.00; spent 14 h = 840.00; left on R1
      // 41 2/3 h x 60.00 = 2,500.00 - 840.00 = 1,660.00, + R2's 2,500.00; EFC 5,000.00.
      expect(figures((await cost('2031-06-02')).lines[0])).toEqual([
        2,
        '480000',
        '84000',
        '416000',
        '500000',
      ]);
    });
  });

  it('is for planners and admins only', async () => {
    const codes = [];
    for (const who of ['admin', 'planner', 'operator', 'reviewer', 'executive']) {
      const token = await server.login(`${who}@frameledger.local`);
      const results = await Promise.all([
        server.gql(COST, { p: f.productions.a, asOf: '2031-06-30' }, token),
        server.gql(BIDS, { p: f.productions.a, g: 'TASK' }, token),
        server.gql(FRONTIER, { p: f.productions.a }, token),
      ]);
      codes.push([who, ...results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK')]);
    }
    expect(codes).toEqual([
      ['admin', 'OK', 'OK', 'OK'],
      ['planner', 'OK', 'OK', 'OK'],
      ['operator', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
      ['reviewer', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
      ['executive', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    ]);
  });
});
