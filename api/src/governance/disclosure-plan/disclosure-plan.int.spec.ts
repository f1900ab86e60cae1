import { createPublicKey } from 'node:crypto';
import { verifyDocument } from '../../platform/audit/core/signing';
import { pdfPages } from '../../../../test/support/pdf';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { PolicyGate } from '../policy/policy-gate';
import { GovernanceFixtures } from '../testing/fixtures';
import { holdToPacks, signInAs } from '../testing/sessions';

const SET = `mutation($i: SetDisclosurePlanInput!) { setDisclosurePlan(input: $i) {
  id episodeId deliverable placements howTold firstExposure updatedBy } }`;
const GENERATE = `mutation($p: ID!, $e: ID) { generateDisclosureStatement(productionId: $p, episodeId: $e) {
  statementJson signature } }`;

/**
 * NIEBLA, held to the EU AI Act pack, delivers a synthetic performer generated for episode 1: a
 * deepfake-like use. Without a plan for episode 1 (or the production) the delivery is flagged by
 * DEEPFAKE_DISCLOSURE_PLANNED; the plan, once recorded, settles it and is carried, signed, in the
 * disclosure statement.
 */
describe("a deliverable's disclosure plan for deepfake-like content", () => {
  let server: TestServer;
  let plant: GovernanceFixtures;
  let token: Record<'admin' | 'planner' | 'reviewer', string>;
  let productionId: string;
  let episode1: string;
  let taskId: string;

  const plan = {
    placements: ['ON_SCREEN_LABEL', 'END_CREDITS'],
    howTold: 'A label reads "Digitally created performer"; the end credits name the AI-generated character.',
    firstExposure: 'The label shows the first time the character appears in the episode.',
  };
  /** The delivery check as marking the task DONE runs it: findings at FLAG open exceptions. */
  const deliver = async () => {
    const actorId = await plant.userId('planner@frameledger.local');
    await server.dataSource.transaction((m) =>
      server.app.get(PolicyGate).checkTaskDelivery(m, { taskId, actorId }),
    );
    const rows: Array<{ rule_id: string; status: string }> = await server.dataSource.query(
      `SELECT rule_id, status FROM policy_exception WHERE task_id = $1 AND rule_id = 'DEEPFAKE_DISCLOSURE_PLANNED'`,
      [taskId],
    );
    return rows;
  };

  beforeAll(async () => {
    server = await startTestServer();
    plant = new GovernanceFixtures(server.dataSource);
    token = await signInAs(server, ['admin', 'planner', 'reviewer']);
    productionId = await plant.production('NIEBLA', false);
    await holdToPacks(server, productionId, ['eu-ai-act-art50'], token.admin);
    const [e1] = await server.dataSource.query(
      `INSERT INTO episode (production_id, number, title) VALUES ($1, 1, 'Pilot'), ($1, 2, '') RETURNING id`,
      [productionId],
    );
    episode1 = e1.id;
    taskId = await plant.task(productionId, {
      aiCategory: 'GENERATIVE',
      likenessKind: 'SYNTHETIC_PERFORMER',
      inFinalDeliverable: true,
    });
    await server.dataSource.query(
      `UPDATE shot SET episode_id = $2 FROM task t WHERE t.shot_id = shot.id AND t.id = $1`,
      [taskId, episode1],
    );
    await plant.aiRun(taskId, null, '2026-11-02T10:00:00Z');
  });
  afterAll(() => server?.stop());

  it('flags the delivery of a generated synthetic performer while no plan covers its episode', async () => {
    expect(await deliver()).toEqual([{ rule_id: 'DEEPFAKE_DISCLOSURE_PLANNED', status: 'OPEN' }]);
  });

  it('records the plan for episode 1 (planners, audited; not reviewers), and the delivery rule then passes', async () => {
    const input = { productionId, episodeId: episode1, ...plan };
    const refused = await server.gql(SET, { i: input }, token.reviewer);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const set = await server.gql(SET, { i: input }, token.planner);
    expect(set.data!.setDisclosurePlan).toMatchObject({
      episodeId: episode1,
      deliverable: 'Episode 1: Pilot',
      placements: ['ON_SCREEN_LABEL', 'END_CREDITS'],
      updatedBy: 'planner@frameledger.local',
    });
    const [event] = await server.dataSource.query(
      `SELECT action, payload FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)`,
    );
    expect(event.action).toBe('disclosure_plan.set');
    expect(event.payload.before).toBeNull();
    expect(event.payload.after).toMatchObject({ howTold: plan.howTold, firstExposure: plan.firstExposure });

    const [open] = await server.dataSource.query(
      `SELECT id FROM policy_exception WHERE task_id = $1 AND status = 'OPEN'
          AND rule_id = 'DEEPFAKE_DISCLOSURE_PLANNED'`,
      [taskId],
    );
    const resolve = `mutation($id: ID!) { resolvePolicyException(id: $id, reason: "Plan recorded for episode 1") { status } }`;
    expect(
      (await server.gql(resolve, { id: open.id }, token.planner)).data!.resolvePolicyException.status,
    ).toBe('RESOLVED');
    expect(await deliver()).toEqual([{ rule_id: 'DEEPFAKE_DISCLOSURE_PLANNED', status: 'RESOLVED' }]);
  });

  it('replaces the plan with before and after in the audit log, and refuses an episode of another production', async () => {
    const changed = { ...plan, placements: ['ON_SCREEN_LABEL', 'END_CREDITS', 'DESCRIPTION_METADATA'] };
    await server.gql(SET, { i: { productionId, episodeId: episode1, ...changed } }, token.planner);
    const [event] = await server.dataSource.query(
      `SELECT payload FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)`,
    );
    expect([event.payload.before.placements, event.payload.after.placements]).toEqual([
      ['ON_SCREEN_LABEL', 'END_CREDITS'],
      ['ON_SCREEN_LABEL', 'END_CREDITS', 'DESCRIPTION_METADATA'],
    ]);
    const other = await plant.production('OTRA', false);
    const before = await plant.counts();
    const refused = await server.gql(
      SET,
      { i: { productionId: other, episodeId: episode1, ...plan } },
      token.planner,
    );
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.episodeId' });
    expect(await plant.counts()).toEqual(before);
  });

  it("carries the episode's plan in the signed statement, which still verifies, and in the PDF", async () => {
    const signed = (await server.gql(GENERATE, { p: productionId, e: episode1 }, token.reviewer)).data!
      .generateDisclosureStatement;
    const statement = JSON.parse(signed.statementJson);
    expect(statement.disclosurePlans).toEqual([
      {
        deliverable: 'Episode 1: Pilot',
        episodeId: episode1,
        placements: ['ON_SCREEN_LABEL', 'END_CREDITS', 'DESCRIPTION_METADATA'],
        howTold: plan.howTold,
        firstExposure: plan.firstExposure,
        updatedAt: expect.any(String),
      },
    ]);
    const [use] = statement.uses;
    expect(
      use.rules.find((r: { ruleId: string }) => r.ruleId === 'DEEPFAKE_DISCLOSURE_PLANNED'),
    ).toMatchObject({ occasion: 'TASK_DELIVERY', outcome: 'PASSED' });
    const { auditCheckpoint } = (await server.gql(`{ auditCheckpoint { publicKey } }`, {}, token.reviewer))
      .data!;
    const key = createPublicKey(auditCheckpoint.publicKey);
    expect(verifyDocument('frameledger/disclosure-statement/1', statement, signed.signature, key)).toBe(true);
    const withoutPlan = { ...statement, disclosurePlans: [] };
    expect(verifyDocument('frameledger/disclosure-statement/1', withoutPlan, signed.signature, key)).toBe(
      false,
    );

    const response = await fetch(
      `${server.url}/files/governance/disclosure-statement.pdf?productionId=${productionId}&episodeId=${episode1}`,
      { headers: { authorization: `Bearer ${token.reviewer}` } },
    );
    const text = pdfPages(Buffer.from(await response.arrayBuffer())).join(' ');
    expect(text).toContain('Disclosure plan (deepfake-like content)');
    expect(text).toContain('ON_SCREEN_LABEL, END_CREDITS, DESCRIPTION_METADATA');
  });
});
