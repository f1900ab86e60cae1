import { bidFromStoredTemplate, exactText, labourImpact, money, RateCard } from '@frameledger/analytics';
import { startTestServer, TestServer } from '../../../test/support/server';
import { entry, insertReportFixture, ReportFixture, role } from './testing/report-fixture';

const QUARTERLY = `query($q: String!, $c: String!) {
  quarterlySummary(quarter: $q, currency: $c) {
    quarter currency from to
    humanSpend { value { amountMinor currency } working { note lines(first: 10) { totalCount edges { node { label quantity amount { amountMinor } refs { totalCount nodes { id kind name } } } } } } }
    aiSpend { value { amountMinor } working { lines { totalCount edges { node { amount { amountMinor } } } } } }
    totalSpend { amountMinor formatted }
    allHumanBaseline { value { amountMinor } working { lines { edges { node { label quantity amount { amountMinor } refs { nodes { id kind } } } } } } }
    aiPathCost { value { amountMinor } working { lines { edges { node { label quantity unit amount { amountMinor } refs { totalCount nodes { id kind } } } } } } }
    savings { value { amountMinor } }
    tasksWorked aiTasksWorked aiShareOfTasks hoursLogged aiTaskHours aiShareOfHours machineHours finishedAiTasks
    speedUp { median tasks working { lines { edges { node { label quantity refs { nodes { id name } } } } } } }
    labourByRole { role displacedHours createdHours netHours displacedFte wagesDisplaced { amountMinor } }
    labourTotals { displacedHours createdHours netHours wagesDisplaced { amountMinor } }
  }
}`;

const LABOUR = `query($filter: LabourImpactFilter!, $groupBy: [LabourDimension!]!, $currency: String) {
  labourImpact(filter: $filter, groupBy: $groupBy, currency: $currency) {
    currency quarters
    rows { role department taskType quarter displacedHours createdHours netHours displacedFte createdFte netFte finishedAiTasks
      wagesDisplaced { amountMinor currency } working { lines { edges { node { label quantity refs { totalCount nodes { id kind } } } } } } }
    totals { displacedHours createdHours netHours wagesDisplaced { amountMinor } }
  }
}`;

const edges = <T>(connection: { edges: Array<{ node: T }> }) => connection.edges.map((e) => e.node);

describe('quarterly summary and labour impact', () => {
  let server: TestServer;
  let f: ReportFixture;
  let executive: string;

  beforeAll(async () => {
    server = await startTestServer();
    f = await insertReportFixture(server.dataSource);
    executive = await server.login('executive@frameledger.local');
  });
  afterAll(() => server.stop());

  describe('2031-Q2 in USD (the worked example in docs/reports.md)', () => {
    let q: Record<string, any>;
    beforeAll(async () => {
      const result = await server.gql(QUARTERLY, { q: '2031-Q2', c: 'USD' }, executive);
      expect(result.errors).toBeUndefined();
      q = result.data!.quarterlySummary;
    });

    it('splits spend: human 8 h x 60.00 + 4 h x 50.00 GBP at 1.25 = 730.00; AI 10 h x 50 + 9 h x 80 + 1 h x 40 + 17.00 compute = 1,277.00', () => {
      expect([q.from, q.to]).toEqual(['2031-04-01', '2031-07-01']);
      expect(q.humanSpend.value).toEqual({ amountMinor: '73000', currency: 'USD' });
      expect(q.aiSpend.value.amountMinor).toBe('127700');
      expect(q.totalSpend).toEqual({ amountMinor: '200700', formatted: '$2,007.00' });
    });

    it('shows the working of human spend, each line converted, down to the time entry', () => {
      const lines = edges<any>(q.humanSpend.working.lines);
      expect(lines.map((l) => [l.label, l.quantity, l.amount.amountMinor])).toEqual([
        ['RPT-A RPT_COMP: hours logged on HUMAN tasks', 8, '48000'],
        ['RPT-B RPT_COMP: hours logged on HUMAN tasks, converted at the 2031-Q2 GBP rate', 4, '25000'],
      ]);
      expect(lines[1].refs).toEqual({
        totalCount: 1,
        // The record by what people call it: who, when, how long, on which shot.
        nodes: [
          {
            id: expect.any(String),
            kind: 'TIME_ENTRY',
            name: expect.stringMatching(/^Ana Rossi 2031-\d\d-\d\d 4 h on RPT-B S3$/),
          },
        ],
      });
      const aiLines = edges<any>(q.aiSpend.working.lines).map((l) => BigInt(l.amount.amountMinor));
      expect(aiLines.reduce((a, b) => a + b, 0n)).toBe(127700n);
    });

    it('prices the all-human baseline of the AI tasks finished in the quarter: (40 h + 80 h) x 50.00 = 6,000.00, saving 4,723.00', () => {
      expect(q.allHumanBaseline.value.amountMinor).toBe('600000');
      const [line] = edges<any>(q.allHumanBaseline.working.lines);
      expect(line).toMatchObject({ quantity: 120, amount: { amountMinor: '600000' } });
      expect(line.refs.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
        [f.tasks.t1, f.tasks.t4].sort(),
      );
      expect(q.aiPathCost.value.amountMinor).toBe('127700');
      expect(q.savings.value.amountMinor).toBe('472300');
    });

    it('shows the AI path cost of T1 and T4 down to their records: 5 GPU h of compute (2 h + 3 h, 17.00) and the 4 time entries it prices', async () => {
      const lines = edges<any>(q.aiPathCost.working.lines);
      const compute = lines.find((l) => l.unit === 'GPU h');
      expect(compute).toMatchObject({ quantity: 5, amount: { amountMinor: '1700' } });
      expect(compute.refs.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
        [f.runs.t1, f.runs.t4].sort(),
      );
      const hourLines = lines.filter((l) => l.unit === 'h');
      const linked = hourLines.flatMap((l) => l.refs.nodes.map((n: { id: string }) => n.id)).sort();
      const entries = await server.dataSource.query(
        `SELECT id FROM time_entry WHERE task_id = ANY($1::uuid[]) ORDER BY id`,
        [[f.tasks.t1, f.tasks.t4]],
      );
      expect(linked).toEqual(entries.map((e: { id: string }) => e.id).sort());
      expect(hourLines.map((l) => l.refs.totalCount).reduce((a, b) => a + b, 0)).toBe(4);
    });

    it('counts AI shares: 2 of 4 tasks worked, 20 of 32 hours, 5 machine hours', () => {
      expect(q).toMatchObject({
        tasksWorked: 4,
        aiTasksWorked: 2,
        aiShareOfTasks: 0.5,
        hoursLogged: 32,
        aiTaskHours: 20,
        aiShareOfHours: 0.625,
      });
      expect(q).toMatchObject({ machineHours: 5, finishedAiTasks: 2 });
    });

    it('takes the median speed-up of 40 / (2 + 14) = 2.5 and 80 / (3 + 6) = 8.89: (2.5 + 80/9) / 2 = 205/36', () => {
      expect(q.speedUp.tasks).toBe(2);
      expect(q.speedUp.median).toBeCloseTo(205 / 36, 12);
      expect(edges<any>(q.speedUp.working.lines).map((l) => l.refs.nodes[0].id)).toEqual([
        f.tasks.t1,
        f.tasks.t4,
      ]);
      // Each line names its task as people do (production, shot, task type), not by its id.
      expect(edges<any>(q.speedUp.working.lines).map((l) => l.label.split(':')[0])).toEqual([
        'RPT-A S1 RPT_ROTO',
        'RPT-A S2 RPT_PAINT',
      ]);
      expect(edges<any>(q.speedUp.working.lines).map((l) => l.refs.nodes[0].name)).toEqual([
        'RPT-A S1 RPT_ROTO',
        'RPT-A S2 RPT_PAINT',
      ]);
    });

    it('gives displaced and created hours by role: roto displaces 30 + 80 = 110 h (0.21 FTE, 5,500.00 of wages); review creates 9 h, operation 1 h', () => {
      expect(q.labourByRole).toEqual([
        {
          role: 'RPT_AIOP',
          displacedHours: 0,
          createdHours: 1,
          netHours: 1,
          displacedFte: 0,
          wagesDisplaced: { amountMinor: '0' },
        },
        {
          role: 'RPT_ROTO',
          displacedHours: 110,
          createdHours: 0,
          netHours: -110,
          displacedFte: 110 / 520,
          wagesDisplaced: { amountMinor: '550000' },
        },
        {
          role: 'RPT_SUP',
          displacedHours: 0,
          createdHours: 9,
          netHours: 9,
          displacedFte: 0,
          wagesDisplaced: { amountMinor: '0' },
        },
      ]);
      expect(q.labourTotals).toEqual({
        displacedHours: 110,
        createdHours: 10,
        netHours: -100,
        wagesDisplaced: { amountMinor: '550000' },
      });
    });
  });

  it('converts through the inverse of a stored rate: in GBP, 480.00 USD / 1.25 = 384.00 + 200.00 = 584.00 GBP', async () => {
    const result = await server.gql(QUARTERLY, { q: '2031-Q2', c: 'GBP' }, executive);
    expect(result.data?.quarterlySummary.humanSpend.value).toEqual({ amountMinor: '58400', currency: 'GBP' });
  });

  it('reads fiscal quarters: with an April year start, 2032-Q1 is April to June 2031, at the FX rate booked for 2032-Q1', async () => {
    await server.dataSource.query(
      `INSERT INTO fx_rate (currency, reporting_currency, quarter, rate) VALUES ('GBP', 'USD', '2032-Q1', 1.25)`,
    );
    const result = await server.gql(
      `query { quarterlySummary(quarter: "2032-Q1", currency: "USD", fiscalYearStartMonth: 4) { from to humanSpend { value { amountMinor } } savings { value { amountMinor } } } }`,
      {},
      executive,
    );
    expect(result.data?.quarterlySummary).toEqual({
      from: '2031-04-01',
      to: '2031-07-01',
      humanSpend: { value: { amountMinor: '73000' } },
      savings: { value: { amountMinor: '472300' } },
    });
  });

  it('names the missing FX rate and the bad quarter', async () => {
    const eur = await server.gql(QUARTERLY, { q: '2031-Q2', c: 'EUR' }, executive);
    expect(eur.errors?.[0]).toMatchObject({
      message: 'No USD to EUR rate for 2031-Q2; add one to the FX table.',
      extensions: { code: 'BAD_USER_INPUT', field: 'fx.rates.2031-Q2.USD' },
    });
    const bad = await server.gql(QUARTERLY, { q: '2031-Q5', c: 'USD' }, executive);
    expect(bad.errors?.[0]).toMatchObject({
      message: 'quarter: "2031-Q5" is not a quarter; write it like 2026-Q2.',
      extensions: { code: 'BAD_USER_INPUT', field: 'quarter' },
    });
  });

  describe('labour impact', () => {
    it('works the example: an AI task bid at 40 h with 10 h artist + 4 h review displaces 30 h and creates 4 h (net -26); the HUMAN comp displaces nothing', async () => {
      const planner = await server.login('planner@frameledger.local');
      const filter = {
        quarters: ['2031-Q2'],
        productionIds: [f.productions.a],
        taskTypeCodes: ['RPT_ROTO', 'RPT_COMP'],
      };
      const result = await server.gql(LABOUR, { filter, groupBy: ['TASK_TYPE'] }, planner);
      expect(result.errors).toBeUndefined();
      const report = result.data!.labourImpact;
      expect(report.currency).toBe('USD');
      expect(report.rows).toHaveLength(1);
      expect(report.rows[0]).toMatchObject({
        taskType: 'RPT_ROTO',
        displacedHours: 30,
        createdHours: 4,
        netHours: -26,
        finishedAiTasks: 1,
      });
      expect(report.rows[0].wagesDisplaced).toEqual({ amountMinor: '150000', currency: 'USD' });
      const [displaced, created] = edges<any>(report.rows[0].working.lines);
      expect(displaced.refs).toEqual({ totalCount: 1, nodes: [{ id: f.tasks.t1, kind: 'TASK' }] });
      expect(created).toMatchObject({
        quantity: 4,
        refs: { totalCount: 1, nodes: [{ kind: 'TIME_ENTRY' }] },
      });
    });

    // The report's SQL (reports/portfolio-ledger/ledger.repository.ts) is a declared fast path of B(t) and of
    // displaced = max(0, B - craft); this oracle prices the raw records with the analytics rules
    // instead, B(t) by bidFromStoredTemplate on the day of the card the server says is in effect.
    // A 7.5-hour bid day, so a day length written into either side shows: 280 paint frames at 28 a
    // day are 75 h, not 80 h.
    it('agrees with the analytics library run over the raw records, on a 7.5-hour bid day', async () => {
      const db = server.dataSource;
      const reviewer = await server.login('reviewer@frameledger.local');
      const inEffect = await server.gql(
        `query($p: ID!) { rateCardInEffect(productionId: $p) { id } }`,
        { p: f.productions.a },
        reviewer,
      );
      const cardId = (inEffect.data as any).rateCardInEffect.id;
      await db.query(`UPDATE rate_card SET hours_per_day = 7.5 WHERE id = $1`, [cardId]);
      const [{ day }] = await db.query(
        `SELECT trim_scale(hours_per_day)::text AS day FROM rate_card WHERE id = $1`,
        [cardId],
      );
      const result = await server
        .gql(
          LABOUR,
          {
            filter: { quarters: ['2031-Q2'], productionIds: [f.productions.a] },
            groupBy: ['ROLE', 'QUARTER'],
          },
          reviewer,
        )
        .finally(() => db.query(`UPDATE rate_card SET hours_per_day = 8 WHERE id = $1`, [cardId]));
      const stored = await db.query(
        `SELECT t.id, t.task_type_code AS "taskTypeCode", t.path, r.code AS "baselineRole", t.complexity,
           s.frame_count AS "frameCount", t.baseline_hours_override::text AS "baselineHoursOverride", b.unit,
           b.optimistic::text AS optimistic, b.most_likely::text AS "mostLikely", b.pessimistic::text AS pessimistic
         FROM task t JOIN task_type tt ON tt.code = t.task_type_code JOIN labour_role r ON r.id = tt.baseline_role_id
         JOIN bid_template b ON b.id = t.bid_template_id JOIN shot s ON s.id = t.shot_id WHERE t.production_id = $1`,
        [f.productions.a],
      );
      const tasks = stored.map((t: any) => ({
        id: t.id,
        taskType: t.taskTypeCode,
        path: t.path,
        baselineRole: t.baselineRole,
        baselineHours: exactText(bidFromStoredTemplate(t, day)!.hours.mostLikely),
      }));
      expect(tasks.find((t: any) => t.taskType === 'RPT_PAINT').baselineHours).toBe('75');
      const timeEntries = await db.query(
        `SELECT e.id, e.task_id AS "taskId", r.code AS role, e.kind, to_char(e.work_date, 'YYYY-MM-DD') AS "workDate", e.minutes
         FROM time_entry e JOIN labour_role r ON r.id = e.labour_role_id JOIN task t ON t.id = e.task_id WHERE t.production_id = $1`,
        [f.productions.a],
      );
      const aiRuns = await db.query(
        `SELECT a.task_id AS "taskId", a.finished_at AS "finishedAt" FROM ai_run a JOIN task t ON t.id = a.task_id WHERE t.production_id = $1`,
        [f.productions.a],
      );
      const usd = (minor: number) => money(minor, 'USD');
      const rateCard: RateCard = {
        name: 'RPT card',
        currency: 'USD',
        lines: [
          { role: 'RPT_ROTO', hourlyRate: usd(4000), fringePercent: 25 },
          { role: 'RPT_COMP', hourlyRate: usd(4800), fringePercent: 25 },
          { role: 'RPT_SUP', hourlyRate: usd(6400), fringePercent: 25 },
          { role: 'RPT_AIOP', hourlyRate: usd(3200), fringePercent: 25 },
        ],
      };
      const roles = [{ code: 'RPT_ROTO', department: 'Roto/Paint' }];
      const expected = labourImpact({
        tasks,
        timeEntries,
        aiRuns,
        roles,
        rateCard,
        period: { from: '2031-Q2', to: '2031-Q2' },
        groupBy: ['ROLE', 'QUARTER'],
      });
      const report = result.data!.labourImpact;
      expect(
        report.rows.map((r: any) => [
          r.role,
          r.quarter,
          r.displacedHours,
          r.createdHours,
          r.displacedFte,
          r.wagesDisplaced.amountMinor,
        ]),
      ).toEqual(
        expected.rows.map((r) => [
          r.key.ROLE,
          r.key.QUARTER,
          r.displacedHours,
          r.createdHours,
          r.displacedFte,
          r.wagesDisplaced.amountMinor.toString(),
        ]),
      );
    });

    it('asks for a currency when the productions report in several, and refuses an unknown role', async () => {
      const planner = await server.login('planner@frameledger.local');
      const [{ id: pounds }] = await server.dataSource.query(
        `INSERT INTO production (code, title, currency, vfx_budget_minor, start_date, delivery_date, country)
         VALUES ('RPT-C', 'RPT-C', 'GBP', 100, '2031-01-01', '2031-12-31', 'GB') RETURNING id`,
      );
      const mixed = await server.gql(
        LABOUR,
        { filter: { quarters: ['2031-Q2'], productionIds: [f.productions.a, pounds] }, groupBy: ['ROLE'] },
        planner,
      );
      expect(mixed.errors?.[0]).toMatchObject({
        message: 'These productions report in USD, GBP; give the currency to report in, such as USD.',
        extensions: { code: 'BAD_USER_INPUT', field: 'currency' },
      });
      const unknown = await server.gql(
        LABOUR,
        { filter: { quarters: ['2031-Q2'], roleCodes: ['NOPE'] }, groupBy: ['ROLE'], currency: 'USD' },
        planner,
      );
      expect(unknown.errors?.[0]).toMatchObject({
        message: 'No labour role has the code NOPE; use a code from the labour roles list.',
        extensions: { code: 'BAD_USER_INPUT', field: 'filter.roleCodes[0]' },
      });
    });
  });

  describe('a production filter', () => {
    const FIGURES = `query($q: String!, $p: [ID!]) { quarterlySummary(quarter: $q, currency: "USD", productionIds: $p) {
      productionIds humanSpend { value { amountMinor } } aiSpend { value { amountMinor } } totalSpend { amountMinor }
      allHumanBaseline { value { amountMinor } } aiPathCost { value { amountMinor } } savings { value { amountMinor } }
      tasksWorked aiTasksWorked hoursLogged aiTaskHours machineHours finishedAiTasks labourTotals { displacedHours createdHours } } }`;
    const summary = async (p?: string[]) => {
      const result = await server.gql(FIGURES, { q: '2031-Q2', p }, executive);
      expect(result.errors).toBeUndefined();
      return result.data!.quarterlySummary;
    };
    const money = (m: { amountMinor: string }) => BigInt(m.amountMinor);

    it('gives each production its own figures, which add up to the unfiltered quarter: RPT-A 480.00 human, RPT-B 250.00', async () => {
      const [all, a, b] = [
        await summary(),
        await summary([f.productions.a]),
        await summary([f.productions.b]),
      ];
      expect([all.productionIds, a.productionIds]).toEqual([null, [f.productions.a]]);
      expect([a.humanSpend.value.amountMinor, b.humanSpend.value.amountMinor]).toEqual(['48000', '25000']);
      for (const pick of [
        (x: any) => x.humanSpend.value,
        (x: any) => x.aiSpend.value,
        (x: any) => x.totalSpend,
        (x: any) => x.allHumanBaseline.value,
        (x: any) => x.aiPathCost.value,
        (x: any) => x.savings.value,
      ])
        expect(money(pick(a)) + money(pick(b))).toBe(money(pick(all)));
      for (const key of [
        'tasksWorked',
        'aiTasksWorked',
        'hoursLogged',
        'aiTaskHours',
        'machineHours',
        'finishedAiTasks',
      ])
        expect(a[key] + b[key]).toBe(all[key]);
      expect(a.labourTotals.displacedHours + b.labourTotals.displacedHours).toBe(
        all.labourTotals.displacedHours,
      );
      expect(await summary([f.productions.a, f.productions.b])).toEqual({
        ...all,
        productionIds: [f.productions.a, f.productions.b],
      });
    });

    it('refuses an unknown production, an id that is not one and an empty list', async () => {
      const code = async (p: string[]) =>
        (await server.gql(FIGURES, { q: '2031-Q2', p }, executive)).errors?.[0];
      expect(await code(['3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77'])).toMatchObject({
        message: 'No production has the id 3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77; pick one from productions.',
        extensions: { code: 'BAD_USER_INPUT', field: 'productionIds[0]' },
      });
      expect((await code(['RPT-A']))?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await code([]))?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('a role with no rate: 90 min of RPT_DMP on T2 (RPT-A comp) on 2031-05-06', () => {
    const WARNING = 'missingRates { timeEntryId production role workDate minutes hours }';
    let dmpEntry: string;
    let warning: Record<string, unknown>;
    beforeAll(async () => {
      const dmp = await role(server.dataSource, 'RPT_DMP', 'Matte painting');
      dmpEntry = await entry(server.dataSource, f.tasks.t2, dmp, 'ARTIST', 90, '2031-05-06');
      warning = {
        timeEntryId: dmpEntry,
        production: 'RPT-A',
        role: 'RPT_DMP',
        workDate: '2031-05-06',
        minutes: 90,
        hours: 1.5,
      };
    });
    afterAll(() => server.dataSource.query(`DELETE FROM time_entry WHERE id = $1`, [dmpEntry]));

    it('keeps the quarter’s 730.00 of human spend, counts the 1.5 h, says NOT PRICED in the working and lists the entry', async () => {
      const result = await server.gql(
        `query { quarterlySummary(quarter: "2031-Q2", currency: "USD") { hoursLogged ${WARNING}
           humanSpend { value { amountMinor } working { lines { edges { node { label quantity amount { amountMinor } refs { nodes { id } } } } } } } } }`,
        {},
        executive,
      );
      expect(result.errors).toBeUndefined();
      const q = result.data!.quarterlySummary;
      expect(q.humanSpend.value.amountMinor).toBe('73000');
      expect(q.hoursLogged).toBe(33.5);
      expect(edges<any>(q.humanSpend.working.lines)).toContainEqual({
        label: 'RPT-A RPT_DMP: hours logged on HUMAN tasks, NOT PRICED: its rate card has no RPT_DMP rate',
        quantity: 1.5,
        amount: null,
        refs: { nodes: [{ id: dmpEntry }] },
      });
      expect(q.missingRates).toEqual([warning]);
    });

    it('lists it in the cost report and bid vs actual too, whose comp actual stays 8 h x 60.00 = 480.00', async () => {
      const planner = await server.login('planner@frameledger.local');
      const cost = await server.gql(
        `query($p: ID!) { costReport(productionId: $p, asOf: "2031-06-30") { lines { taskType actualToDate { amountMinor } } ${WARNING} } }`,
        { p: f.productions.a },
        planner,
      );
      expect(cost.errors).toBeUndefined();
      const comp = cost.data!.costReport.lines.find((l: any) => l.taskType === 'RPT_COMP');
      expect(comp.actualToDate.amountMinor).toBe('48000');
      expect(cost.data!.costReport.missingRates).toEqual([warning]);
      const bids = await server.gql(
        `query($p: ID!) { bidVsActual(productionId: $p, groupBy: TASK_TYPE) { rows { key actualHours actualCost { amountMinor } } ${WARNING} } }`,
        { p: f.productions.a },
        planner,
      );
      expect(bids.data!.bidVsActual.rows.find((r: any) => r.key === 'RPT_COMP')).toEqual({
        key: 'RPT_COMP',
        actualHours: 9.5,
        actualCost: { amountMinor: '48000' },
      });
      expect(bids.data!.bidVsActual.missingRates).toEqual([warning]);
    });
  });

  it('lets executives (and admins) read the quarter, and reviewers, executives and planners read labour impact', async () => {
    const outcome = async (email: string, query: string, variables: Record<string, unknown>) => {
      const result = await server.gql(query, variables, await server.login(email));
      return result.errors?.[0]?.extensions?.code ?? 'OK';
    };
    const quarter = { q: '2031-Q2', c: 'USD' };
    const labour = { filter: { quarters: ['2031-Q2'] }, groupBy: ['ROLE'], currency: 'USD' };
    const table: Array<[string, string, string]> = [];
    for (const who of ['admin', 'planner', 'operator', 'reviewer', 'executive']) {
      const email = `${who}@frameledger.local`;
      table.push([who, await outcome(email, QUARTERLY, quarter), await outcome(email, LABOUR, labour)]);
    }
    expect(table).toEqual([
      ['admin', 'OK', 'OK'],
      ['planner', 'FORBIDDEN', 'OK'],
      ['operator', 'FORBIDDEN', 'FORBIDDEN'],
      ['reviewer', 'FORBIDDEN', 'OK'],
      ['executive', 'OK', 'OK'],
    ]);
  });
});
