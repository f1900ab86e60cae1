/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { APP_CONFIG, AppConfig } from '../../api/src/config/config';
import { addCentPerMsRate, CENT_A_MS, waitForJob } from '../../api/src/inference/testing/fixtures';
import { startWorkerProcess } from '../../api/src/inference/testing/worker-process';
import { startTestServer, TestServer } from '../support/server';
import { queueTextMatteJob } from './text-matte-job';

jest.setTimeout(180_000);

const FRAMES = 16;

/** A worker process on the test server's database and store, with short stall and poll settings. */
const startWorker = (server: TestServer) =>
  startWorkerProcess({
    NODE_ENV: 'test',
    DATABASE_URL: server.databaseUrl,
    FRAMELEDGER_DATA_DIR: server.app.get<AppConfig>(APP_CONFIG).dataDir,
    WORKER_DEVICE_CLASS: CENT_A_MS.deviceClass,
    // The stall limit stays at its default (300 s, above the slowest frame): the heartbeat, every
    // second here, is what finds a killed worker. Idle workers poll every second.
    INFERENCE_HEARTBEAT_SECONDS: '1',
    INFERENCE_POLL_SECONDS: '1',
  });

describe('a worker killed in the middle of a job', () => {
  let server: TestServer;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    for (const worker of workers)
      if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
    await server?.stop();
  });

  it('leaves the job to the next worker within a few heartbeats, which finishes it with one render per frame; the killed attempt is booked and the requeue audited', async () => {
    const [admin, operator] = await Promise.all([
      server.login('admin@frameledger.local'),
      server.login('operator@frameledger.local'),
    ]);
    await addCentPerMsRate(server.dataSource);
    const jobId = await queueTextMatteJob(server, { admin, operator }, FRAMES, [960, 540]);
    const framesDone = async () =>
      (await server.dataSource.query(`SELECT frames_done AS n FROM inference_job WHERE id = $1`, [jobId]))[0]
        .n as number;

    const first = await startWorker(server);
    workers.push(first);
    while ((await framesDone()) < 3) await new Promise((resolve) => setTimeout(resolve, 20));
    first.kill('SIGKILL');
    await once(first, 'exit');
    const doneWhenKilled = await framesDone();
    expect(doneWhenKilled).toBeLessThan(FRAMES);

    const killedAt = Date.now();
    workers.push(await startWorker(server));
    // Taken up again long before the 300 s stall limit: 3 missed beats of 1 s, then a sweep.
    const attempt = async () =>
      (await server.dataSource.query(`SELECT attempt FROM inference_job WHERE id = $1`, [jobId]))[0]
        .attempt as number;
    while ((await attempt()) < 2) {
      if (Date.now() - killedAt > 30_000) throw new Error('the job was not resumed within 30 s of the kill');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    process.stdout.write(`the killed worker's job resumed ${Date.now() - killedAt} ms after the kill\n`);
    const job = await waitForJob(server, operator, jobId, ['SUCCEEDED', 'FAILED'], 120_000);
    expect(job).toMatchObject({ status: 'SUCCEEDED', attempt: 2, framesDone: FRAMES, provider: 'cpu' });

    // The job's own line (the attempt that finished) and the killed attempt's, marked STALLED, with
    // the frames it rendered; the killed attempt's time is on its own line only.
    const costLines = await server.dataSource.query(
      `SELECT outcome, attempt, wall_ms::int AS "wallMs", frames, compute_cost_minor::bigint > 0 AS paid
       FROM ai_run WHERE job_id = $1 ORDER BY outcome`,
      [jobId],
    );
    expect(costLines).toEqual([
      { outcome: 'STALLED', attempt: 1, wallMs: expect.any(Number), frames: doneWhenKilled, paid: true },
      { outcome: 'SUCCEEDED', attempt: null, wallMs: job.wallMs, frames: FRAMES, paid: true },
    ]);
    expect(costLines[0].wallMs).toBeGreaterThan(0);
    const requeued = await server.dataSource.query(
      `SELECT payload FROM audit_event WHERE action = 'inference.job.requeued' AND subject_id = $1`,
      [jobId],
    );
    expect(requeued).toHaveLength(1);
    expect(requeued[0].payload).toMatchObject({
      attempt: 1,
      reason: expect.stringMatching(/stopped its heartbeat/),
      stalledRun: { wallMs: String(costLines[0].wallMs) },
    });
    const renders = await server.dataSource.query(
      `SELECT frame_index AS i FROM render WHERE job_id = $1 ORDER BY frame_index`,
      [jobId],
    );
    expect(renders.map((r: { i: number }) => r.i)).toEqual([...Array(FRAMES).keys()]);
    const succeeded = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'inference.job.succeeded' AND subject_id = $1`,
      [jobId],
    );
    expect(succeeded[0].n).toBe(1);
    // The dead worker's queue entry was cancelled when the job was queued again under a new one.
    const entries = await server.dataSource.query(
      `SELECT state FROM pgboss.job WHERE data->>'jobId' = $1 ORDER BY created_on`,
      [jobId],
    );
    expect(entries.map((e: { state: string }) => e.state)).toEqual(['cancelled', 'completed']);
  });
});
