import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  createProduction,
  INVITED_PASSWORD,
  invitePerson,
  setMemberships,
} from '../../../../test/support/people';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { GovernanceFixtures } from '../../governance/testing/fixtures';
import { flagTask } from '../../governance/testing/flag';
import { verifyAuditExport } from '../audit/core/verify';

/**
 * What a person scoped to productions sees on the studio-wide surfaces (docs/decisions/0037):
 * their productions' share, not a refusal. Worked example: ALPHA's task has 2 AI runs (125 minor
 * units each, 250 in all), a consent with its signed document and a vendor output; BRAVO's task
 * has 3 runs, a consent and its own vendor output. Both are guild-covered: ALPHA has 1 generative
 * task without a worker notice (1 policy exception), BRAVO 2. Rita is REVIEWER on ALPHA only; the studio's
 * reviewer is unscoped and sees both.
 */
describe('the surfaces a scoped reviewer sees filtered to their productions', () => {
  let server: TestServer;
  let plant: GovernanceFixtures;
  let admin: string;
  let reviewer: string;
  let rita: string;
  const prod: Record<
    string,
    { id: string; taskId: string; outputId: string; jobId: string; exceptionIds: string[] }
  > = {};
  let alphaDocumentId: string;

  const get = (path: string, token: string) =>
    fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  type Stored = { fileId: string; sha256: string };
  /** Uploads bytes of this run's own (the store keeps one row per content). */
  const upload = async (path: string, field: string, name: string, token: string): Promise<Stored[]> => {
    const form = new FormData();
    form.append(field, new Blob([`%PDF-1.7\n% ${name} ${randomUUID()}\n%%EOF\n`]), name);
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Stored | Stored[];
    return Array.isArray(body) ? body : [body];
  };

  beforeAll(async () => {
    server = await startTestServer();
    plant = new GovernanceFixtures(server.dataSource);
    admin = await server.login('admin@frameledger.local');
    reviewer = await server.login('reviewer@frameledger.local');
    const planner = await server.login('planner@frameledger.local');
    const modelId = await plant.model({ name: 'scoped-surfaces matte' });
    for (const [code, runs] of [
      ['ALPHA', 2],
      ['BRAVO', 3],
    ] as const) {
      const id = await createProduction(server, planner, code);
      const taskId = await plant.task(id);
      const runIds: string[] = [];
      for (let i = 0; i < runs; i++)
        runIds.push(await plant.aiRun(taskId, modelId, `2026-03-0${i + 1}T10:00:00Z`));
      const [output] = await upload('/files/vendor-ai/outputs', 'file', `${code}_v001.png`, planner);
      await server.dataSource.query(
        `INSERT INTO ai_run_output (ai_run_id, file_id, c2pa_status) VALUES ($1, $2, 'NONE')`,
        [runIds[0], output.fileId],
      );
      const [job] = await server.dataSource.query(
        `INSERT INTO inference_job (task_id, production_id, model_id, status, queue_job_id, frames_total, finished_at)
         VALUES ($1, $2, $3, 'CANCELLED', gen_random_uuid(), 48, now()) RETURNING id`,
        [taskId, id, modelId],
      );
      let documentSha256: string | null = null;
      if (code === 'ALPHA') {
        const [document] = await upload(
          '/files/governance/consent-documents',
          'document',
          'ana.pdf',
          planner,
        );
        alphaDocumentId = document.fileId;
        documentSha256 = document.sha256;
      }
      const consent = await server.gql(
        `mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }`,
        {
          i: {
            productionId: id,
            performerName: `${code} performer`,
            replicaKind: 'EMPLOYMENT_REPLICA',
            scope: 'Digital replica for one sequence, no other use',
            signedAt: '2026-02-02T15:00:00Z',
            noticeGivenAt: '2026-02-01T09:00:00Z',
            compensationMinor: '250000',
            compensationCurrency: 'USD',
            documentSha256,
          },
        },
        planner,
      );
      expect(consent.errors).toBeUndefined();
      await server.dataSource.query(`UPDATE production SET guild_covered = true WHERE id = $1`, [id]);
      const exceptionIds: string[] = [];
      for (let i = 0; i < runs - 1; i++) {
        const flagged = await flagTask(server, plant, id, modelId, { aiCategory: 'GENERATIVE' });
        exceptionIds.push(flagged.id);
      }
      prod[code] = { id, taskId, outputId: output.fileId, jobId: job.id, exceptionIds };
    }
    const id = await invitePerson(server, admin, 'rita@studio.test', 'REVIEWER');
    const scoped = await setMemberships(server, admin, id, [
      { productionId: prod.ALPHA.id, role: 'REVIEWER' },
    ]);
    expect(scoped.errors).toBeUndefined();
    rita = await server.login('rita@studio.test', INVITED_PASSWORD);
  });
  afterAll(() => server?.stop());

  const LEDGER = `{ aiUseLedger(first: 100) { totalCount edges { node { productionCode computeCost { amountMinor } } } } }`;
  type Ledger = {
    totalCount: number;
    edges: { node: { productionCode: string; computeCost: { amountMinor: string } } }[];
  };
  const codesOf = (ledger: Ledger) => [...new Set(ledger.edges.map((e) => e.node.productionCode))].sort();

  it("the AI-use ledger holds ALPHA's 2 runs (250 minor units) for Rita, ALPHA's and BRAVO's for the studio's reviewer", async () => {
    const mine = (await server.gql<{ aiUseLedger: Ledger }>(LEDGER, {}, rita)).data!.aiUseLedger;
    expect(mine.totalCount).toBe(2);
    expect(codesOf(mine)).toEqual(['ALPHA']);
    expect(mine.edges.reduce((sum, e) => sum + Number(e.node.computeCost.amountMinor), 0)).toBe(250);
    // The studio's reviewer: ALPHA's 2 and BRAVO's 3 among the demo productions' runs.
    const COUNT = `query($p: ID) { aiUseLedger(productionId: $p) { totalCount } }`;
    const count = async (p: string | null) =>
      (await server.gql(COUNT, { p }, reviewer)).data!.aiUseLedger.totalCount;
    expect([await count(prod.ALPHA.id), await count(prod.BRAVO.id)]).toEqual([2, 3]);
    expect(await count(null)).toBeGreaterThan(5);
    // Naming BRAVO is still refused, not answered empty.
    const named = await server.gql(COUNT, { p: prod.BRAVO.id }, rita);
    expect(named.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: 'You have no role on this production; ask an admin to add you to it.',
    });
  });

  it("the AI-use ledger CSV and the consent register hold ALPHA's rows only for Rita", async () => {
    const csv = await get('/files/governance/ai-use-ledger.csv', rita);
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split('\n');
    const production = lines[0].split(',').indexOf('production');
    // A header and ALPHA's 2 runs.
    expect(lines.slice(1).map((line) => line.split(',')[production])).toEqual(['ALPHA', 'ALPHA']);
    const everyone = await (await get('/files/governance/ai-use-ledger.csv', reviewer)).text();
    expect(everyone).toContain(',BRAVO,');

    const REGISTER = `{ consentRegister { productionCode performerName } }`;
    expect((await server.gql(REGISTER, {}, rita)).data?.consentRegister).toEqual([
      { productionCode: 'ALPHA', performerName: 'ALPHA performer' },
    ]);
    const studio = (await server.gql(REGISTER, {}, reviewer)).data!.consentRegister;
    expect(studio.map((c: { performerName: string }) => c.performerName)).toEqual(
      expect.arrayContaining(['ALPHA performer', 'BRAVO performer']),
    );
    const registerCsv = await (await get('/files/governance/consent-register.csv', rita)).text();
    expect(registerCsv).toContain('ALPHA performer');
    expect(registerCsv).not.toContain('BRAVO performer');
  });

  it("the whole audit export for Rita is ALPHA's events only, and it verifies", async () => {
    const res = await get('/files/audit/export.jsonl', rita);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(verifyAuditExport(text)).toMatchObject({ ok: true });
    const lines = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    // One production: the header names it, and the export's own record is among its events.
    expect(lines[0]).toMatchObject({ scope: 'filtered', productionId: prod.ALPHA.id });
    const events = lines.filter((l) => l.type === 'event');
    expect(new Set(events.map((e) => e.productionId))).toEqual(new Set([prod.ALPHA.id]));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['production.create', 'consent.record', 'audit.export']),
    );
    expect(text).not.toContain(prod.BRAVO.id);
    // The studio's reviewer exports the whole log, which holds both.
    const whole = await (await get('/files/audit/export.jsonl', reviewer)).text();
    expect(JSON.parse(whole.split('\n')[0]).scope).toBe('complete');
    expect(whole).toContain(prod.BRAVO.id);
  });

  it('a reviewer on ALPHA and BRAVO who is only OPERATOR on BRAVO exports ALPHA alone; as REVIEWER on both, both productions', async () => {
    const id = await invitePerson(server, admin, 'omar@studio.test', 'REVIEWER');
    const scope = (bravoRole: string) =>
      setMemberships(server, admin, id, [
        { productionId: prod.ALPHA.id, role: 'REVIEWER' },
        { productionId: prod.BRAVO.id, role: bravoRole },
      ]);
    await scope('OPERATOR');
    const omar = await server.login('omar@studio.test', INVITED_PASSWORD);
    const EXPORT = `mutation { exportAudit { scope eventCount content } }`;
    const one = (await server.gql(EXPORT, {}, omar)).data!.exportAudit;
    expect(JSON.parse(one.content.split('\n')[0]).productionId).toBe(prod.ALPHA.id);
    expect(one.content).not.toContain(`"productionId":"${prod.BRAVO.id}"`);

    await scope('REVIEWER');
    const both = (await server.gql(EXPORT, {}, omar)).data!.exportAudit;
    const header = JSON.parse(both.content.split('\n')[0]);
    expect(header).toMatchObject({ scope: 'filtered', productionId: null });
    expect(header.productionIds).toEqual([prod.ALPHA.id, prod.BRAVO.id].sort());
    const events = both.content
      .trim()
      .split('\n')
      .map((line: string) => JSON.parse(line))
      .filter((l: { type: string }) => l.type === 'event');
    expect(events).toHaveLength(both.eventCount);
    expect(new Set(events.map((e: { productionId: string }) => e.productionId))).toEqual(
      new Set([prod.ALPHA.id, prod.BRAVO.id]),
    );
    // Each event carries its inclusion proof against a signed checkpoint, so the partial file verifies.
    expect(events.every((e: { proof?: unknown }) => e.proof)).toBe(true);
    expect(verifyAuditExport(both.content)).toMatchObject({ ok: true, events: both.eventCount });
  });

  it("files: Rita reads ALPHA's vendor output and consent document, not BRAVO's output; the studio's reviewer reads both", async () => {
    expect((await get(`/files/${prod.ALPHA.outputId}`, rita)).status).toBe(200);
    expect((await get(`/files/${alphaDocumentId}`, rita)).status).toBe(200);
    const other = await get(`/files/${prod.BRAVO.outputId}`, rita);
    expect(other.status).toBe(403);
    expect(((await other.json()) as { error: object }).error).toMatchObject({
      code: 'FORBIDDEN',
      message:
        'This file is a render of no production where your role may read it (one of: ADMIN, PLANNER, OPERATOR, REVIEWER, EXECUTIVE); ask an admin to add you to its production.',
    });
    expect((await get(`/files/${prod.BRAVO.outputId}`, reviewer)).status).toBe(200);
  });

  it("inference jobs and their renders: Rita lists and opens ALPHA's job, and is refused BRAVO's", async () => {
    const JOBS = `{ inferenceJobs(first: 100) { totalCount edges { node { id productionId } } } }`;
    const mine = (await server.gql(JOBS, {}, rita)).data!.inferenceJobs;
    expect(mine).toEqual({
      totalCount: 1,
      edges: [{ node: { id: prod.ALPHA.jobId, productionId: prod.ALPHA.id } }],
    });
    const all = (await server.gql(JOBS, {}, reviewer)).data!.inferenceJobs;
    expect(all.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
      expect.arrayContaining([prod.ALPHA.jobId, prod.BRAVO.jobId]),
    );
    const JOB = `query($id: ID!) { inferenceJob(id: $id) { id } }`;
    expect((await server.gql(JOB, { id: prod.ALPHA.jobId }, rita)).data?.inferenceJob).toEqual({
      id: prod.ALPHA.jobId,
    });
    expect((await server.gql(JOB, { id: prod.BRAVO.jobId }, rita)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const RENDERS = `query($j: ID!) { renders(jobId: $j) { totalCount } }`;
    expect((await server.gql(RENDERS, { j: prod.ALPHA.jobId }, rita)).data?.renders).toEqual({
      totalCount: 0,
    });
    expect((await server.gql(RENDERS, { j: prod.BRAVO.jobId }, rita)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it("the jobProgress subscription: Rita follows ALPHA's job and is refused BRAVO's", async () => {
    const follow = async (jobId: string, token: string) => {
      const client = createClient({
        url: server.url.replace('http', 'ws') + '/graphql',
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
      });
      const answer = await new Promise<unknown>((resolve) => {
        const seen: unknown[] = [];
        client.subscribe(
          {
            query: `subscription($j: ID!) { jobProgress(jobId: $j) { id status } }`,
            variables: { j: jobId },
          },
          { next: (value) => seen.push(value), error: resolve, complete: () => resolve(seen[0]) },
        );
      });
      await client.dispose();
      return JSON.stringify(answer);
    };
    expect(JSON.parse(await follow(prod.ALPHA.jobId, rita))).toEqual({
      data: { jobProgress: { id: prod.ALPHA.jobId, status: 'CANCELLED' } },
    });
    const refused = await follow(prod.BRAVO.jobId, rita);
    expect(refused).toMatch(/"code":"FORBIDDEN"/);
    expect(refused).toContain('You have no role on this production; ask an admin to add you to it.');
  });

  it("the exceptions register: Rita counts and reviews ALPHA's 1 exception; reviewing BRAVO's is refused and writes nothing", async () => {
    const LIST = `{ policyExceptions(first: 100) { totalCount edges { node { id productionCode } } } }`;
    expect((await server.gql(LIST, {}, rita)).data?.policyExceptions).toEqual({
      totalCount: 1,
      edges: [{ node: { id: prod.ALPHA.exceptionIds[0], productionCode: 'ALPHA' } }],
    });
    const COUNTS = `{ policyExceptionCounts { productionCode ruleId total } }`;
    expect((await server.gql(COUNTS, {}, rita)).data?.policyExceptionCounts).toEqual([
      { productionCode: 'ALPHA', ruleId: 'GENERATIVE_WORKER_NOTICE', total: 1 },
    ]);
    const studio = (await server.gql(COUNTS, {}, reviewer)).data!.policyExceptionCounts;
    expect(
      studio.filter((c: { productionCode: string }) => ['ALPHA', 'BRAVO'].includes(c.productionCode)),
    ).toEqual([
      { productionCode: 'ALPHA', ruleId: 'GENERATIVE_WORKER_NOTICE', total: 1 },
      { productionCode: 'BRAVO', ruleId: 'GENERATIVE_WORKER_NOTICE', total: 2 },
    ]);

    const REVIEW = `mutation($ids: [ID!]!) { reviewPolicyExceptions(ids: $ids, reviewStatus: QUERIED, note: "Who gave notice?") { id reviewStatus } }`;
    const mine = await server.gql(REVIEW, { ids: prod.ALPHA.exceptionIds }, rita);
    expect(mine.data?.reviewPolicyExceptions).toEqual([
      { id: prod.ALPHA.exceptionIds[0], reviewStatus: 'QUERIED' },
    ]);
    // One of BRAVO's among them refuses them all, and nothing of BRAVO's is reviewed.
    const mixed = await server.gql(
      REVIEW,
      { ids: [...prod.ALPHA.exceptionIds, ...prod.BRAVO.exceptionIds] },
      rita,
    );
    expect(mixed.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: 'You have no role on this production; ask an admin to add you to it.',
    });
    const bravo = await server.dataSource.query(
      `SELECT review_status AS "reviewStatus" FROM policy_exception WHERE id = ANY($1::uuid[])`,
      [prod.BRAVO.exceptionIds],
    );
    expect(bravo).toEqual([{ reviewStatus: 'UNREVIEWED' }, { reviewStatus: 'UNREVIEWED' }]);
  });

  it("studio catalogues (labour roles, task types, compute rates) read the same for Rita; a vendor tool shows ALPHA's approval only; people stay closed", async () => {
    const CATALOGUES = `{ labourRoles(first: 100) { totalCount } taskTypes(first: 100) { totalCount } computeRates(first: 100) { totalCount } }`;
    const hers = await server.gql(CATALOGUES, {}, rita);
    expect(hers.errors).toBeUndefined();
    expect(hers.data).toEqual((await server.gql(CATALOGUES, {}, reviewer)).data);

    const [tool] = await server.dataSource.query(
      `INSERT INTO vendor_tool (vendor, name, licence, training_data) VALUES ('Scoped Vendor', 'Matte 1', 'Commercial', 'LICENSED') RETURNING id`,
    );
    await server.dataSource.query(
      `INSERT INTO vendor_tool_approval (tool_id, production_id) VALUES ($1, $2), ($1, $3)`,
      [tool.id, prod.ALPHA.id, prod.BRAVO.id],
    );
    const TOOLS = `{ vendorTools { id approvedProductionIds } }`;
    const approvals = async (token: string) =>
      (await server.gql(TOOLS, {}, token)).data!.vendorTools.find((t: { id: string }) => t.id === tool.id)
        .approvedProductionIds;
    expect(await approvals(rita)).toEqual([prod.ALPHA.id]);
    expect([...(await approvals(reviewer))].sort()).toEqual([prod.ALPHA.id, prod.BRAVO.id].sort());

    // The people list and the model inventory (which names every production a model ran on) stay closed.
    for (const query of [`{ people { email } }`, `{ modelInventory { name } }`]) {
      expect((await server.gql(query, {}, rita)).errors?.[0]).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message:
          'This operation spans the whole studio and your access is limited to some productions; ask an admin.',
      });
    }
  });

  it("a task by its own id: ALPHA's opens, BRAVO's is refused", async () => {
    const TASK = `query($id: ID!) { task(id: $id) { id } }`;
    expect((await server.gql(TASK, { id: prod.ALPHA.taskId }, rita)).data?.task).toEqual({
      id: prod.ALPHA.taskId,
    });
    expect((await server.gql(TASK, { id: prod.BRAVO.taskId }, rita)).errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: 'You have no role on this production; ask an admin to add you to it.',
    });
  });
});
