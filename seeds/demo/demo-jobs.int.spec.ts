/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import { JobsService } from '../../api/src/inference/jobs/jobs.service';
import { startWorker, waitForJob } from '../../api/src/inference/testing/fixtures';
import { InferenceWorker } from '../../api/src/inference/worker/inference-worker';
import { startTestServer, TestServer } from '../../test/support/server';
import { queueDemoJobs } from './demo-jobs';

/** The demo's render jobs as `npm start` queues them on its first start, rendered by the real worker. */
describe('the demo render jobs', () => {
  let server: TestServer;
  let worker: InferenceWorker | undefined;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await worker?.stop();
    await server?.stop();
  });

  it('queues a text matte on a SIGN shot and a key on a RIO shot through the api, and the worker renders them', async () => {
    const jobs = server.app.get(JobsService);
    const exceptions = async () =>
      (await server.dataSource.query(
        `SELECT rule_id, occasion, status FROM policy_exception ORDER BY id`,
      )) as unknown[];
    const before = await exceptions();
    const demo = await queueDemoJobs(server.dataSource, (input, actor) => jobs.submit(input, actor));
    expect(demo.skipped).toEqual([]);
    expect(demo.queued).toHaveLength(2);
    // Nothing for a reviewer, queued or rendered: the register stays as the governance seed left it.
    expect(await exceptions()).toEqual(before);
    const rows = await server.dataSource.query(
      `SELECT s.code AS shot, m.name AS model, j.status, j.frames_total AS frames, u.email,
              (SELECT count(*)::int FROM pgboss.job q WHERE q.id = j.queue_job_id) AS "inQueue",
              (SELECT count(*)::int FROM audit_event a WHERE a.action = 'inference.job.submit' AND a.subject_id = j.id::text) AS audited
       FROM inference_job j JOIN task t ON t.id = j.task_id JOIN shot s ON s.id = t.shot_id
         JOIN model m ON m.id = j.model_id JOIN app_user u ON u.id = j.requested_by
       WHERE j.id = ANY($1::uuid[]) ORDER BY m.name`,
      [demo.queued],
    );
    expect(rows).toEqual([
      expect.objectContaining({ model: 'frameledger-chroma-key', shot: expect.stringMatching(/^RIO/) }),
      expect.objectContaining({
        model: 'paddleocr-ppocrv4-text-detector',
        shot: expect.stringMatching(/^SIGN/),
      }),
    ]);
    // Queued as an operator's job is: the operator's, three frames, in pg-boss, audited.
    for (const row of rows) {
      expect(row).toMatchObject({
        status: 'QUEUED',
        frames: 3,
        email: 'operator@frameledger.local',
        inQueue: 1,
        audited: 1,
      });
      expect(row.shot).not.toBe('SIGN010');
    }

    worker = await startWorker(server, { WORKER_DEVICE_CLASS: 'CPU' });
    const operator = await server.login('operator@frameledger.local');
    for (const id of demo.queued) {
      const job = await waitForJob(server, operator, id, ['SUCCEEDED', 'FAILED'], 90_000);
      expect(job).toMatchObject({ status: 'SUCCEEDED', framesDone: 3 });
    }
    const [{ renders }] = await server.dataSource.query(
      `SELECT count(*)::int AS renders FROM render WHERE job_id = ANY($1::uuid[])`,
      [demo.queued],
    );
    expect(renders).toBe(6);
    expect(await exceptions()).toEqual(before);
  }, 150_000);
});
