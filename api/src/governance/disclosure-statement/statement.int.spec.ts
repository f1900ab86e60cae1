import { createPublicKey } from 'node:crypto';
import { verifyDocument } from '../../platform/audit/core/signing';
import { pdfPages } from '../../../../test/support/pdf';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { GovernanceFixtures } from '../testing/fixtures';

const GENERATE = `mutation($p: ID!, $e: ID) { generateDisclosureStatement(productionId: $p, episodeId: $e) {
  statementJson signature keyId publicKeyPem treeSize uses } }`;
const LEDGER = `query($p: ID) { aiUseLedger(productionId: $p, first: 100) { edges { node { runId taskId inFinalDeliverable } } } }`;

interface Use {
  runId: string;
  shotCode: string;
  episode: string | null;
  rules: Array<{ ruleId: string; occasion: string; outcome: string }>;
  approvals: Array<{ category: string }>;
  escalation: string;
}

describe('the disclosure statement of a deliverable', () => {
  let server: TestServer;
  let plant: GovernanceFixtures;
  let reviewer: string;
  let productionId: string;
  let episode1: string;
  let shot: Record<string, string>;
  const runs: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    plant = new GovernanceFixtures(server.dataSource);
    reviewer = await server.login('reviewer@frameledger.local');
    const admin = await server.login('admin@frameledger.local');
    productionId = await plant.production('STMT', false);
    await server.gql(
      `mutation($p: ID!) { setProductionRulePacks(productionId: $p, packs: ["netflix-genai-2025-08"]) { id } }`,
      { p: productionId },
      admin,
    );
    const modelId = await plant.model({ name: 'sky-gen' });
    const [e1, e2] = await server.dataSource.query(
      `INSERT INTO episode (production_id, number, title) VALUES ($1, 1, 'Pilot'), ($1, 2, '') RETURNING id`,
      [productionId],
    );
    episode1 = e1.id;
    // Five tasks: two generative ones in the deliverable (episodes 1 and 2), and three that are not
    // in the statement: generative but not delivered, delivered but assistive, delivered with no run.
    const gen1 = await plant.task(productionId, { aiCategory: 'GENERATIVE', inFinalDeliverable: true });
    const gen2 = await plant.task(productionId, { aiCategory: 'GENERATIVE', inFinalDeliverable: true });
    const notDelivered = await plant.task(productionId, {
      aiCategory: 'GENERATIVE',
      inFinalDeliverable: false,
    });
    const assistive = await plant.task(productionId, { aiCategory: 'TRADITIONAL', inFinalDeliverable: true });
    await plant.task(productionId, { aiCategory: 'GENERATIVE', inFinalDeliverable: true });
    await server.dataSource.query(
      `UPDATE shot SET episode_id = $2 FROM task t WHERE t.shot_id = shot.id AND t.id = $1`,
      [gen1, e1.id],
    );
    await server.dataSource.query(
      `UPDATE shot SET episode_id = $2 FROM task t WHERE t.shot_id = shot.id AND t.id = $1`,
      [gen2, e2.id],
    );
    runs.gen1a = await plant.aiRun(gen1, modelId, '2026-11-02T10:00:00.000Z');
    runs.gen1b = await plant.aiRun(gen1, modelId, '2026-11-03T10:00:00.000Z');
    runs.gen2 = await plant.aiRun(gen2, modelId, '2026-11-04T10:00:00.000Z');
    await plant.aiRun(notDelivered, modelId, '2026-11-05T10:00:00.000Z');
    await plant.aiRun(assistive, modelId, '2026-11-06T10:00:00.000Z');
    // gen1 was disclosed (on 1 November, before its runs) and approved for the final deliverable.
    await server.dataSource.query(
      `INSERT INTO ai_use_disclosure (production_id, task_id, contact, disclosed_at, description)
       VALUES ($1, $2, 'Netflix VFX producer', '2026-11-01T09:00:00Z', 'sky replacement')`,
      [productionId, gen1],
    );
    await server.dataSource.query(
      `INSERT INTO ai_use_approval (production_id, task_id, category, approver, document_ref, approved_at)
       VALUES ($1, $2, 'FINAL_DELIVERABLE', 'M. Ortega', 'memo 7', '2026-11-07T09:00:00Z')`,
      [productionId, gen1],
    );
    const codes = await server.dataSource.query(
      `SELECT t.id, s.code FROM task t JOIN shot s ON s.id = t.shot_id WHERE t.id = ANY($1)`,
      [[gen1, gen2]],
    );
    shot = Object.fromEntries(
      codes.map((r: { id: string; code: string }) => [r.id === gen1 ? 'gen1' : 'gen2', r.code]),
    );
  });
  afterAll(() => server?.stop());

  it('lists exactly the generative uses in the deliverable, as the ledger has them, signed by the audit key at the current tree size', async () => {
    const result = await server.gql(GENERATE, { p: productionId }, reviewer);
    const signed = result.data!.generateDisclosureStatement;
    const statement = JSON.parse(signed.statementJson);

    // The ledger's runs on generative tasks in the final deliverable: 3 of its 5 runs.
    const ledger = (await server.gql(LEDGER, { p: productionId }, reviewer)).data!.aiUseLedger.edges.map(
      (e: { node: unknown }) => e.node,
    );
    const generative = new Set(
      (
        await server.dataSource.query(
          `SELECT id FROM task WHERE ai_category = 'GENERATIVE' AND production_id = $1`,
          [productionId],
        )
      ).map((r: { id: string }) => r.id),
    );
    const expected = ledger
      .filter(
        (u: { taskId: string; inFinalDeliverable: boolean }) =>
          u.inFinalDeliverable && generative.has(u.taskId),
      )
      .map((u: { runId: string }) => u.runId)
      .sort();
    expect(ledger).toHaveLength(5);
    expect(expected).toEqual([runs.gen1a, runs.gen1b, runs.gen2].sort());
    expect(statement.uses.map((u: Use) => u.runId).sort()).toEqual(expected);
    expect(signed.uses).toBe(3);

    // Signed by the key the audit checkpoints are signed with, over the head that includes its own event.
    const { auditCheckpoint } = (
      await server.gql(`{ auditCheckpoint { treeSize publicKey keyId } }`, {}, reviewer)
    ).data!;
    const [{ head, action }] = await server.dataSource.query(
      `SELECT seq AS head, action FROM audit_event ORDER BY seq DESC LIMIT 1`,
    );
    expect(action).toBe('disclosure_statement.generate');
    expect(statement.audit.treeSize).toBe(Number(head));
    expect(signed.treeSize).toBe(Number(head));
    expect(signed.keyId).toBe(auditCheckpoint.keyId);
    const key = createPublicKey(auditCheckpoint.publicKey);
    expect(verifyDocument('frameledger/disclosure-statement/1', statement, signed.signature, key)).toBe(true);
    const forged = { ...statement, uses: statement.uses.slice(1) };
    expect(verifyDocument('frameledger/disclosure-statement/1', forged, signed.signature, key)).toBe(false);
  });

  it("says how each rule stood for each use: gen1's disclosure passes and its unanswered five-principle check is a finding; gen2 was never disclosed", async () => {
    const statement = JSON.parse(
      (await server.gql(GENERATE, { p: productionId }, reviewer)).data!.generateDisclosureStatement
        .statementJson,
    );
    const outcome = (u: Use) =>
      Object.fromEntries(u.rules.map((r) => [`${r.ruleId}@${r.occasion}`, r.outcome]));
    const [gen1a] = statement.uses.filter((u: Use) => u.runId === runs.gen1a);
    const [gen2] = statement.uses.filter((u: Use) => u.runId === runs.gen2);
    expect(gen1a).toMatchObject({
      shotCode: shot.gen1,
      episode: 'Episode 1: Pilot',
      approvals: [{ category: 'FINAL_DELIVERABLE' }],
    });
    expect(outcome(gen1a)).toMatchObject({
      'DISTRIBUTOR_DISCLOSURE@RECORDED_USE': 'PASSED',
      'FIVE_PRINCIPLES_CHECKED@RECORDED_USE': 'FINDING',
    });
    expect(gen2).toMatchObject({ shotCode: shot.gen2, episode: 'Episode 2' });
    expect(outcome(gen2)).toMatchObject({ 'DISTRIBUTOR_DISCLOSURE@RECORDED_USE': 'FINDING' });
  });

  it('narrows to one episode, and refuses an episode of another production', async () => {
    const one = JSON.parse(
      (await server.gql(GENERATE, { p: productionId, e: episode1 }, reviewer)).data!
        .generateDisclosureStatement.statementJson,
    );
    expect(one.deliverable).toEqual({ episodeId: episode1, label: 'Episode 1: Pilot' });
    expect(one.uses.map((u: Use) => u.runId).sort()).toEqual([runs.gen1a, runs.gen1b].sort());
    const other = await plant.production('OTHER', false);
    const before = await plant.counts();
    const refused = await server.gql(GENERATE, { p: other, e: episode1 }, reviewer);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'episodeId' });
    expect(await plant.counts()).toEqual(before);
  });

  it('downloads as a PDF naming each use and the tree size', async () => {
    const response = await fetch(
      `${server.url}/files/governance/disclosure-statement.pdf?productionId=${productionId}`,
      { headers: { authorization: `Bearer ${reviewer}` } },
    );
    expect(response.status).toBe(200);
    const text = pdfPages(Buffer.from(await response.arrayBuffer())).join(' ');
    const [{ head }] = await server.dataSource.query(`SELECT max(seq) AS head FROM audit_event`);
    expect(text).toContain('Generative AI uses in the deliverable: 3');
    expect(text).toContain(`Shot ${shot.gen1} (Episode 1: Pilot)`);
    expect(text).toContain(`Shot ${shot.gen2} (Episode 2)`);
    expect(text).toContain(`Audit log tree size ${head}`);
  });
});
