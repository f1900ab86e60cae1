import { startTestServer, TestServer } from '../../../../test/support/server';
import { PolicyGate } from '../policy/policy-gate';
import { GovernanceFixtures } from '../testing/fixtures';

describe('reviewer reports', () => {
  let server: TestServer;
  let plant: GovernanceFixtures;
  let reviewer: string;
  let productionId: string;
  let modelId: string;
  let taskId: string;

  beforeAll(async () => {
    server = await startTestServer();
    plant = new GovernanceFixtures(server.dataSource);
    reviewer = await server.login('reviewer@frameledger.local');
    const planner = await server.login('planner@frameledger.local');
    const adminId = await plant.userId('admin@frameledger.local');
    const operatorId = await plant.userId('operator@frameledger.local');
    productionId = await plant.production('LEDGER', true);
    modelId = await plant.model({ name: 'face-relight', trainingData: 'CONSENTED', approvedBy: adminId });
    // Consent signed May 30, notice Jun 9 00:00; the first run started Jun 10 11:00 (finished 12:00 after 1 h): 35 hours of notice.
    const consent = {
      productionId,
      performerName: 'Ana Ruiz',
      replicaKind: 'DIGITAL_ALTERATION',
      scope: 'Relight of close-ups in episode 4',
      signedAt: '2025-05-30T10:00:00Z',
      noticeGivenAt: '2025-06-09T00:00:00Z',
      compensationMinor: '150000',
      compensationCurrency: 'USD',
    };
    await server.gql(
      `mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }`,
      { i: consent },
      planner,
    );
    taskId = await plant.task(productionId, {
      likenessKind: 'DIGITAL_ALTERATION',
      performerName: 'Ana Ruiz',
      inFinalDeliverable: true,
    });
    await plant.aiRun(taskId, modelId, '2025-06-10T12:00:00Z', 3_600_000, 96, operatorId);
    const set = `mutation($p: ID!) { setPolicySeverity(productionId: $p, ruleId: LIKENESS_CONSENT, severity: FLAG) { id } }`;
    await server.gql(set, { p: productionId }, await server.login('admin@frameledger.local'));
    await server.dataSource.transaction((m) =>
      server.app.get(PolicyGate).checkInferenceJob(m, { taskId, modelId, actorId: operatorId }),
    );
  });
  afterAll(() => server?.stop());

  it('lists every AI use with its model, who ran and approved it, the consent standing and the exceptions', async () => {
    const query = `query($p: ID) { aiUseLedger(productionId: $p) { totalCount edges { node {
      productionCode shotCode taskId modelName modelSha256 licence trainingData modelStatus modelApprovedBy ranBy provider
      frames wallMs computeCost { amountMinor currency } inFinalDeliverable likenessKind performerName consentStanding
      firstLikenessUseAt noticeHoursBeforeFirstUse exceptions { ruleId status } } } } }`;
    const result = await server.gql(query, { p: productionId }, reviewer);
    expect(result.data!.aiUseLedger.totalCount).toBe(1);
    const use = result.data!.aiUseLedger.edges[0].node;
    expect(use).toMatchObject({
      productionCode: 'LEDGER',
      taskId,
      modelName: 'face-relight 1.0.0',
      licence: 'Apache-2.0',
      trainingData: 'CONSENTED',
      modelStatus: 'APPROVED',
      modelApprovedBy: 'admin@frameledger.local',
      ranBy: 'operator@frameledger.local',
      provider: 'cpu',
      frames: 96,
      wallMs: 3_600_000,
      computeCost: { amountMinor: '125', currency: 'USD' },
      inFinalDeliverable: true,
      likenessKind: 'DIGITAL_ALTERATION',
      performerName: 'Ana Ruiz',
      consentStanding: 'NOTICE_UNDER_48H',
      firstLikenessUseAt: '2025-06-10T11:00:00.000Z',
      noticeHoursBeforeFirstUse: 35,
      exceptions: [{ ruleId: 'LIKENESS_CONSENT', status: 'OPEN' }],
    });
    expect(use.modelSha256).toMatch(/^[0-9a-f]{64}$/);
    const reversed = await server.gql(
      query
        .replace('$p: ID)', '$p: ID, $f: String, $t: String)')
        .replace('(productionId: $p)', '(productionId: $p, from: $f, to: $t)'),
      {
        p: productionId,
        f: '2025-07-01T00:00:00Z',
        t: '2025-06-01T00:00:00Z',
      },
      reviewer,
    );
    expect(reversed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('pages the ledger newest first by default and oldest first on request, each row once, the CSV oldest first', async () => {
    // Five external runs (no registered model, so the inventory test is unmoved) on their own production, two finishing at the same instant so the run id decides between them.
    const ordered = await plant.production('LEDGER-ORD', false);
    const orderedTask = await plant.task(ordered, {});
    const finishes = [
      '2025-03-01T10:00:00Z',
      '2025-03-02T10:00:00Z',
      '2025-03-02T10:00:00Z',
      '2025-03-03T10:00:00Z',
      '2025-03-04T10:00:00Z',
    ];
    for (const [i, finishedAt] of finishes.entries()) {
      await plant.aiRun(orderedTask, null, finishedAt, 60_000, 10 * (i + 1));
    }
    const query = `query($p: ID, $o: LedgerOrder, $a: String) { aiUseLedger(productionId: $p, order: $o, first: 2, after: $a) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { runId finishedAt frames } } } }`;
    const walk = async (order?: string) => {
      const rows: Array<{ runId: string; finishedAt: string; frames: number }> = [];
      let after: string | undefined;
      for (;;) {
        const page = (await server.gql(query, { p: ordered, o: order, a: after }, reviewer)).data!
          .aiUseLedger;
        expect(page.totalCount).toBe(5);
        rows.push(...page.edges.map((e: { node: (typeof rows)[number] }) => e.node));
        if (!page.pageInfo.hasNextPage) return rows;
        after = page.pageInfo.endCursor;
      }
    };
    const newest = await walk();
    const oldest = await walk('OLDEST_FIRST');
    expect(await walk('NEWEST_FIRST')).toEqual(newest);
    expect(newest).toHaveLength(5);
    expect(new Set(newest.map((r) => r.runId)).size).toBe(5);
    expect(oldest).toEqual([...newest].reverse());
    expect(oldest.map((r) => r.finishedAt)).toEqual(finishes.map((f) => new Date(f).toISOString()));

    const wrong = await server.gql(query, { p: ordered, o: 'LATEST' }, reviewer);
    expect(wrong.errors![0].extensions!.code).toBe('BAD_USER_INPUT');

    // The export is the record in time order whatever the page shows, even when asked for another order.
    const csv = await (
      await fetch(
        `${server.url}/files/governance/ai-use-ledger.csv?productionId=${ordered}&order=NEWEST_FIRST`,
        {
          headers: { authorization: `Bearer ${reviewer}` },
        },
      )
    ).text();
    const [header, ...lines] = csv.trim().split('\r\n');
    const frames = header.split(',').indexOf('frames');
    expect(lines.map((l) => Number(l.split(',')[frames]))).toEqual(oldest.map((r) => r.frames));
  });

  it('lists the model inventory and the consent register with their working', async () => {
    const models = await server.gql(
      `{ modelInventory { name status decidedBy runs frames productions openExceptions } }`,
      {},
      reviewer,
    );
    // The demo's model pack may be there too; this test's model is the one run on LEDGER.
    expect(models.data!.modelInventory.filter((m: { name: string }) => m.name === 'face-relight')).toEqual([
      {
        name: 'face-relight',
        status: 'APPROVED',
        decidedBy: 'admin@frameledger.local',
        runs: 1,
        frames: 96,
        productions: ['LEDGER'],
        openExceptions: 1,
      },
    ]);
    const register = await server.gql(
      `query($p: ID) { consentRegister(productionId: $p) { performerName standing noticeHoursBeforeFirstUse firstLikenessUseAt tasks openExceptions } }`,
      { p: productionId },
      reviewer,
    );
    expect(register.data!.consentRegister).toEqual([
      {
        performerName: 'Ana Ruiz',
        standing: 'NOTICE_UNDER_48H',
        noticeHoursBeforeFirstUse: 35,
        firstLikenessUseAt: '2025-06-10T11:00:00.000Z',
        tasks: 1,
        openExceptions: 1,
      },
    ]);
  });

  it.each([
    ['ai-use-ledger.csv', 'finished_at,production,shot', 'LEDGER'],
    ['model-inventory.csv', 'name,version,sha256', 'face-relight,1.0.0'],
    ['consent-register.csv', 'production,performer,replica_kind', 'LEDGER,Ana Ruiz,DIGITAL_ALTERATION'],
  ])('downloads %s for the reviewer and audits the export', async (name, header, content) => {
    const response = await fetch(`${server.url}/files/governance/${name}?productionId=${productionId}`, {
      headers: { authorization: `Bearer ${reviewer}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = await response.text();
    expect(csv.startsWith(header)).toBe(true);
    expect(csv).toContain(content);
    const rows = csv.trim().split('\r\n').length - 1;
    const [event] = await server.dataSource.query(
      `SELECT action, subject_id, payload FROM audit_event ORDER BY seq DESC LIMIT 1`,
    );
    expect(event).toMatchObject({
      action: 'governance.report.export',
      subject_id: name.replace('.csv', ''),
      payload: { format: 'csv', rows },
    });
  });

  it('keeps the reports from executives', async () => {
    const executive = await server.login('executive@frameledger.local');
    expect((await server.gql(`{ modelInventory { name } }`, {}, executive)).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    const csv = await fetch(`${server.url}/files/governance/model-inventory.csv`, {
      headers: { authorization: `Bearer ${executive}` },
    });
    expect(csv.status).toBe(403);
  });
});
