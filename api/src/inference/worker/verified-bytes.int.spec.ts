/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import { createHash } from 'node:crypto';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { chromaKeyModel } from '../../../../seeds/models/chroma-key';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { APP_CONFIG, AppConfig } from '../../config/config';
import {
  addCentPerMsRate,
  approvedModel,
  createTask,
  failingRunModel,
  startWorker,
  uploadFrames,
  waitForJob,
} from '../testing/fixtures';
import type { InferenceWorker } from './inference-worker';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const plate = (g: number) =>
  sharp({ create: { width: 16, height: 8, channels: 3, background: { r: 20, g, b: 20 } } })
    .png()
    .toBuffer();

describe('verified bytes: models and frames are hashed as they are read from the store', () => {
  let server: TestServer;
  let admin: string;
  let operator: string;
  let worker: InferenceWorker | undefined;
  let task: { taskId: string };
  /** Puts other bytes where the store keeps `sha` (as a disk fault or a tampering hand would). */
  const replaceInStore = (sha: string, bytes: Buffer) => {
    const { dataDir } = server.app.get<AppConfig>(APP_CONFIG);
    const path = join(dataDir, 'store', 'sha256', sha.slice(0, 2), sha.slice(2, 4), sha);
    chmodSync(path, 0o644);
    writeFileSync(path, bytes);
  };
  const submit = async (modelId: string, folderId: string) =>
    (
      await server.gql(
        `mutation($input: SubmitInferenceJobInput!) { submitInferenceJob(input: $input) { id } }`,
        { input: { taskId: task.taskId, modelId, frames: { folderId } } },
        operator,
      )
    ).data!.submitInferenceJob.id as string;
  const findings = (jobId: string) =>
    server.dataSource.query(
      `SELECT payload FROM audit_event WHERE action = 'inference.stored_bytes_changed' AND subject_id = $1`,
      [jobId],
    );

  beforeAll(async () => {
    server = await startTestServer();
    [admin, operator] = await Promise.all(
      ['admin', 'operator'].map((who) => server.login(`${who}@frameledger.local`)),
    );
    await addCentPerMsRate(server.dataSource);
    task = await createTask(server.dataSource, 'KEYING');
  });
  afterAll(async () => {
    await worker?.stop();
    await server?.stop();
  });

  it('fails the job at a frame replaced in the store by another valid image, and audits the finding', async () => {
    const modelId = await approvedModel(server, admin, chromaKeyModel());
    const [first, second, replacement] = await Promise.all([plate(200), plate(190), plate(10)]);
    const folder = (
      await uploadFrames(
        server,
        [
          { name: 'sh_0001.png', bytes: first },
          { name: 'sh_0002.png', bytes: second },
        ],
        operator,
      )
    ).body;
    replaceInStore(sha256(second), replacement);
    worker = await startWorker(server);
    const jobId = await submit(modelId, folder.id);
    const job = await waitForJob(server, operator, jobId, ['SUCCEEDED', 'FAILED']);

    expect(job.status).toBe('FAILED');
    expect(job.attempt).toBe(1); // refused, not retried: the bytes would be just as wrong next time
    expect(job.failedFrame).toEqual({ index: 1, name: 'sh_0002.png' });
    expect(job.error).toBe(
      `Frame 2 (sh_0002.png) failed: The frame file in the store no longer matches its recorded sha256 (recorded ${sha256(second)}, read ${sha256(replacement)}): it was replaced or damaged after upload. Upload the original frame again and submit a new job.`,
    );
    // The first frame, whose bytes are intact, was rendered; nothing of the replaced one was.
    const renders = await server.dataSource.query(
      `SELECT frame_index AS "frameIndex", input_sha256 AS "inputSha256" FROM render WHERE job_id = $1`,
      [jobId],
    );
    expect(renders).toEqual([{ frameIndex: 0, inputSha256: sha256(first) }]);
    expect(await findings(jobId)).toEqual([
      {
        payload: {
          kind: 'frame',
          recordedSha256: sha256(second),
          readSha256: sha256(replacement),
          frame: { index: 1, name: 'sh_0002.png' },
        },
      },
    ]);
  });

  it('refuses a model file replaced in the store by another valid model before any frame runs', async () => {
    const entry = failingRunModel();
    const modelId = await approvedModel(server, admin, entry);
    const other = chromaKeyModel().bytes;
    replaceInStore(sha256(entry.bytes), other);
    const folder = (await uploadFrames(server, [{ name: 'm_0001.png', bytes: await plate(120) }], operator))
      .body;
    const jobId = await submit(modelId, folder.id);
    const job = await waitForJob(server, operator, jobId, ['SUCCEEDED', 'FAILED']);

    expect(job).toMatchObject({ status: 'FAILED', failedFrame: null, framesDone: 0 });
    expect(job.error).toBe(
      `The model file in the store no longer matches its recorded sha256 (recorded ${sha256(entry.bytes)}, read ${sha256(other)}): it was replaced or damaged after upload. Upload the original model again and submit a new job.`,
    );
    expect(await findings(jobId)).toEqual([
      {
        payload: {
          kind: 'model',
          recordedSha256: sha256(entry.bytes),
          readSha256: sha256(other),
          frame: null,
        },
      },
    ]);
  });
});
