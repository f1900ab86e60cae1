/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import sharp from 'sharp';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { nanModel } from '../engine/testing/models';
import {
  addCentPerMsRate,
  approvedModel,
  createTask,
  startWorker,
  testModelEntry,
  uploadFrames,
  waitForJob,
} from '../testing/fixtures';
import type { InferenceWorker } from './inference-worker';
import { FLAGGED_FRAMES } from './worker-jobs.repository';

describe('checked outputs: a model that returns NaN is flagged, not passed off as a plausible render', () => {
  let server: TestServer;
  let admin: string;
  let operator: string;
  let modelId: string;
  let folderId: string;
  let task: { taskId: string; productionId: string };
  let worker: InferenceWorker | undefined;
  const run = async () => {
    const submitted = await server.gql(
      `mutation($input: SubmitInferenceJobInput!) { submitInferenceJob(input: $input) { id } }`,
      { input: { taskId: task.taskId, modelId, frames: { folderId } } },
      operator,
    );
    const id = submitted.data!.submitInferenceJob.id as string;
    const job = await waitForJob(server, operator, id, ['SUCCEEDED', 'FAILED']);
    const renders = await server.gql(
      `query($id: ID!) { renders(jobId: $id) { edges { node { frameIndex warnings } } } }`,
      { id },
      operator,
    );
    return { job, renders: renders.data!.renders.edges.map((e: { node: unknown }) => e.node) };
  };

  beforeAll(async () => {
    server = await startTestServer();
    [admin, operator] = await Promise.all(
      ['admin', 'operator'].map((who) => server.login(`${who}@frameledger.local`)),
    );
    await addCentPerMsRate(server.dataSource);
    task = await createTask(server.dataSource, 'KEYING');
    modelId = await approvedModel(server, admin, testModelEntry('test-nan', nanModel(), 'log(x - 2): NaN.'));
    const png = await sharp({ create: { width: 4, height: 2, channels: 3, background: '#808080' } })
      .png()
      .toBuffer();
    folderId = (
      await uploadFrames(
        server,
        [1, 2].map((n) => ({ name: `n_000${n}.png`, bytes: png })),
        operator,
      )
    ).body.id;
  });
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
  });
  afterAll(async () => server?.stop());

  it('warns on every render and on the job by default (4 x 2 pixels x 3 channels = 24 NaN values a frame)', async () => {
    worker = await startWorker(server);
    const { job, renders } = await run();
    expect(job.status).toBe('SUCCEEDED');
    expect(job.warnings).toEqual([FLAGGED_FRAMES]);
    expect(renders).toEqual(
      [0, 1].map((frameIndex) => ({
        frameIndex,
        warnings: [
          "24 of 24 output values are NaN or infinite (written as 0): check the adapter's value range or mean/std and the model.",
        ],
      })),
    );
  });

  it("follows the production's own policy (ADMIN, audited) over the worker's default", async () => {
    const SET = `mutation($input: SetOutputCheckInput!) { setInferenceOutputCheck(input: $input) { productionId policy } }`;
    const input = { productionId: task.productionId, policy: 'FAIL' };
    expect((await server.gql(SET, { input }, operator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(SET, { input }, admin)).data?.setInferenceOutputCheck).toEqual(input);
    try {
      worker = await startWorker(server); // its default is warn
      const { job } = await run();
      expect(job).toMatchObject({ status: 'FAILED', failedFrame: { index: 0, name: 'n_0001.png' } });
      const [event] = await server.dataSource.query(
        `SELECT payload FROM audit_event WHERE action = 'production.inference_output_check' AND subject_id = $1`,
        [task.productionId],
      );
      expect(event.payload).toEqual({ before: { policy: null }, after: { policy: 'FAIL' } });
    } finally {
      await server.gql(SET, { input: { productionId: task.productionId, policy: null } }, admin);
    }
  });

  it('fails the job at the first frame with INFERENCE_OUTPUT_CHECK=fail, without a retry', async () => {
    worker = await startWorker(server, { INFERENCE_OUTPUT_CHECK: 'fail' });
    const { job, renders } = await run();
    expect(job).toMatchObject({
      status: 'FAILED',
      attempt: 1,
      failedFrame: { index: 0, name: 'n_0001.png' },
    });
    expect(job.error).toMatch(
      /^Frame 1 \(n_0001\.png\) failed: The model's output failed its check: 24 of 24/,
    );
    expect(renders).toEqual([]);
  });
});
