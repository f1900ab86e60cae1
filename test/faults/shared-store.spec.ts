/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import { createHash } from 'node:crypto';
import { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRIVATE_KEY_FILE } from '../../api/src/platform/audit/core/keys';
import { addCentPerMsRate, CENT_A_MS, waitForJob } from '../../api/src/inference/testing/fixtures';
import { startWorkerProcess } from '../../api/src/inference/testing/worker-process';
import { startS3Server, TestS3 } from '../support/s3-server';
import { startTestServer, TestServer } from '../support/server';
import { queueTextMatteJob } from './text-matte-job';

jest.setTimeout(180_000);

/**
 * Past one machine (docs/scaling.md): an api and a worker that share the database and an
 * S3-compatible bucket but no folder. The worker has its own empty data dir, as on another host;
 * only the audit signing key is handed to it (AUDIT_SIGNING_KEY_FILE), as a secret would be.
 */
describe('an api and a worker with different data folders, sharing the database and the object store', () => {
  let s3: TestS3;
  let server: TestServer;
  let worker: ChildProcess | undefined;
  const workerDir = mkdtempSync(join(tmpdir(), 'frameledger-worker-host-'));

  beforeAll(async () => {
    s3 = await startS3Server();
    server = await startTestServer(s3.env);
  });
  afterAll(async () => {
    if (worker && worker.exitCode === null) worker.kill('SIGKILL');
    await server?.stop();
    await s3?.stop();
    rmSync(workerDir, { recursive: true, force: true });
  });

  it('runs a job on frames uploaded to the api; its renders come back through the api, byte for byte', async () => {
    const [admin, operator] = await Promise.all([
      server.login('admin@frameledger.local'),
      server.login('operator@frameledger.local'),
    ]);
    await addCentPerMsRate(server.dataSource);
    const jobId = await queueTextMatteJob(server, { admin, operator }, 3, [480, 270]);

    worker = await startWorkerProcess({
      NODE_ENV: 'test',
      DATABASE_URL: server.databaseUrl,
      FRAMELEDGER_DATA_DIR: workerDir,
      AUDIT_SIGNING_KEY_FILE: join(server.dataDir, PRIVATE_KEY_FILE),
      WORKER_DEVICE_CLASS: CENT_A_MS.deviceClass,
      INFERENCE_POLL_SECONDS: '1',
      ...s3.env,
    });
    const job = await waitForJob(server, operator, jobId, ['SUCCEEDED', 'FAILED'], 120_000);
    expect(job).toMatchObject({ status: 'SUCCEEDED', framesDone: 3 });

    const renders: Array<{ fileId: string; sha256: string }> = await server.dataSource.query(
      `SELECT r.output_file_id AS "fileId", f.sha256 FROM render r JOIN stored_file f ON f.id = r.output_file_id
       WHERE r.job_id = $1 ORDER BY r.frame_index`,
      [jobId],
    );
    expect(renders).toHaveLength(3);
    for (const render of renders) {
      const response = await fetch(`${server.url}/files/${render.fileId}`, {
        headers: { authorization: `Bearer ${operator}` },
      });
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(render.sha256);
    }
    // Neither host kept a file of the store on its own disk: the bucket holds them all.
    expect(existsSync(join(server.dataDir, 'store'))).toBe(false);
    expect(existsSync(join(workerDir, 'store'))).toBe(false);
  });
});
