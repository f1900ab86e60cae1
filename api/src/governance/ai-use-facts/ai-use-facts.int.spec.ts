import { startTestServer, TestServer } from '../../../../test/support/server';
import { PolicyGate } from '../policy/policy-gate';
import { ALL_YES, GovernanceFixtures } from '../testing/fixtures';

const SUBMIT = `mutation($i: SubmitInferenceJobInput!) { submitInferenceJob(input: $i) { id status } }`;
const CHOOSE = `mutation($p: ID!, $packs: [String!]!) { setProductionRulePacks(productionId: $p, packs: $packs) { id } }`;
const USE = `taskId useClass useClassReason outputStatus escalation requiredForFinal
  disclosures { contact disclosedAt description recordedBy } approvals { category approver documentRef approvedAt }
  checklist { noUnownedMaterial noDataReuse enterpriseSecured outputTemporary noTalentReplacement involvesPersonalData involvesThirdPartyIp }`;
const DISCLOSE = `mutation($i: RecordAiUseDisclosureInput!) { recordAiUseDisclosure(input: $i) { ${USE} } }`;
const ANSWER = `mutation($i: AnswerAiUseChecklistInput!) { answerAiUseChecklist(input: $i) { ${USE} } }`;
const APPROVE = `mutation($i: RecordAiUseApprovalInput!) { recordAiUseApproval(input: $i) { ${USE} } }`;
const CLASSIFY = `mutation($i: ClassifyAiUseInput!) { classifyAiUse(input: $i) { ${USE} } }`;
const PROMOTE = `mutation($t: ID!) { promoteAiOutputToFinal(taskId: $t) { ${USE} } }`;

describe('the facts of an AI use under the Netflix and SAG-AFTRA 2026 packs', () => {
  let server: TestServer;
  let plant: GovernanceFixtures;
  let token: Record<'admin' | 'planner' | 'operator' | 'reviewer', string>;
  let netflix: string;
  let modelId: string;
  let folderId: string;

  const counts = async () =>
    (
      await server.dataSource.query(
        `SELECT (SELECT count(*)::int FROM inference_job) AS jobs, (SELECT count(*)::int FROM audit_event) AS events,
                (SELECT count(*)::int FROM policy_exception) AS exceptions,
                (SELECT count(*)::int FROM task WHERE ai_output_status = 'FINAL') AS finals`,
      )
    )[0];
  const submit = (taskId: string) =>
    server.gql(SUBMIT, { i: { taskId, modelId, frames: { folderId } } }, token.operator);
  const disclose = (taskId: string) =>
    server.gql(
      DISCLOSE,
      {
        i: {
          taskId,
          contact: 'Netflix VFX producer (M. Ortega)',
          disclosedAt: '2026-11-30T10:00:00.000Z',
          description: 'comp-relight on the plate, temp only',
        },
      },
      token.planner,
    );
  const approve = (taskId: string, category: string) =>
    server.gql(
      APPROVE,
      {
        i: {
          taskId,
          category,
          approver: 'M. Ortega (Netflix)',
          documentRef: `email 2026-12-01 ${category}`,
          approvedAt: new Date().toISOString(),
        },
      },
      token.planner,
    );

  beforeAll(async () => {
    server = await startTestServer();
    plant = new GovernanceFixtures(server.dataSource);
    token = {
      admin: await server.login('admin@frameledger.local'),
      planner: await server.login('planner@frameledger.local'),
      operator: await server.login('operator@frameledger.local'),
      reviewer: await server.login('reviewer@frameledger.local'),
    };
    netflix = await plant.production('NFLX', false);
    await server.gql(CHOOSE, { p: netflix, packs: ['netflix-genai-2025-08'] }, token.admin);
    modelId = await plant.model({ name: 'comp-relight' });
    const [folder] = await server.dataSource.query(
      `INSERT INTO frame_folder (name, first_frame, frame_count, width, height) VALUES ('plates', 1001, 48, 64, 64) RETURNING id`,
    );
    folderId = folder.id;
  });
  afterAll(() => server?.stop());

  describe('DISTRIBUTOR_DISCLOSURE', () => {
    it('refuses a job whose use was not disclosed, writing nothing, and runs it once the disclosure is recorded', async () => {
      const taskId = await plant.task(netflix);
      await server.gql(ANSWER, { i: { taskId, ...ALL_YES } }, token.planner);
      const before = await counts();
      const refused = await submit(taskId);
      expect(refused.errors![0].extensions).toMatchObject({
        code: 'POLICY_BLOCKED',
        ruleId: 'DISTRIBUTOR_DISCLOSURE',
      });
      expect(await counts()).toEqual(before);

      const disclosed = await disclose(taskId);
      expect(disclosed.data!.recordAiUseDisclosure.disclosures).toEqual([
        {
          contact: 'Netflix VFX producer (M. Ortega)',
          disclosedAt: '2026-11-30T10:00:00.000Z',
          description: 'comp-relight on the plate, temp only',
          recordedBy: 'planner@frameledger.local',
        },
      ]);
      expect((await submit(taskId)).data!.submitInferenceJob.status).toBe('QUEUED');
    });

    it('refuses a disclosure dated in the future, and a reviewer may read but not record', async () => {
      const taskId = await plant.task(netflix);
      const future = await server.gql(
        DISCLOSE,
        { i: { taskId, contact: 'x', disclosedAt: '2099-01-01T00:00:00.000Z', description: 'y' } },
        token.planner,
      );
      expect(future.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.disclosedAt',
      });
      expect(
        (
          await server.gql(
            DISCLOSE,
            { i: { taskId, contact: 'x', disclosedAt: '2026-01-01T00:00:00.000Z', description: 'y' } },
            token.reviewer,
          )
        ).errors![0].extensions!.code,
      ).toBe('FORBIDDEN');
      const read = await server.gql(
        `query($t: ID!) { aiUseFacts(taskId: $t) { disclosures { contact } escalation } }`,
        { t: taskId },
        token.reviewer,
      );
      expect(read.data!.aiUseFacts).toEqual({ disclosures: [], escalation: 'NOT_ANSWERED' });
    });
  });

  describe('FIVE_PRINCIPLES_CHECKED', () => {
    it('holds an UNSURE answer as needing escalation until an ETHICS approval, then runs', async () => {
      const taskId = await plant.task(netflix);
      await disclose(taskId);
      const unanswered = await submit(taskId);
      expect(unanswered.errors![0].extensions).toMatchObject({
        code: 'POLICY_BLOCKED',
        ruleId: 'FIVE_PRINCIPLES_CHECKED',
      });

      const answered = await server.gql(
        ANSWER,
        { i: { taskId, ...ALL_YES, noDataReuse: 'UNSURE' } },
        token.planner,
      );
      expect(answered.data!.answerAiUseChecklist.escalation).toBe('NEEDED');
      const before = await counts();
      const refused = await submit(taskId);
      expect(refused.errors![0].message).toBe(
        `Shot ${await shotCode(taskId)}'s five-principle check answers noDataReuse UNSURE; escalate to the distributor, then before the run, on Production, Breakdown, open "AI use and sign-off" on this task and record a written approval that covers ethics. ` +
          '(policy rule FIVE_PRINCIPLES_CHECKED: Netflix, \'Using Generative AI in Content Production\' (partner help centre guidance, August 2025): the five guiding principles; a "no" or "unsure" answer is escalated to the Netflix contact, and written approval may be required)',
      );
      expect(await counts()).toEqual(before);

      const approved = await approve(taskId, 'ETHICS');
      expect(approved.data!.recordAiUseApproval.escalation).toBe('APPROVED');
      expect((await submit(taskId)).data!.submitInferenceJob.status).toBe('QUEUED');

      // New answers need a new approval: the one given before them no longer covers the check.
      const changed = await server.gql(
        ANSWER,
        { i: { taskId, ...ALL_YES, enterpriseSecured: 'NO' } },
        token.planner,
      );
      expect(changed.data!.answerAiUseChecklist.escalation).toBe('NEEDED');
    });
  });

  describe('WRITTEN_APPROVAL_FOR_FINAL and promotion to final', () => {
    it('refuses promotion with POLICY_BLOCKED naming the rule and the missing approvals, writing nothing, then promotes (audited)', async () => {
      const taskId = await plant.task(netflix, {
        likenessKind: 'DIGITAL_ALTERATION',
        performerName: 'Ana Ruiz',
      });
      await plant.aiRun(taskId, modelId, '2026-12-01T09:00:00.000Z');
      await server.gql(ANSWER, { i: { taskId, ...ALL_YES, involvesPersonalData: true } }, token.planner);
      await approve(taskId, 'FINAL_DELIVERABLE');

      const before = await counts();
      const refused = await server.gql(PROMOTE, { t: taskId }, token.planner);
      expect(refused.errors![0].extensions).toMatchObject({
        code: 'POLICY_BLOCKED',
        ruleId: 'WRITTEN_APPROVAL_FOR_FINAL',
      });
      expect(refused.errors![0].message).toMatch(
        /needs written approval \(LIKENESS, PERSONAL_DATA\) before it is final/,
      );
      expect(await counts()).toEqual(before);

      await approve(taskId, 'LIKENESS');
      await approve(taskId, 'PERSONAL_DATA');
      const promoted = await server.gql(PROMOTE, { t: taskId }, token.planner);
      expect(promoted.data!.promoteAiOutputToFinal).toMatchObject({
        outputStatus: 'FINAL',
        requiredForFinal: ['FINAL_DELIVERABLE', 'LIKENESS', 'PERSONAL_DATA'],
      });
      const [event] = await server.dataSource.query(
        `SELECT action, payload->'before'->>'outputStatus' AS "from", payload->'after'->>'outputStatus' AS "to"
           FROM audit_event WHERE subject_id = $1 ORDER BY seq DESC LIMIT 1`,
        [taskId],
      );
      expect(event).toEqual({ action: 'ai_use.output.promote', from: 'TEMPORARY', to: 'FINAL' });
      const again = await server.gql(PROMOTE, { t: taskId }, token.planner);
      expect(again.errors![0].extensions!.code).toBe('CONFLICT');
    });

    it('answers when the last AI run finished and who signed the AI-final output off, and when', async () => {
      const taskId = await plant.task(netflix, { path: 'AI_FINAL', inFinalDeliverable: true });
      const FACTS = `query($t: ID!) { aiUseFacts(taskId: $t) { lastAiRunAt signedOffBy signedOffAt } }`;
      const facts = async () => (await server.gql(FACTS, { t: taskId }, token.reviewer)).data!.aiUseFacts;
      expect(await facts()).toEqual({ lastAiRunAt: null, signedOffBy: null, signedOffAt: null });
      await plant.aiRun(taskId, modelId, '2026-12-01T09:00:00.000Z');
      const signed = await server.gql(
        `mutation($t: ID!) { signOffTask(taskId: $t) { signedOffBy signedOffAt } }`,
        { t: taskId },
        token.planner,
      );
      expect(await facts()).toEqual({
        lastAiRunAt: expect.stringMatching(/^2026-12-01T/),
        signedOffBy: 'planner@frameledger.local',
        signedOffAt: signed.data!.signOffTask.signedOffAt,
      });
    });

    it('checks the same approval when an AI-final task in the final deliverable is delivered', async () => {
      const taskId = await plant.task(netflix, { path: 'AI_FINAL', inFinalDeliverable: true });
      await plant.aiRun(taskId, modelId, '2026-12-01T09:00:00.000Z');
      // Signed off after the render, so only the distributor's approval is missing.
      await server.dataSource.query(`UPDATE task SET signed_off_at = now() WHERE id = $1`, [taskId]);
      const actorId = await plant.userId('planner@frameledger.local');
      const deliver = () =>
        server.dataSource.transaction((m) =>
          server.app.get(PolicyGate).checkTaskDelivery(m, { taskId, actorId }),
        );
      await expect(deliver()).rejects.toMatchObject({
        extensions: { code: 'POLICY_BLOCKED', ruleIds: ['WRITTEN_APPROVAL_FOR_FINAL'] },
      });
      await approve(taskId, 'FINAL_DELIVERABLE');
      await expect(deliver()).resolves.toBeUndefined();
    });

    it('refuses promotion before any AI output, and promotes without approvals where the Netflix pack is not chosen', async () => {
      const plain = await plant.production('PLAIN', false);
      const taskId = await plant.task(plain);
      expect((await server.gql(PROMOTE, { t: taskId }, token.planner)).errors![0].extensions!.code).toBe(
        'CONFLICT',
      );
      await plant.aiRun(taskId, modelId, '2026-12-01T09:00:00.000Z');
      expect(
        (await server.gql(PROMOTE, { t: taskId }, token.planner)).data!.promoteAiOutputToFinal.outputStatus,
      ).toBe('FINAL');
    });
  });

  it('classifies a use as assistive with its reason (stored as the TRADITIONAL category), and refuses a blank reason', async () => {
    const taskId = await plant.task(netflix, { aiCategory: 'GENERATIVE' });
    const blank = await server.gql(
      CLASSIFY,
      { i: { taskId, useClass: 'ASSISTIVE', reason: '   ' } },
      token.planner,
    );
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const done = await server.gql(
      CLASSIFY,
      { i: { taskId, useClass: 'ASSISTIVE', reason: 'Roto assist: edges only, no new pixels.' } },
      token.planner,
    );
    expect(done.data!.classifyAiUse).toMatchObject({
      useClass: 'ASSISTIVE',
      useClassReason: 'Roto assist: edges only, no new pixels.',
    });
    const [row] = await server.dataSource.query(`SELECT ai_category FROM task WHERE id = $1`, [taskId]);
    expect(row.ai_category).toBe('TRADITIONAL');
  });

  describe('SYNTHETIC_PERFORMER_NOTICE under sag-aftra-tv-2026 alone', () => {
    it('refuses a synthetic performer job without a union notice and runs it with one', async () => {
      const sag = await plant.production('SAG26', true);
      await server.gql(CHOOSE, { p: sag, packs: ['sag-aftra-tv-2026'] }, token.admin);
      const taskId = await plant.task(sag, { likenessKind: 'SYNTHETIC_PERFORMER' });
      const refused = await submit(taskId);
      expect(refused.errors![0].extensions).toMatchObject({
        code: 'POLICY_BLOCKED',
        ruleId: 'SYNTHETIC_PERFORMER_NOTICE',
      });
      await server.gql(
        `mutation($i: RecordNoticeInput!) { recordUnionNotice(input: $i) { id } }`,
        {
          i: {
            productionId: sag,
            taskId,
            unionName: 'SAG-AFTRA',
            scope: 'synthetic background performer',
            givenAt: '2026-11-20T09:00:00.000Z',
          },
        },
        token.planner,
      );
      expect((await submit(taskId)).data!.submitInferenceJob.status).toBe('QUEUED');
    });
  });

  async function shotCode(taskId: string): Promise<string> {
    const [row] = await server.dataSource.query(
      `SELECT s.code FROM task t JOIN shot s ON s.id = t.shot_id WHERE t.id = $1`,
      [taskId],
    );
    return row.code;
  }
});
