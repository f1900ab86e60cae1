import { startTestServer, TestServer } from '../../../test/support/server';
import { entry, shot, task } from '../reports/testing/report-fixture';

/**
 * The worked example of docs/reports.md, "Vendor runs": VND-A (USD, guild-covered) has one
 * AI-assisted generative task on shot VND010, bid 40 h of VND_ROTO (loaded 50.00/h). Its people
 * logged 1 h AI_OPERATOR (VND_AIOP, loaded 40.00) and 2 h AI_REVIEW (VND_ROTO). The vendor's plan
 * is 99.00 a month for 3,000 credits, 0.02 a credit over; live-action replacement costs 20 credits
 * a second of footage. Run A (1 h, 145 s = 2,900 credits) and run B (30 min, 12 s = 240 credits)
 * finish in February 2012: 3,140 credits, so the month bills 99.00 + 140 x 0.02 = 101.80, spread
 * 2,900 : 240 = 94.02 and 7.78.
 */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const RECORD = `mutation($input: RecordAiRunInput!) {
  recordAiRun(input: $input) { id modelLabel credits usageQuantity usageUnit invoiceRef operator cost { amountMinor currency }
    outputs { fileId sha256 c2paStatus } }
}`;

describe('external AI runs (vendor tools, price lists, plans)', () => {
  let server: TestServer;
  let admin: string;
  let planner: string;
  let reviewer: string;
  let productionId: string;
  let taskId: string;
  let toolId: string;
  let unapprovedToolId: string;
  let runA: string;
  let runB: string;

  const gqlOk = async (query: string, variables: Record<string, unknown>, token: string) => {
    const result = await server.gql(query, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const runCount = async () =>
    Number((await server.dataSource.query(`SELECT count(*) AS n FROM ai_run`))[0].n);
  const run = (over: Record<string, unknown>) => ({
    taskId,
    toolId,
    modelName: 'Wonder Dynamics live-action',
    modelVersion: '2012.1',
    usage: { unit: 'SECOND_OF_FOOTAGE', quantity: '12' },
    invoiceRef: 'PO-4471',
    operator: 'Ana Rossi',
    outputFileIds: [],
    ...over,
  });

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.dataSource;
    [admin, planner, reviewer] = await Promise.all(
      ['admin', 'planner', 'reviewer'].map((r) => server.login(`${r}@frameledger.local`)),
    );
    const role = async (code: string) =>
      (
        await db.query(
          `INSERT INTO labour_role (code, name, department) VALUES ($1, $1, 'VFX') RETURNING id`,
          [code],
        )
      )[0].id;
    const roto = await role('VND_ROTO');
    const aiop = await role('VND_AIOP');
    productionId = (
      await db.query(
        `INSERT INTO production (code, title, currency, vfx_budget_minor, start_date, delivery_date, country, reporting_currency, guild_covered)
         VALUES ('VND-A', 'VND-A', 'USD', 10000000, '2012-01-01', '2012-12-31', 'GB', 'USD', true) RETURNING id`,
      )
    )[0].id;
    const cardId = (
      await db.query(
        `INSERT INTO rate_card (production_id, name, currency, effective_from) VALUES ($1, 'VND card', 'USD', '2011-01-01') RETURNING id`,
        [productionId],
      )
    )[0].id;
    await db.query(
      `INSERT INTO rate_card_line (rate_card_id, labour_role_id, hourly_rate_minor, fringe_percent) VALUES ($1, $2, 4000, 25), ($1, $3, 3200, 25)`,
      [cardId, roto, aiop],
    );
    await db.query(
      `INSERT INTO task_type (code, name, baseline_role_id, default_ai_category) VALUES ('VND_GEN', 'Generative replacement', $1, 'GENERATIVE')`,
      [roto],
    );
    const template = (
      await db.query(
        `INSERT INTO bid_template (task_type_code, name, unit, complexity, optimistic, most_likely, pessimistic)
         VALUES ('VND_GEN', 'VND', 'SHOT', 2, 30, 40, 60) RETURNING id`,
      )
    )[0].id;
    // The cost report's estimate to complete prices planned GPU work at the L4 rate in effect.
    await db.query(
      `INSERT INTO compute_rate (device_class, currency, price_per_hour_minor, effective_from) VALUES ('L4', 'USD', 80, '2011-01-01')`,
    );
    const shotId = await shot(db, productionId, 'VND010', 100);
    taskId = await task(db, productionId, shotId, 'VND_GEN', template, 'AI_ASSISTED');
    await entry(db, taskId, aiop, 'AI_OPERATOR', 60, '2012-02-09');
    await entry(db, taskId, roto, 'AI_REVIEW', 120, '2012-02-11');

    const tool = `mutation($input: RegisterVendorToolInput!) { registerVendorTool(input: $input) { id } }`;
    const toolInput = {
      vendor: 'VND Labs',
      licence: 'Gen Studio enterprise terms 2012',
      trainingData: 'LICENSED',
    };
    toolId = (await gqlOk(tool, { input: { ...toolInput, name: 'Gen Studio' } }, admin)).registerVendorTool
      .id;
    unapprovedToolId = (await gqlOk(tool, { input: { ...toolInput, name: 'Gen Studio Beta' } }, admin))
      .registerVendorTool.id;
    await gqlOk(
      `mutation($t: ID!, $p: ID!) { approveVendorTool(toolId: $t, productionId: $p) { approvedProductionIds } }`,
      { t: toolId, p: productionId },
      admin,
    );
    const plan = await gqlOk(
      `mutation($input: VendorPlanInput!) { addVendorPlan(input: $input) { id monthlyFee { amountMinor } } }`,
      {
        input: {
          toolId,
          name: 'Standard',
          currency: 'USD',
          monthlyFeeMinor: '9900',
          monthlyCredits: '3000',
          overagePerCreditMinor: '2',
          effectiveFrom: '2012-01-01',
        },
      },
      planner,
    );
    await gqlOk(
      `mutation($input: VendorPriceInput!) { addVendorPrice(input: $input) { id } }`,
      {
        input: {
          toolId,
          unit: 'SECOND_OF_FOOTAGE',
          planId: plan.addVendorPlan.id,
          creditsPerUnit: '20',
          effectiveFrom: '2012-01-01',
        },
      },
      planner,
    );
    await gqlOk(
      `mutation($input: VendorPriceInput!) { addVendorPrice(input: $input) { id } }`,
      {
        input: {
          toolId: unapprovedToolId,
          unit: 'SECOND_OF_FOOTAGE',
          currency: 'USD',
          pricePerUnitMinor: '150',
          effectiveFrom: '2012-01-01',
        },
      },
      planner,
    );
  });
  afterAll(() => server.stop());

  it('refuses a second price for the same tool and unit on overlapping dates', async () => {
    const result = await server.gql(
      `mutation($input: VendorPriceInput!) { addVendorPrice(input: $input) { id } }`,
      {
        input: {
          toolId,
          unit: 'SECOND_OF_FOOTAGE',
          currency: 'USD',
          pricePerUnitMinor: '150',
          effectiveFrom: '2012-06-01',
        },
      },
      planner,
    );
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0].message).toContain('from 2012-01-01 with no end');
  });

  it('records run A inside the allowance at the whole fee (2,900 credits: 99.00), with its output hashed and no C2PA manifest', async () => {
    const form = new FormData();
    form.append('file', new Blob([PNG], { type: 'image/png' }), 'VND010_gen_v001.png');
    const upload = await fetch(`${server.url}/files/vendor-ai/outputs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${planner}` },
      body: form,
    });
    expect(upload.status).toBe(201);
    const [output] = (await upload.json()) as Array<{ fileId: string; sha256: string }>;
    expect(output).toMatchObject({ c2paStatus: 'NONE', originalName: 'VND010_gen_v001.png' });
    expect(output.sha256).toMatch(/^[0-9a-f]{64}$/);

    const data = await gqlOk(
      RECORD,
      {
        input: run({
          startedAt: '2012-02-09T09:00:00Z',
          finishedAt: '2012-02-09T10:00:00Z',
          usage: { unit: 'SECOND_OF_FOOTAGE', quantity: '145' },
          outputFileIds: [output.fileId],
        }),
      },
      planner,
    );
    runA = data.recordAiRun.id;
    expect(data.recordAiRun).toMatchObject({
      credits: '2900.000000',
      cost: { amountMinor: '9900', currency: 'USD' },
      outputs: [{ fileId: output.fileId, sha256: output.sha256, c2paStatus: 'NONE' }],
    });
  });

  it('records run B, 12 s x 20 credits = 240, and spreads 101.80 over the month: A 94.02, B 7.78', async () => {
    const data = await gqlOk(
      RECORD,
      { input: run({ startedAt: '2012-02-10T10:00:00Z', finishedAt: '2012-02-10T10:30:00Z' }) },
      planner,
    );
    runB = data.recordAiRun.id;
    expect(data.recordAiRun).toMatchObject({
      modelLabel: 'Wonder Dynamics live-action 2012.1',
      credits: '240.000000',
      usageUnit: 'SECOND_OF_FOOTAGE',
      invoiceRef: 'PO-4471',
      cost: { amountMinor: '778' },
    });
    const costs = await server.dataSource.query(
      `SELECT id, compute_cost_minor::int AS cost FROM ai_run WHERE id = ANY($1) ORDER BY finished_at`,
      [[runA, runB]],
    );
    expect(costs.map((c: { cost: number }) => c.cost)).toEqual([9402, 778]);
    const [{ drift }] = await server.dataSource.query(
      `SELECT count(*)::int AS drift FROM report_aggregate_drift() WHERE stored_only + fresh_only > 0`,
    );
    expect(drift).toBe(0);
  });

  it("counts both runs in 2012-Q1's AI path: 3 h x people 140.00 + 94.02 + 7.78 = 241.80 against a 2,000.00 baseline; S = 40 / (1.5 + 3)", async () => {
    const data = await gqlOk(
      `query { quarterlySummary(quarter: "2012-Q1", currency: "USD") {
        aiPathCost { value { amountMinor } working { lines { edges { node { label amount { amountMinor } refs { nodes { id kind } } } } } } }
        allHumanBaseline { value { amountMinor } } savings { value { amountMinor } } machineHours finishedAiTasks speedUp { median tasks } } }`,
      {},
      admin,
    );
    const q = data.quarterlySummary;
    expect(q.aiPathCost.value.amountMinor).toBe('24180');
    expect(q.allHumanBaseline.value.amountMinor).toBe('200000');
    expect(q.savings.value.amountMinor).toBe('175820');
    expect(q.machineHours).toBe(1.5);
    expect(q.finishedAiTasks).toBe(1);
    expect(q.speedUp.median).toBeCloseTo(40 / 4.5, 10);
    const refs = q.aiPathCost.working.lines.edges.flatMap((e: any) =>
      e.node.refs.nodes.map((n: any) => n.id),
    );
    expect(refs).toEqual(expect.arrayContaining([runA, runB]));
  });

  it('dates the labour impact by the last run (2012-Q1): 40 h of VND_ROTO displaced, 2 h VND_ROTO and 1 h VND_AIOP created', async () => {
    const data = await gqlOk(
      `query($f: LabourImpactFilter!) { labourImpact(filter: $f, groupBy: [ROLE]) {
        rows { role displacedHours createdHours netHours wagesDisplaced { amountMinor } } totals { displacedHours createdHours netHours } } }`,
      { f: { quarters: ['2012-Q1'], productionIds: [productionId] } },
      admin,
    );
    const rows = Object.fromEntries(data.labourImpact.rows.map((r: any) => [r.role, r]));
    expect(rows.VND_ROTO).toMatchObject({
      displacedHours: 40,
      createdHours: 2,
      netHours: -38,
      wagesDisplaced: { amountMinor: '200000' },
    });
    expect(rows.VND_AIOP).toMatchObject({ displacedHours: 0, createdHours: 1, netHours: 1 });
    expect(data.labourImpact.totals).toEqual({ displacedHours: 40, createdHours: 3, netHours: -37 });
  });

  it("books both runs in VND-A's cost report as actual to date: 140.00 + 94.02 + 7.78 = 241.80 against the 2,000.00 bid", async () => {
    const data = await gqlOk(
      // As of today: the 2012 runs and entries were recorded when this test ran, so a 2012 as-of
      // (which reads only what was recorded by its end) rightly shows none of them.
      `query($p: ID!, $today: String!) { costReport(productionId: $p, asOf: $today) {
        lines { taskType actualToDate { amountMinor } bid { amountMinor } } } }`,
      { p: productionId, today: new Date().toISOString().slice(0, 10) },
      planner,
    );
    expect(data.costReport.lines).toEqual([
      { taskType: 'VND_GEN', actualToDate: { amountMinor: '24180' }, bid: { amountMinor: '200000' } },
    ]);
  });

  it("puts run B in the reviewer's AI-use ledger with the tool, its licence, approval, C2PA status and the generative-notice exception", async () => {
    const data = await gqlOk(
      `query($p: ID!) { aiUseLedger(productionId: $p, order: OLDEST_FIRST) { totalCount edges { node { runId source externalRef modelName tool licence
        trainingData vendor modelStatus modelApprovedBy operator c2paStatus computeCost { amountMinor } exceptions { ruleId status } } } } }`,
      { p: productionId },
      reviewer,
    );
    const nodes = data.aiUseLedger.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.runId)).toEqual([runA, runB]);
    expect(nodes[1]).toEqual({
      runId: runB,
      source: 'EXTERNAL',
      externalRef: 'PO-4471',
      modelName: 'Wonder Dynamics live-action 2012.1',
      tool: 'VND Labs Gen Studio',
      licence: 'Gen Studio enterprise terms 2012',
      trainingData: 'LICENSED',
      vendor: 'VND Labs',
      modelStatus: 'APPROVED',
      modelApprovedBy: 'admin@frameledger.local',
      operator: 'Ana Rossi',
      c2paStatus: 'NONE',
      computeCost: { amountMinor: '778' },
      exceptions: [{ ruleId: 'GENERATIVE_WORKER_NOTICE', status: 'OPEN' }],
    });
  });

  it('refuses a tool not approved for the production with POLICY_BLOCKED naming the rule, and writes nothing', async () => {
    const before = await runCount();
    const result = await server.gql(
      RECORD,
      {
        input: run({
          toolId: unapprovedToolId,
          startedAt: '2012-02-12T10:00:00Z',
          finishedAt: '2012-02-12T10:05:00Z',
        }),
      },
      planner,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'POLICY_BLOCKED', ruleId: 'MODEL_APPROVED' });
    expect(result.errors?.[0].message).toContain('VND Labs Gen Studio Beta');
    expect(await runCount()).toBe(before);
  });

  it('refuses a run with no price in effect, and one that finished before it started', async () => {
    const noPrice = await server.gql(
      RECORD,
      {
        input: run({
          usage: { unit: 'TOKEN', quantity: '1000' },
          startedAt: '2012-02-12T10:00:00Z',
          finishedAt: '2012-02-12T10:05:00Z',
        }),
      },
      planner,
    );
    expect(noPrice.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.usage.unit',
    });
    const backwards = await server.gql(
      RECORD,
      { input: run({ startedAt: '2012-02-12T10:00:00Z', finishedAt: '2012-02-12T09:00:00Z' }) },
      planner,
    );
    expect(backwards.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.finishedAt',
    });
  });

  describe('importAiUsage', () => {
    const header =
      'shot,task_type,vendor,tool,model,model_version,started_at,finished_at,unit,quantity,invoice_ref,operator';
    const good =
      'VND010,VND_GEN,VND Labs,Gen Studio,Wonder Dynamics live-action,2012.1,2012-02-20T09:00:00Z,2012-02-20T09:20:00Z,SECOND_OF_FOOTAGE,4,INV-88,Ana Rossi';
    const bad =
      'VND999,VND_GEN,VND Labs,Gen Studio,Wonder Dynamics live-action,2012.1,2012-02-21T09:00:00Z,2012-02-21T09:20:00Z,SECOND_OF_FOOTAGE,4,INV-88,Ana Rossi';
    const IMPORT = `mutation($c: String!, $d: Boolean!) { importAiUsage(format: CSV, content: $c, dryRun: $d) {
      dryRun committed count errors { line field message } runs { id cost { amountMinor } } } }`;

    it('lists every problem by line in a dry run and writes nothing', async () => {
      const before = await runCount();
      const data = await gqlOk(
        IMPORT,
        {
          c: [
            header,
            good,
            bad,
            'VND010,VND_GEN,VND Labs,Gen Studio,m,,2012-02-22T09:00:00Z,2012-02-22T09:20:00Z,MINUTES,4,INV-88,Ana',
          ].join('\n'),
          d: true,
        },
        planner,
      );
      expect(data.importAiUsage).toMatchObject({ dryRun: true, committed: false, count: 1, runs: [] });
      expect(data.importAiUsage.errors.map((e: any) => [e.line, e.field])).toEqual([
        [3, 'shot'],
        [4, 'unit'],
      ]);
      expect(await runCount()).toBe(before);
    });

    it('refuses the whole file on commit when one line is bad, and writes nothing', async () => {
      const before = await runCount();
      const result = await server.gql(IMPORT, { c: [header, good, bad].join('\n'), d: false }, planner);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', line: 3 });
      expect(result.errors?.[0].message).toContain('no VND_GEN task on shot VND999');
      expect(await runCount()).toBe(before);
    });

    it('commits a clean file: 4 s x 20 = 80 credits joins the February spread', async () => {
      const data = await gqlOk(IMPORT, { c: [header, good].join('\n'), d: false }, planner);
      expect(data.importAiUsage).toMatchObject({ committed: true, count: 1 });
      // 3,220 credits: 99.00 + 220 x 0.02 = 103.40, spread 2,900 : 240 : 80 = 9,312.42 + 770.68 + 256.89 minor units;
      // the two leftover cents go to the largest fractions (.89, then .68).
      const costs = await server.dataSource.query(
        `SELECT compute_cost_minor::int AS cost FROM ai_run WHERE vendor_tool_id = $1 ORDER BY finished_at`,
        [toolId],
      );
      expect(costs.map((c: { cost: number }) => c.cost)).toEqual([9312, 771, 257]);
    });
  });
});
