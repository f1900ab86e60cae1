import { startTestServer, TestServer } from '../../../../test/support/server';
import { GovernanceFixtures } from '../testing/fixtures';
import { holdToPacks, signInAs } from '../testing/sessions';

const TERMS = `dataTerms { trainsOnInputs retentionDays enterpriseAgreement }`;
const REGISTER_TOOL = `mutation($input: RegisterVendorToolInput!) { registerVendorTool(input: $input) { id ${TERMS} } }`;
const SET_TOOL_TERMS = `mutation($t: ID!, $d: ToolDataTermsInput!) { setVendorToolDataTerms(toolId: $t, dataTerms: $d) { id ${TERMS} } }`;
const SET_MODEL_TERMS = `mutation($m: ID!, $d: ToolDataTermsInput!) { setModelDataTerms(modelId: $m, dataTerms: $d) { id ${TERMS} } }`;
const RECORD = `mutation($input: RecordAiRunInput!) { recordAiRun(input: $input) { id } }`;
const SUBMIT = `mutation($i: SubmitInferenceJobInput!) { submitInferenceJob(input: $i) { id status } }`;

/**
 * The Netflix guidance's principles 2 and 3 weigh the data terms of the tool a use runs in: a
 * vendor run on a task whose check answered all five YES is still escalated when the vendor's
 * tool trains on inputs, keeps them, or has terms nobody recorded; an ETHICS approval dated after
 * the answers settles it. Worked on one production held to netflix-genai-2025-08: disclosed
 * 5 January 2026, five YES answers on 10 January, runs on 12 January.
 */
describe("FIVE_PRINCIPLES_CHECKED weighs the tool's data terms", () => {
  let server: TestServer;
  let plant: GovernanceFixtures;
  let token: Record<'admin' | 'planner' | 'operator', string>;
  let productionId: string;

  const counts = async () =>
    (
      await server.dataSource.query(
        `SELECT (SELECT count(*)::int FROM ai_run) AS runs, (SELECT count(*)::int FROM inference_job) AS jobs,
                (SELECT count(*)::int FROM audit_event) AS events`,
      )
    )[0];
  const lastEvent = async () =>
    (
      await server.dataSource.query(
        `SELECT action, payload FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)`,
      )
    )[0];

  /** A task disclosed on 5 Jan whose five principles were all answered YES on 10 Jan. */
  const answeredTask = async (
    ethicsApprovedAt?: string,
    task: Parameters<GovernanceFixtures['task']>[1] = {},
  ) => {
    const taskId = await plant.task(productionId, task);
    await server.dataSource.query(
      `INSERT INTO ai_use_disclosure (production_id, task_id, contact, disclosed_at, description)
       VALUES ($1, $2, 'Netflix VFX production manager', '2026-01-05T09:00:00Z', 'Generated sky replacement');
       `,
      [productionId, taskId],
    );
    await server.dataSource.query(
      `INSERT INTO ai_use_checklist (task_id, production_id, no_unowned_material, no_data_reuse, enterprise_secured,
         output_temporary, no_talent_replacement, involves_personal_data, involves_third_party_ip, answered_at)
       VALUES ($1, $2, 'YES', 'YES', 'YES', 'YES', 'YES', false, false, '2026-01-10T09:00:00Z')`,
      [taskId, productionId],
    );
    if (ethicsApprovedAt) {
      await server.dataSource.query(
        `INSERT INTO ai_use_approval (production_id, task_id, category, approver, document_ref, approved_at)
         VALUES ($1, $2, 'ETHICS', 'Netflix production technology', 'ESC-042', $3)`,
        [productionId, taskId, ethicsApprovedAt],
      );
    }
    return taskId;
  };

  /** A vendor tool approved for the production with a flat 50.00 price per job. */
  const tool = async (name: string, dataTerms?: object) => {
    const input = {
      vendor: 'Skyline AI',
      name,
      licence: 'Skyline studio terms 2026',
      trainingData: 'LICENSED',
    };
    const registered = await server.gql(REGISTER_TOOL, { input: { ...input, dataTerms } }, token.admin);
    const id = registered.data!.registerVendorTool.id;
    await server.gql(
      `mutation($t: ID!, $p: ID!) { approveVendorTool(toolId: $t, productionId: $p) { id } }`,
      { t: id, p: productionId },
      token.admin,
    );
    await server.gql(
      `mutation($input: VendorPriceInput!) { addVendorPrice(input: $input) { id } }`,
      {
        input: {
          toolId: id,
          unit: 'FLAT',
          currency: 'USD',
          pricePerUnitMinor: '5000',
          effectiveFrom: '2026-01-01',
        },
      },
      token.planner,
    );
    return { id, dataTerms: registered.data!.registerVendorTool.dataTerms };
  };

  const record = (taskId: string, toolId: string) =>
    server.gql(
      RECORD,
      {
        input: {
          taskId,
          toolId,
          modelName: 'skyline-gen',
          modelVersion: '3',
          startedAt: '2026-01-12T10:00:00Z',
          finishedAt: '2026-01-12T10:05:00Z',
          usage: { unit: 'FLAT', quantity: '1' },
          invoiceRef: 'SKY-2026-001',
          operator: 'Sam Reyes',
        },
      },
      token.planner,
    );

  beforeAll(async () => {
    server = await startTestServer();
    plant = new GovernanceFixtures(server.dataSource);
    token = await signInAs(server, ['admin', 'planner', 'operator']);
    productionId = await plant.production('DATATERMS', false);
    await holdToPacks(server, productionId, ['netflix-genai-2025-08'], token.admin);
  });
  afterAll(() => server?.stop());

  it('refuses a run in a tool whose terms are unknown, though every answer was YES, writing nothing', async () => {
    const unknown = await tool('Sky Fill');
    expect(unknown.dataTerms).toEqual({
      trainsOnInputs: 'UNKNOWN',
      retentionDays: null,
      enterpriseAgreement: false,
    });
    const taskId = await answeredTask();
    const before = await counts();
    const refused = await record(taskId, unknown.id);
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'POLICY_BLOCKED',
      ruleId: 'FIVE_PRINCIPLES_CHECKED',
    });
    expect(refused.errors![0].message).toMatch(
      /answers noDataReuse UNSURE, enterpriseSecured UNSURE \(noDataReuse and enterpriseSecured from the tool's data terms: trains on inputs UNKNOWN, retention unknown days, enterprise agreement no\)/,
    );
    expect(await counts()).toEqual(before);
  });

  it('passes the run once an admin records terms that keep production data (audited), and refuses the planner', async () => {
    const fill = await tool('Sky Fill Pro');
    const clean = { trainsOnInputs: 'NO', retentionDays: 0, enterpriseAgreement: true };
    const planner = await server.gql(SET_TOOL_TERMS, { t: fill.id, d: clean }, token.planner);
    expect(planner.errors![0].extensions!.code).toBe('FORBIDDEN');
    const set = await server.gql(SET_TOOL_TERMS, { t: fill.id, d: clean }, token.admin);
    expect(set.data!.setVendorToolDataTerms.dataTerms).toEqual(clean);
    expect(await lastEvent()).toEqual({
      action: 'vendor_tool.data_terms.set',
      payload: {
        before: { trainsOnInputs: 'UNKNOWN', retentionDays: null, enterpriseAgreement: false },
        after: clean,
      },
    });
    const taskId = await answeredTask();
    expect((await record(taskId, fill.id)).errors).toBeUndefined();
  });

  it('escalates a tool that trains on inputs and keeps them 30 days: refused without approval, recorded with an ETHICS approval of 11 January', async () => {
    const trains = await tool('Sky Learn', {
      trainsOnInputs: 'YES',
      retentionDays: 30,
      enterpriseAgreement: true,
    });
    const refused = await record(await answeredTask(), trains.id);
    expect(refused.errors![0].message).toMatch(
      /answers noDataReuse NO \(noDataReuse from the tool's data terms/,
    );
    const approved = await answeredTask('2026-01-11T16:00:00Z');
    expect((await record(approved, trains.id)).errors).toBeUndefined();
  });

  it("weighs a job's model: self-hosted by default it runs, recorded as training on inputs it is refused", async () => {
    const modelId = await plant.model({ name: 'sky-matte' });
    // The fixture writes no adapter; the model's GraphQL view needs one.
    await server.dataSource.query(`UPDATE model SET adapter = $2 WHERE id = $1`, [
      modelId,
      {
        layout: 'NCHW',
        colour: 'RGB',
        values: { kind: 'range', min: 0, max: 1 },
        size: { kind: 'any' },
        outputKind: 'IMAGE',
      },
    ]);
    const folderId = await plant.frameFolder();
    const submit = async () =>
      server.gql(
        SUBMIT,
        { i: { taskId: await answeredTask(), modelId, frames: { folderId } } },
        token.operator,
      );
    expect((await submit()).data!.submitInferenceJob.status).toBe('QUEUED');

    const trains = { trainsOnInputs: 'YES', retentionDays: 0, enterpriseAgreement: true };
    const set = await server.gql(SET_MODEL_TERMS, { m: modelId, d: trains }, token.admin);
    expect(set.data!.setModelDataTerms.dataTerms).toEqual(trains);
    expect(await lastEvent()).toEqual({
      action: 'model.data_terms.set',
      payload: {
        before: { trainsOnInputs: 'NO', retentionDays: 0, enterpriseAgreement: true },
        after: trains,
      },
    });
    const before = await counts();
    const refused = await submit();
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'POLICY_BLOCKED',
      ruleId: 'FIVE_PRINCIPLES_CHECKED',
    });
    expect((await counts()).jobs).toBe(before.jobs);
  });

  it("weighs a vendor run's tool as recorded now in the disclosure statement: terms changed to training on inputs make its check a finding", async () => {
    const studio = await tool('Sky Fill Studio', {
      trainsOnInputs: 'NO',
      retentionDays: 0,
      enterpriseAgreement: true,
    });
    const taskId = await answeredTask(undefined, { aiCategory: 'GENERATIVE', inFinalDeliverable: true });
    const run = (await record(taskId, studio.id)).data!.recordAiRun.id;
    const principles = async () => {
      const generated = await server.gql(
        `mutation($p: ID!) { generateDisclosureStatement(productionId: $p) { statementJson } }`,
        { p: productionId },
        token.admin,
      );
      const statement = JSON.parse(generated.data!.generateDisclosureStatement.statementJson);
      const use = statement.uses.find((u: { runId: string }) => u.runId === run);
      return use.rules.find(
        (r: { ruleId: string; occasion: string }) =>
          r.ruleId === 'FIVE_PRINCIPLES_CHECKED' && r.occasion === 'RECORDED_USE',
      );
    };
    expect(await principles()).toMatchObject({ outcome: 'PASSED' });
    const trains = { trainsOnInputs: 'YES', retentionDays: 0, enterpriseAgreement: true };
    await server.gql(SET_TOOL_TERMS, { t: studio.id, d: trains }, token.admin);
    const after = await principles();
    expect(after.outcome).toBe('FINDING');
    expect(after.finding).toMatch(
      /noDataReuse NO \(noDataReuse from the tool's data terms: trains on inputs YES/,
    );
  });

  it("re-checks a vendor run's exception with its tool: not resolved while the tool trains on inputs, resolved once its terms keep the data", async () => {
    const severity = (level: string) =>
      server.gql(
        `mutation($p: ID!, $s: PolicySeverity!) { setPolicySeverity(productionId: $p, ruleId: FIVE_PRINCIPLES_CHECKED, severity: $s) { severity } }`,
        { p: productionId, s: level },
        token.admin,
      );
    expect((await severity('FLAG')).errors).toBeUndefined();
    try {
      const learns = await tool('Sky Learn Flagged', {
        trainsOnInputs: 'YES',
        retentionDays: 30,
        enterpriseAgreement: true,
      });
      const taskId = await answeredTask();
      expect((await record(taskId, learns.id)).errors).toBeUndefined();
      const [exception] = await server.dataSource.query(
        `SELECT id, vendor_tool_id AS "toolId" FROM policy_exception
          WHERE task_id = $1 AND rule_id = 'FIVE_PRINCIPLES_CHECKED' AND status = 'OPEN'`,
        [taskId],
      );
      expect(exception.toolId).toBe(learns.id);
      const resolve = () =>
        server.gql(
          `mutation($id: ID!) { resolvePolicyException(id: $id, reason: "Skyline signed a no-training addendum") { status } }`,
          { id: exception.id },
          token.admin,
        );

      const refused = await resolve();
      expect(refused.errors![0].extensions!.code).toBe('CONFLICT');
      expect(refused.errors![0].message).toMatch(
        /still breaks FIVE_PRINCIPLES_CHECKED: .*noDataReuse NO \(noDataReuse from the tool's data terms: trains on inputs YES/,
      );
      const clean = { trainsOnInputs: 'NO', retentionDays: 0, enterpriseAgreement: true };
      expect(
        (await server.gql(SET_TOOL_TERMS, { t: learns.id, d: clean }, token.admin)).errors,
      ).toBeUndefined();
      expect((await resolve()).data!.resolvePolicyException.status).toBe('RESOLVED');
    } finally {
      await severity('BLOCK');
    }
  });

  it('refuses negative retention at the edge', async () => {
    const modelId = await plant.model({ name: 'sky-matte-2' });
    const bad = { trainsOnInputs: 'NO', retentionDays: -1, enterpriseAgreement: true };
    const result = await server.gql(SET_MODEL_TERMS, { m: modelId, d: bad }, token.admin);
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
