import { startTestServer, TestServer } from '../../../../test/support/server';
import { GovernanceFixtures } from '../testing/fixtures';
import { flagTask } from '../testing/flag';
import { PolicyGate } from './policy-gate';

const EXCEPTION = `id ruleId status occurrences closeReason closedBy reviewStatus reviewNote reviewedBy message evidenceJson shotCode`;

describe('the policy exceptions register over GraphQL', () => {
  let server: TestServer;
  let plant: GovernanceFixtures;
  let token: Record<'admin' | 'planner' | 'reviewer' | 'executive', string>;
  let productionId: string;
  let modelId: string;

  /** Opens an exception the way a flagged job does: through the gate, in a transaction. */
  const flagged = (task: Parameters<GovernanceFixtures['task']>[1]) =>
    flagTask(server, plant, productionId, modelId, task);

  const events = async () =>
    (await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n as number;

  beforeAll(async () => {
    server = await startTestServer();
    plant = new GovernanceFixtures(server.dataSource);
    token = {
      admin: await server.login('admin@frameledger.local'),
      planner: await server.login('planner@frameledger.local'),
      reviewer: await server.login('reviewer@frameledger.local'),
      executive: await server.login('executive@frameledger.local'),
    };
    productionId = await plant.production('POLICYTEST', true);
    modelId = await plant.model({ name: 'grade' });
    const set = `mutation($p: ID!) { setPolicySeverity(productionId: $p, ruleId: SYNTHETIC_PERFORMER_NOTICE, severity: FLAG) { id } }`;
    await server.gql(set, { p: productionId }, token.admin);
  });
  afterAll(() => server?.stop());

  it("lists the rules with the production's own severity, and only an admin changes it (audited)", async () => {
    const rules = await server.gql(
      `query($p: ID) { policyRules(productionId: $p) { id severity defaultSeverity source } }`,
      { p: productionId },
      token.reviewer,
    );
    expect(rules.data!.policyRules.map((r: { id: string }) => r.id)).toEqual([
      'MODEL_APPROVED',
      'TRAINING_DATA_DECLARED',
      'LIKENESS_CONSENT',
      'SYNTHETIC_PERFORMER_NOTICE',
      'PERFORMER_MODEL_SCOPED',
      'AI_FINAL_SIGN_OFF',
      'GENERATIVE_WORKER_NOTICE',
      'GENERATIVE_OUTPUT_MARKED',
      'DEEPFAKE_DISCLOSURE_PLANNED',
      'DISTRIBUTOR_DISCLOSURE',
      'FIVE_PRINCIPLES_CHECKED',
      'WRITTEN_APPROVAL_FOR_FINAL',
      'PERFORMER_SCAN_REASON',
      'PERFORMER_TRAINING_LICENCE_NOTICE',
      'MINOR_GUARDIAN_CONSENT',
    ]);
    const set = `mutation($p: ID!) { setPolicySeverity(productionId: $p, ruleId: LIKENESS_CONSENT, severity: FLAG) { id severity defaultSeverity } }`;
    const refused = await server.gql(set, { p: productionId }, token.planner);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const before = await events();
    const done = await server.gql(set, { p: productionId }, token.admin);
    expect(done.data!.setPolicySeverity).toEqual({
      id: 'LIKENESS_CONSENT',
      severity: 'FLAG',
      defaultSeverity: 'BLOCK',
    });
    const [event] = await server.dataSource.query(`SELECT action, payload FROM audit_event WHERE seq = $1`, [
      before + 1,
    ]);
    expect(event).toEqual({
      action: 'policy.severity.set',
      payload: { before: { severity: 'BLOCK' }, after: { severity: 'FLAG' } },
    });
  });

  it('lists exceptions by filter for reviewers, and not for executives', async () => {
    const { id } = await flagged({ aiCategory: 'GENERATIVE' });
    const list = `query($f: PolicyExceptionFilter) { policyExceptions(filter: $f) { totalCount edges { node { ${EXCEPTION} } } } }`;
    const result = await server.gql(
      list,
      { f: { productionId, ruleId: 'GENERATIVE_WORKER_NOTICE', status: 'OPEN' } },
      token.reviewer,
    );
    const node = result.data!.policyExceptions.edges.find(
      (e: { node: { id: string } }) => e.node.id === id,
    ).node;
    expect(node).toMatchObject({
      ruleId: 'GENERATIVE_WORKER_NOTICE',
      status: 'OPEN',
      occurrences: 1,
      reviewStatus: 'UNREVIEWED',
    });
    expect(JSON.parse(node.evidenceJson)).toMatchObject({
      aiCategory: 'GENERATIVE',
      guildCovered: true,
      workerNotices: 0,
    });
    expect((await server.gql(list, {}, token.executive)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('resolves an exception only once its cause is gone', async () => {
    const { id } = await flagged({ aiCategory: 'GENERATIVE' });
    const resolve = `mutation($id: ID!) { resolvePolicyException(id: $id, reason: "Notice sent to IATSE Local 839") { ${EXCEPTION} } }`;
    const early = await server.gql(resolve, { id }, token.planner);
    expect(early.errors![0].extensions!.code).toBe('CONFLICT');
    expect(early.errors![0].message).toMatch(
      /still breaks GENERATIVE_WORKER_NOTICE: .*no worker notice is recorded/,
    );
    const notice = `mutation($i: RecordNoticeInput!) { recordWorkerNotice(input: $i) { id } }`;
    const input = {
      productionId,
      unionName: 'IATSE Local 839',
      scope: 'Generative matte painting on episode 1',
      givenAt: '2025-05-01T09:00:00Z',
    };
    expect((await server.gql(notice, { i: input }, token.planner)).errors).toBeUndefined();
    const done = await server.gql(resolve, { id }, token.planner);
    expect(done.data!.resolvePolicyException).toMatchObject({
      status: 'RESOLVED',
      closeReason: 'Notice sent to IATSE Local 839',
      closedBy: 'planner@frameledger.local',
    });
    const again = await server.gql(resolve, { id }, token.planner);
    expect(again.errors![0].message).toMatch(/is RESOLVED already/);
  });

  it('waives only with a reason, only as an admin, and audits the waiver', async () => {
    const { id } = await flagged({ likenessKind: 'DIGITAL_ALTERATION', performerName: 'Ana Ruiz' });
    const waive = `mutation($id: ID!, $r: String!) { waivePolicyException(id: $id, reason: $r) { ${EXCEPTION} } }`;
    const before = await events();
    const blank = await server.gql(waive, { id, r: '   ' }, token.admin);
    expect(blank.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    expect(blank.errors![0].message).toMatch(/A waiver needs a reason/);
    expect((await server.gql(waive, { id, r: 'ok' }, token.planner)).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect((await server.gql(waive, { id, r: 'ok' }, token.reviewer)).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect(await events()).toBe(before);

    const reason = 'Wig fix on a stand-in; Ana Ruiz confirmed in writing on set, consent paperwork follows.';
    const done = await server.gql(waive, { id, r: reason }, token.admin);
    expect(done.data!.waivePolicyException).toMatchObject({
      status: 'WAIVED',
      closeReason: reason,
      closedBy: 'admin@frameledger.local',
    });
    const [event] = await server.dataSource.query(
      `SELECT action, subject_id, payload FROM audit_event WHERE seq = $1`,
      [before + 1],
    );
    expect(event).toMatchObject({ action: 'policy.exception.waive', subject_id: id });
    expect(event.payload.before.status).toBe('OPEN');
    expect(event.payload.after).toMatchObject({ status: 'WAIVED', closeReason: reason });
  });

  it("lets a reviewer set an exception's review status and note, and nothing else", async () => {
    const { id } = await flagged({ likenessKind: 'SYNTHETIC_PERFORMER' });
    const review = `mutation($id: ID!) { reviewPolicyException(id: $id, reviewStatus: QUERIED, note: "Which crew members were notified?") { ${EXCEPTION} } }`;
    const done = await server.gql(review, { id }, token.reviewer);
    expect(done.data!.reviewPolicyException).toMatchObject({
      status: 'OPEN',
      reviewStatus: 'QUERIED',
      reviewNote: 'Which crew members were notified?',
      reviewedBy: 'reviewer@frameledger.local',
    });
    const [event] = await server.dataSource.query(`SELECT action FROM audit_event ORDER BY seq DESC LIMIT 1`);
    expect(event.action).toBe('policy.exception.review');
    expect((await server.gql(review, { id }, token.planner)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const resolve = `mutation($id: ID!) { resolvePolicyException(id: $id) { id } }`;
    expect((await server.gql(resolve, { id }, token.reviewer)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses a review with neither a status nor a note, naming both fields, and writes nothing', async () => {
    const { id } = await flagged({ likenessKind: 'SYNTHETIC_PERFORMER' });
    const state = async () => {
      const [row] = await server.dataSource.query(
        `SELECT review_status, review_note, reviewed_by, reviewed_at FROM policy_exception WHERE id = $1`,
        [id],
      );
      const [{ events }] = await server.dataSource.query(`SELECT count(*)::int AS events FROM audit_event`);
      return { row, events };
    };
    const before = await state();
    for (const note of ['', '   ']) {
      const refused = await server.gql(
        `mutation($id: ID!, $note: String!) { reviewPolicyException(id: $id, reviewStatus: UNREVIEWED, note: $note) { id } }`,
        { id, note },
        token.reviewer,
      );
      expect(refused.data).toBeNull();
      expect(refused.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reviewStatus',
        fields: ['reviewStatus', 'note'],
      });
      expect(refused.errors![0].message).toMatch(/^A review needs a status or a note/);
    }
    expect(await state()).toEqual(before);
    // A note alone is a review.
    const noted = await server.gql(
      `mutation($id: ID!) { reviewPolicyException(id: $id, reviewStatus: UNREVIEWED, note: "Asked the union rep.") { reviewNote } }`,
      { id },
      token.reviewer,
    );
    expect(noted.data!.reviewPolicyException.reviewNote).toBe('Asked the union rep.');
  });

  it("filters the register by a rule pack's rules, and refuses a pack that does not exist", async () => {
    const own = await plant.production('PACKFILTER', true);
    const set = `mutation($p: ID!) { setPolicySeverity(productionId: $p, ruleId: SYNTHETIC_PERFORMER_NOTICE, severity: FLAG) { id } }`;
    await server.gql(set, { p: own }, token.admin);
    const actorId = await plant.userId('operator@frameledger.local');
    // One synthetic performer without a union notice and one generative task without a worker notice.
    for (const task of [{ likenessKind: 'SYNTHETIC_PERFORMER' }, { aiCategory: 'GENERATIVE' as const }]) {
      const taskId = await plant.task(own, task);
      await server.dataSource.transaction((m) =>
        server.app.get(PolicyGate).checkInferenceJob(m, { taskId, modelId, actorId }),
      );
    }
    const list = `query($f: PolicyExceptionFilter) { policyExceptions(filter: $f, first: 10) { edges { node { ruleId } } } }`;
    const rules = async (pack: string) =>
      (
        await server.gql(list, { f: { productionId: own, pack } }, token.reviewer)
      ).data!.policyExceptions.edges.map((e: { node: { ruleId: string } }) => e.node.ruleId);
    expect(await rules('sag-aftra-tv-2026')).toEqual(['SYNTHETIC_PERFORMER_NOTICE']);
    expect(await rules('iatse-ba-2024')).toEqual(['GENERATIVE_WORKER_NOTICE']);
    expect(await rules('netflix-genai-2025-08')).toEqual([]);
    const unknown = await server.gql(list, { f: { pack: 'wga-2099' } }, token.reviewer);
    expect(unknown.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  describe('rule packs', () => {
    /** Runs the gate as a job on a new task of the production; the rules it opened exceptions for. */
    async function jobFindings(production: string, task: Parameters<GovernanceFixtures['task']>[1]) {
      const taskId = await plant.task(production, task);
      const actorId = await plant.userId('operator@frameledger.local');
      await server.dataSource.transaction((m) =>
        server.app.get(PolicyGate).checkInferenceJob(m, { taskId, modelId, actorId }),
      );
      const rows = await server.dataSource.query(`SELECT rule_id FROM policy_exception WHERE task_id = $1`, [
        taskId,
      ]);
      return rows.map((r: { rule_id: string }) => r.rule_id);
    }
    const packs = `query($p: ID) { rulePacks(productionId: $p) { id chosen source effectiveFrom rules { id applies severity } } }`;
    const choose = `mutation($p: ID!, $packs: [String!]!) { setProductionRulePacks(productionId: $p, packs: $packs) { id chosen } }`;

    it('holds a production to the packs it chose, audits the choice, and keeps its severities', async () => {
      const covered = await plant.production('PACKS', true);
      const listed = await server.gql(packs, { p: covered }, token.reviewer);
      expect(listed.data!.rulePacks.map((p: { id: string; chosen: boolean }) => [p.id, p.chosen])).toEqual([
        ['frameledger-core', true],
        ['sag-aftra-tv-2023', true],
        ['iatse-ba-2024', true],
        ['tag-2024', true],
        ['eu-ai-act-art50', false],
        ['netflix-genai-2025-08', false],
        ['sag-aftra-tv-2026', false],
      ]);
      expect(await jobFindings(covered, { aiCategory: 'GENERATIVE' })).toEqual(['GENERATIVE_WORKER_NOTICE']);

      expect(
        (await server.gql(choose, { p: covered, packs: ['sag-aftra-tv-2023'] }, token.planner)).errors![0]
          .extensions!.code,
      ).toBe('FORBIDDEN');
      const before = await events();
      const done = await server.gql(choose, { p: covered, packs: ['sag-aftra-tv-2023'] }, token.admin);
      expect(done.data!.setProductionRulePacks).toEqual([
        { id: 'frameledger-core', chosen: true },
        { id: 'sag-aftra-tv-2023', chosen: true },
        { id: 'iatse-ba-2024', chosen: false },
        { id: 'tag-2024', chosen: false },
        { id: 'eu-ai-act-art50', chosen: false },
        { id: 'netflix-genai-2025-08', chosen: false },
        { id: 'sag-aftra-tv-2026', chosen: false },
      ]);
      const [event] = await server.dataSource.query(
        `SELECT action, subject_id, payload FROM audit_event WHERE seq = $1`,
        [before + 1],
      );
      expect(event).toEqual({
        action: 'policy.packs.set',
        subject_id: covered,
        payload: {
          before: { packs: ['frameledger-core', 'sag-aftra-tv-2023', 'iatse-ba-2024', 'tag-2024'] },
          after: { packs: ['frameledger-core', 'sag-aftra-tv-2023'] },
        },
      });

      // The worker notice rule's packs are no longer chosen: the same job opens nothing.
      expect(await jobFindings(covered, { aiCategory: 'GENERATIVE' })).toEqual([]);
      const rules = (await server.gql(packs, { p: covered }, token.reviewer)).data!.rulePacks;
      expect(rules.find((p: { id: string }) => p.id === 'iatse-ba-2024').rules).toEqual([
        { id: 'GENERATIVE_WORKER_NOTICE', applies: false, severity: 'FLAG' },
      ]);
      // A chosen pack's rule still takes the production's own severity.
      const flag = `mutation($p: ID!) { setPolicySeverity(productionId: $p, ruleId: LIKENESS_CONSENT, severity: FLAG) { id } }`;
      expect((await server.gql(flag, { p: covered }, token.admin)).errors).toBeUndefined();
      expect(
        await jobFindings(covered, { likenessKind: 'DIGITAL_ALTERATION', performerName: 'Ana Ruiz' }),
      ).toEqual(['LIKENESS_CONSENT']);
    });

    describe('GENERATIVE_OUTPUT_MARKED (eu-ai-act-art50)', () => {
      /** A task with one vendor run whose output file's C2PA credentials read `c2paStatus`. */
      async function withVendorOutput(
        production: string,
        aiCategory: 'GENERATIVE' | 'TRADITIONAL',
        c2paStatus: string,
      ) {
        const taskId = await plant.task(production, { aiCategory });
        const runId = await plant.aiRun(taskId, null, '2026-09-01T10:00:00Z');
        const [file] = await server.dataSource.query(
          `INSERT INTO stored_file (sha256, size_bytes, media_type, original_name)
           VALUES (md5(random()::text) || md5(random()::text), 1024, 'image/png', 'plate.png') RETURNING id`,
        );
        await server.dataSource.query(
          `INSERT INTO ai_run_output (ai_run_id, file_id, c2pa_status) VALUES ($1, $2, $3)`,
          [runId, file.id, c2paStatus],
        );
        return taskId;
      }
      /** Delivers the task through the gate; the rules it opened exceptions for. */
      async function deliver(taskId: string) {
        const actorId = await plant.userId('planner@frameledger.local');
        await server.dataSource.transaction((m) =>
          server.app.get(PolicyGate).checkTaskDelivery(m, { taskId, actorId }),
        );
        const rows = await server.dataSource.query(
          `SELECT rule_id FROM policy_exception WHERE task_id = $1`,
          [taskId],
        );
        return rows.map((r: { rule_id: string }) => r.rule_id);
      }

      it('flags unmarked generative vendor output only where the pack is chosen, and blocks it at BLOCK', async () => {
        const eu = await plant.production('EUPACK', false);
        const untouched = await plant.production('NOEUPACK', false);
        await server.gql(choose, { p: eu, packs: ['eu-ai-act-art50'] }, token.admin);

        expect(await deliver(await withVendorOutput(untouched, 'GENERATIVE', 'NONE'))).toEqual([]);
        expect(await deliver(await withVendorOutput(eu, 'GENERATIVE', 'NONE'))).toEqual([
          'GENERATIVE_OUTPUT_MARKED',
        ]);
        expect(await deliver(await withVendorOutput(eu, 'GENERATIVE', 'VERIFIED'))).toEqual([]);
        // Assistive use is exempt from marking (Article 50(2)).
        expect(await deliver(await withVendorOutput(eu, 'TRADITIONAL', 'NONE'))).toEqual([]);
        // A vendor run recorded with no file shows nothing marked: flagged too.
        const fileless = await plant.task(eu, { aiCategory: 'GENERATIVE' });
        await plant.aiRun(fileless, null, '2026-09-01T10:00:00Z');
        expect(await deliver(fileless)).toEqual(['GENERATIVE_OUTPUT_MARKED']);

        const block = `mutation($p: ID!) { setPolicySeverity(productionId: $p, ruleId: GENERATIVE_OUTPUT_MARKED, severity: BLOCK) { id } }`;
        expect((await server.gql(block, { p: eu }, token.admin)).errors).toBeUndefined();
        const invalid = await withVendorOutput(eu, 'GENERATIVE', 'INVALID');
        await expect(deliver(invalid)).rejects.toMatchObject({
          extensions: { code: 'POLICY_BLOCKED', ruleId: 'GENERATIVE_OUTPUT_MARKED' },
          message: expect.stringContaining('carry no valid C2PA credentials (INVALID)'),
        });
        const opened = await server.dataSource.query(`SELECT 1 FROM policy_exception WHERE task_id = $1`, [
          invalid,
        ]);
        expect(opened).toEqual([]);
      });
    });

    it('refuses an unknown pack with a coded error and writes nothing', async () => {
      const before = await events();
      const refused = await server.gql(
        choose,
        { p: productionId, packs: ['sag-aftra-tv-2023', 'wga-2099'] },
        token.admin,
      );
      expect(refused.errors![0]).toMatchObject({
        message: expect.stringContaining(
          'There is no rule pack called "wga-2099"; choose from frameledger-core,',
        ),
        extensions: { code: 'BAD_USER_INPUT', field: 'packs', pack: 'wga-2099' },
      });
      expect(await events()).toBe(before);
      const listed = await server.gql(packs, { p: productionId }, token.reviewer);
      expect(
        listed.data!.rulePacks.filter((p: { chosen: boolean }) => p.chosen).map((p: { id: string }) => p.id),
      ).toEqual(['frameledger-core', 'sag-aftra-tv-2023', 'iatse-ba-2024', 'tag-2024']);
    });
  });
});
