/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import sharp from 'sharp';
import WebSocket from 'ws';
import { chromaKeyModel } from '../../../../seeds/models/chroma-key';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { InferenceWorker } from '../worker/inference-worker';
import {
  addCentPerMsRate,
  approvedModel,
  CENT_A_MS,
  createTask,
  failingRunModel,
  JOB_FIELDS,
  otherBytesOf,
  REGISTER_MODEL,
  registration,
  startWorker,
  uploadFrames,
  uploadModel,
  waitForJob,
} from '../testing/fixtures';

const SUBMIT = `mutation($input: SubmitInferenceJobInput!) { submitInferenceJob(input: $input) { ${JOB_FIELDS} } }`;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A 64x36 plate: green backing on the left half, a red subject on the right. */
function greenScreenPlate(): Promise<Buffer> {
  const pixels = Buffer.alloc(64 * 36 * 3);
  for (let i = 0; i < 64 * 36; i++) pixels.set(i % 64 < 32 ? [10, 200, 10] : [200, 10, 10], i * 3);
  return sharp(pixels, { raw: { width: 64, height: 36, channels: 3 } })
    .png()
    .toBuffer();
}

describe('inference jobs, run by a worker', () => {
  let server: TestServer;
  let admin: string;
  let operator: string;
  let reviewer: string;
  let worker: InferenceWorker | undefined;
  let modelId: string;
  let task: { taskId: string; productionId: string };
  let folder: { id: string; frames: Array<{ fileId: string; sha256: string; name: string }> };
  const count = async (sql: string, params: unknown[] = []) =>
    (await server.dataSource.query(sql, params))[0].n;
  const jobRow = async (id: string) =>
    (await server.dataSource.query(`SELECT * FROM inference_job WHERE id = $1`, [id]))[0];
  const waitUntil = async (done: () => Promise<boolean>) => {
    while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  /** A job's AI cost line: how it ended, its machine time and cost (cents, which at CENT_A_MS equal the ms). */
  const costLine = async (jobId: string) =>
    (
      await server.dataSource.query(
        `SELECT outcome, wall_ms::int AS "wallMs", compute_cost_minor::int AS cost FROM ai_run WHERE job_id = $1`,
        [jobId],
      )
    )[0];
  const submit = (input: { taskId: string; modelId: string; frames: object }, token = operator) =>
    server.gql(SUBMIT, { input }, token);

  beforeAll(async () => {
    server = await startTestServer();
    [admin, operator, reviewer] = await Promise.all(
      ['admin', 'operator', 'reviewer'].map((who) => server.login(`${who}@frameledger.local`)),
    );
    await addCentPerMsRate(server.dataSource);
    task = await createTask(server.dataSource, 'KEYING');
    modelId = await approvedModel(server, admin, chromaKeyModel());
    const plate = await greenScreenPlate();
    const upload = await uploadFrames(
      server,
      [1, 2, 3].map((n) => ({ name: `stage_000${n}.png`, bytes: plate })),
      operator,
    );
    folder = upload.body;
  });
  afterAll(async () => {
    await worker?.stop();
    await server?.stop();
  });

  it('refuses a pending model, a model for another task type, a policy block and a bad frame range, writing nothing', async () => {
    const entry = chromaKeyModel();
    const upload = await uploadModel(server, entry.bytes, admin);
    const pending = await server.gql(
      REGISTER_MODEL,
      { input: registration(entry, upload.body.fileId, { version: '0.0.1-pending' }) },
      admin,
    );
    // Provenance belongs to the file: a model declaring other training data is other bytes.
    const undeclared = await uploadModel(server, otherBytesOf(entry, 'undeclared').bytes, admin);
    const unknownData = await server.gql(
      REGISTER_MODEL,
      {
        input: registration(entry, undeclared.body.fileId, {
          version: '0.0.2-undeclared',
          trainingData: 'UNKNOWN',
        }),
      },
      admin,
    );
    await server.gql(
      `mutation($id: ID!) { approveModel(id: $id) { id } }`,
      { id: unknownData.data!.registerModel.id },
      admin,
    );
    const grade = await createTask(server.dataSource, 'GRADE');
    const queued = () => count(`SELECT count(*)::int AS n FROM pgboss.job`);
    const before = [await count(`SELECT count(*)::int AS n FROM inference_job`), await queued()];
    const frames = { folderId: folder.id };

    const notApproved = await submit({
      taskId: task.taskId,
      modelId: pending.data!.registerModel.id,
      frames,
    });
    // Approval is the MODEL_APPROVED policy rule (decision 0017), BLOCK unless the production flags it.
    expect(notApproved.errors?.[0].extensions).toMatchObject({
      code: 'POLICY_BLOCKED',
      ruleId: 'MODEL_APPROVED',
    });
    expect(notApproved.errors?.[0].message).toBe(
      'Model frameledger-chroma-key 0.0.1-pending is PENDING, not APPROVED; an admin must approve it before it runs on production work. ' +
        '(policy rule MODEL_APPROVED: FrameLedger model approval policy (studio AI governance))',
    );
    const wrongType = await submit({ taskId: grade.taskId, modelId, frames });
    expect(wrongType.errors?.[0].message).toBe(
      'Model frameledger-chroma-key 1.0.0-test serves KEYING, not GRADE tasks; choose a model registered for GRADE.',
    );
    const blocked = await submit({
      taskId: task.taskId,
      modelId: unknownData.data!.registerModel.id,
      frames,
    });
    expect(blocked.errors?.[0].extensions).toMatchObject({
      code: 'POLICY_BLOCKED',
      ruleId: 'TRAINING_DATA_DECLARED',
    });
    const range = await submit({ taskId: task.taskId, modelId, frames: { ...frames, toFrame: 4 } });
    expect(range.errors?.[0].message).toBe(
      'The folder holds frames 1 to 3; choose fromFrame and toFrame inside that range, fromFrame first.',
    );
    expect(
      (await submit({ taskId: task.taskId, modelId, frames }, reviewer)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect([await count(`SELECT count(*)::int AS n FROM inference_job`), await queued()]).toEqual(before);
  });

  it('runs a job to its renders and one AI cost line, showing progress over graphql-ws as it goes', async () => {
    const submitted = await submit({ taskId: task.taskId, modelId, frames: { folderId: folder.id } });
    const jobId = submitted.data!.submitInferenceJob.id;
    expect(submitted.data!.submitInferenceJob).toMatchObject({
      status: 'QUEUED',
      framesTotal: 3,
      framesDone: 0,
    });

    const client = createClient({
      url: server.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${reviewer}` },
    });
    const events: Array<{ status: string; framesDone: number }> = [];
    const subscribed = client.iterate<{ jobProgress: { status: string; framesDone: number } }>({
      query: `subscription($id: ID!) { jobProgress(jobId: $id) { status framesDone } }`,
      variables: { id: jobId },
    });
    const first = await subscribed.next();
    events.push(first.value.data!.jobProgress);
    worker = await startWorker(server);
    for await (const event of subscribed) events.push(event.data!.jobProgress);
    await client.dispose();

    expect(events[0]).toEqual({ status: 'QUEUED', framesDone: 0 });
    expect(events.at(-1)).toEqual({ status: 'SUCCEEDED', framesDone: 3 });
    const framesSeen = events.map((e) => e.framesDone);
    expect(framesSeen).toEqual([...framesSeen].sort());
    // Progress as it goes: a frame count between none and all. Not every count: the subscription
    // reads the job when it is signalled, so frames finished while a read is under way arrive as
    // one update (a busy CI machine saw 0, 1, 3; a quiet one sees 0, 1, 2, 3).
    expect(framesSeen.some((n) => n > 0 && n < 3)).toBe(true);

    const job = await waitForJob(server, reviewer, jobId, ['SUCCEEDED']);
    expect(job).toMatchObject({
      provider: 'cpu',
      deviceClass: CENT_A_MS.deviceClass,
      attempt: 1,
      error: null,
    });
    // At 36,000.00 USD an hour a millisecond costs one cent: the cost in cents is the machine time in ms.
    expect(job.computeCost).toMatchObject({ amountMinor: String(job.wallMs), currency: 'USD' });
    const costLines = await server.dataSource.query(
      `SELECT source, task_id AS "taskId", wall_ms::int AS "wallMs", frames, compute_cost_minor::text AS cost,
         compute_cost_minor_ms::text AS exact, device_class AS "deviceClass", provider
       FROM ai_run WHERE job_id = $1`,
      [jobId],
    );
    expect(costLines).toEqual([
      {
        source: 'PIPELINE',
        taskId: task.taskId,
        wallMs: job.wallMs,
        frames: 3,
        cost: String(job.wallMs),
        // Kept exactly for the reports to sum: machine ms x 3,600,000 cents an hour.
        exact: String(BigInt(job.wallMs) * 3_600_000n),
        deviceClass: 'CPU-TESTRIG',
        provider: 'cpu',
      },
    ]);
    const [audit] = await server.dataSource.query(
      `SELECT actor, payload FROM audit_event WHERE action = 'inference.job.succeeded' AND subject_id = $1`,
      [jobId],
    );
    expect(audit.payload).toMatchObject({
      modelSha256: sha256(chromaKeyModel().bytes),
      provider: 'cpu',
      frames: 3,
      computeCost: { amountMinor: String(job.wallMs), currency: 'USD' },
      computeCostExact: String(BigInt(job.wallMs) * 3_600_000n),
    });
  });

  it('keeps a render per frame with its provenance manifest, downloadable with a token', async () => {
    const [{ id: jobId }] = await server.dataSource.query(
      `SELECT id FROM inference_job WHERE status = 'SUCCEEDED' LIMIT 1`,
    );
    const renders = await server.gql(
      `query($id: ID!) { renders(jobId: $id) { totalCount edges { node { frameIndex frameNumber frameName inputSha256 outputSha256 url thumbnailUrl width height provenanceStatus manifest decodeMs inferMs encodeMs latencyMs } } } }`,
      { id: jobId },
      reviewer,
    );
    const nodes = renders.data!.renders.edges.map((e: { node: any }) => e.node);
    expect(nodes.map((n: any) => [n.frameIndex, n.frameNumber, n.frameName, n.width, n.height])).toEqual([
      [0, 1, 'stage_0001.png', 64, 36],
      [1, 2, 'stage_0002.png', 64, 36],
      [2, 3, 'stage_0003.png', 64, 36],
    ]);
    expect(nodes[0].latencyMs).toBeCloseTo(nodes[0].decodeMs + nodes[0].inferMs + nodes[0].encodeMs, 6);
    const manifest = JSON.parse(nodes[0].manifest).manifest;
    expect(manifest).toMatchObject({
      jobId,
      frame: 1,
      inputSha256: folder.frames[0].sha256,
      modelSha256: sha256(chromaKeyModel().bytes),
    });
    expect(manifest.digitalSourceType).toMatch(/\/algorithmicMedia$/);
    // Keying is assistive (the task type's default category), and the render says so.
    expect(manifest.aiUse).toBe('ASSISTIVE');

    expect((await fetch(`${server.url}${nodes[0].url}`)).status).toBe(401);
    const png = Buffer.from(
      await (
        await fetch(`${server.url}${nodes[0].url}`, { headers: { authorization: `Bearer ${reviewer}` } })
      ).arrayBuffer(),
    );
    expect(sha256(png)).toBe(nodes[0].outputSha256);
    // The matte: green backing keyed out (0), the red subject kept (255).
    const { data, info } = await sharp(png).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, data[5 * 64 + 10], data[5 * 64 + 50]]).toEqual([64, 36, 0, 255]);
  });

  it('fails a job on a frame it cannot read, naming the frame, and the worker goes on to the next job', async () => {
    const bad = await uploadFrames(
      server,
      [1, 2].map((n) => ({ name: `bad_${n}.png`, bytes: Buffer.from(`different frame ${n}`) })),
      operator,
    );
    expect(bad.status).toBe(400);
    // A frame that went bad in the store after upload (a disk fault): the worker's decode refuses it.
    const plate = await sharp(await greenScreenPlate())
      .tint('#ff0000')
      .png()
      .toBuffer();
    const upload = await uploadFrames(
      server,
      [1, 2].map((n) => ({
        name: `rot_${n}.png`,
        bytes: n === 1 ? plate : Buffer.concat([plate, Buffer.from([n])]),
      })),
      operator,
    );
    const dataDir = server.app.get<AppConfig>(APP_CONFIG).dataDir;
    const broken = upload.body.frames[1].sha256 as string;
    writeFileSync(
      join(dataDir, 'store', 'sha256', broken.slice(0, 2), broken.slice(2, 4), broken),
      'not a png any more',
    );

    const failing = await submit({ taskId: task.taskId, modelId, frames: { folderId: upload.body.id } });
    const failed = await waitForJob(server, operator, failing.data!.submitInferenceJob.id, [
      'FAILED',
      'SUCCEEDED',
    ]);
    expect(failed).toMatchObject({
      status: 'FAILED',
      framesDone: 1,
      failedFrame: { index: 1, name: 'rot_2.png' },
      attempt: 1,
    });
    // Bytes that changed in the store are refused by their hash before any decode is tried.
    expect(failed.error).toMatch(
      /^Frame 2 \(rot_2\.png\) failed: The frame file in the store no longer matches its recorded sha256/,
    );
    // Its machine time was spent all the same: one line, marked FAILED, at a cent a millisecond.
    expect(await costLine(failed.id)).toEqual({
      outcome: 'FAILED',
      wallMs: failed.wallMs,
      cost: failed.wallMs,
    });

    const next = await submit({
      taskId: task.taskId,
      modelId,
      frames: { folderId: folder.id, fromFrame: 2 },
    });
    expect(
      await waitForJob(server, operator, next.data!.submitInferenceJob.id, ['SUCCEEDED', 'FAILED']),
    ).toMatchObject({
      status: 'SUCCEEDED',
      framesTotal: 2,
    });
  });

  it('stops a running job after the frame it is on when cancelled, keeping its renders and booking its machine time', async () => {
    const frames = await Promise.all(
      [1, 2, 3, 4, 5, 6, 7, 8].map(async (n) => ({
        name: `long_${n}.png`,
        bytes: await sharp({
          create: { width: 1920, height: 1080, channels: 3, background: { r: 10, g: 200 + n, b: 10 } },
        })
          .png()
          .toBuffer(),
      })),
    );
    const upload = await uploadFrames(server, frames, operator);
    const submitted = await submit({ taskId: task.taskId, modelId, frames: { folderId: upload.body.id } });
    const id = submitted.data!.submitInferenceJob.id;
    await waitUntil(async () => (await jobRow(id)).frames_done >= 1);
    const cancel = await server.gql(
      `mutation($id: ID!) { cancelInferenceJob(id: $id) { status cancelRequested } }`,
      { id },
      operator,
    );
    expect(cancel.data?.cancelInferenceJob.cancelRequested).toBe(true);
    const job = await waitForJob(server, operator, id, ['CANCELLED', 'SUCCEEDED']);
    expect(job.status).toBe('CANCELLED');
    expect(job.framesDone).toBeLessThan(8);
    expect(await count(`SELECT count(*)::int AS n FROM render WHERE job_id = $1`, [id])).toBe(job.framesDone);
    expect(await costLine(id)).toEqual({ outcome: 'CANCELLED', wallMs: job.wallMs, cost: job.wallMs });
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'inference.job.cancelled' AND subject_id = $1`,
        [id],
      ),
    ).toBe(1);
  });

  it("retries a runtime failure by the queue's policy, then fails the job with the runtime's reason", async () => {
    await worker?.stop();
    worker = await startWorker(server, { INFERENCE_RETRY_LIMIT: '1' });
    const trap = await approvedModel(server, admin, failingRunModel());
    const submitted = await submit({
      taskId: task.taskId,
      modelId: trap,
      frames: { folderId: folder.id, toFrame: 1 },
    });
    const job = await waitForJob(
      server,
      operator,
      submitted.data!.submitInferenceJob.id,
      ['FAILED', 'SUCCEEDED'],
      30_000,
    );
    expect(job).toMatchObject({
      status: 'FAILED',
      attempt: 2,
      framesDone: 0,
      failedFrame: { index: 0, name: 'stage_0001.png' },
    });
    expect(job.error).toMatch(/^Frame 1 \(stage_0001\.png\) failed: .*reshape/i);
    // Both attempts' machine time, booked once as the failed job's own line.
    expect(await costLine(job.id)).toEqual({ outcome: 'FAILED', wallMs: job.wallMs, cost: job.wallMs });
  });

  it('cancels a queued job at once and takes it out of the queue', async () => {
    await worker?.stop();
    worker = undefined;
    const submitted = await submit({ taskId: task.taskId, modelId, frames: { folderId: folder.id } });
    const id = submitted.data!.submitInferenceJob.id;
    const cancelled = await server.gql(
      `mutation($id: ID!) { cancelInferenceJob(id: $id) { status cancelRequested } }`,
      { id },
      operator,
    );
    expect(cancelled.data?.cancelInferenceJob).toEqual({ status: 'CANCELLED', cancelRequested: true });
    const [entry] = await server.dataSource.query(
      `SELECT q.state FROM pgboss.job q JOIN inference_job j ON j.queue_job_id = q.id WHERE j.id = $1`,
      [id],
    );
    expect(entry.state).toBe('cancelled');
    const again = await server.gql(
      `mutation($id: ID!) { cancelInferenceJob(id: $id) { status } }`,
      { id },
      operator,
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('gives a queued job whose queue entry was lost a new one, and a worker finishes it', async () => {
    await worker?.stop();
    const submitted = await submit({
      taskId: task.taskId,
      modelId,
      frames: { folderId: folder.id, toFrame: 1 },
    });
    const id = submitted.data!.submitInferenceJob.id;
    // As if pg-boss had dropped the entry (kept past its retention) an hour ago.
    await server.dataSource.query(
      `DELETE FROM pgboss.job WHERE id = (SELECT queue_job_id FROM inference_job WHERE id = $1)`,
      [id],
    );
    await server.dataSource.query(
      `UPDATE inference_job SET updated_at = now() - interval '1 hour' WHERE id = $1`,
      [id],
    );
    worker = await startWorker(server, { INFERENCE_STALL_SECONDS: '2' });
    const job = await waitForJob(server, operator, id, ['SUCCEEDED', 'FAILED'], 30_000);
    expect(job).toMatchObject({ status: 'SUCCEEDED', attempt: 1, framesDone: 1 });
    expect(await count(`SELECT count(*)::int AS n FROM ai_run WHERE job_id = $1`, [id])).toBe(1);
  });
});
