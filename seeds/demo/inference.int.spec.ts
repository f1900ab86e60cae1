/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import { APP_CONFIG, AppConfig } from '../../api/src/config/config';
import { LocalFileStore } from '../../api/src/platform/files/local-file-store';
import { JOB_FIELDS, startWorker, waitForJob } from '../../api/src/inference/testing/fixtures';
import { InferenceWorker } from '../../api/src/inference/worker/inference-worker';
import { startTestServer, TestServer } from '../../test/support/server';

/** The inference demo as `npm start` seeds it: the pack approved by the admin, the plates ready for a job. */
describe('the inference demo seed', () => {
  let server: TestServer;
  let worker: InferenceWorker | undefined;
  let reviewer: string;

  beforeAll(async () => {
    server = await startTestServer();
    reviewer = await server.login('reviewer@frameledger.local');
  });
  afterAll(async () => {
    await worker?.stop();
    await server?.stop();
  });

  it("registers the built-in pack, approved by the admin, with each model's provenance", async () => {
    const result = await server.gql(
      `{ models(first: 10) { edges { node { name version status decidedBy taskTypes sha256 provenance { licence trainingData weights vendor } } } } }`,
      {},
      reviewer,
    );
    const [{ id: adminId }] = await server.dataSource.query(
      `SELECT id FROM app_user WHERE email = 'admin@frameledger.local'`,
    );
    const models = result.data!.models.edges.map((e: { node: any }) => e.node);
    expect(
      models.map((m: any) => [m.name, m.taskTypes, m.provenance.trainingData, m.provenance.weights]),
    ).toEqual([
      ['frameledger-chroma-key', ['KEYING'], 'SYNTHETIC', 'HAND_SET'],
      ['frameledger-denoise', ['DENOISE'], 'SYNTHETIC', 'HAND_SET'],
      ['frameledger-grade-warm', ['GRADE'], 'SYNTHETIC', 'HAND_SET'],
      ['frameledger-upscale-2x', ['UPSCALE'], 'SYNTHETIC', 'HAND_SET'],
      ['paddleocr-ppocrv4-text-detector', ['LOCALIZATION'], 'MIXED', 'TRAINED'],
    ]);
    expect(models.every((m: any) => m.status === 'APPROVED' && m.decidedBy === adminId)).toBe(true);
    expect(models.at(-1).provenance).toMatchObject({
      licence: 'Apache-2.0',
      vendor: 'PaddlePaddle (Baidu), PaddleOCR',
    });
    const store = LocalFileStore.underDataDir(server.app.get<AppConfig>(APP_CONFIG).dataDir);
    for (const model of models) expect(await store.has(model.sha256)).toBe(true);
    const approvals = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'model.approve' AND actor = $1`,
      [adminId],
    );
    expect(approvals[0].n).toBe(5);
  });

  it('has the street plate ready, and the text matte over it on a LOCALIZATION task leaves the task an AI cost line', async () => {
    const folders = await server.gql(
      `{ frameFolders { edges { node { id name firstFrame lastFrame width height } } } }`,
      {},
      reviewer,
    );
    const street = folders
      .data!.frameFolders.edges.map((e: { node: any }) => e.node)
      .find((f: any) => f.name.includes('SIGN street'));
    expect(street).toMatchObject({ firstFrame: 1001, lastFrame: 1012, width: 1920, height: 1080 });
    const [task] = await server.dataSource.query(
      `SELECT t.id FROM task t JOIN production p ON p.id = t.production_id
       WHERE p.code = 'DERRUMBE' AND t.task_type_code = 'LOCALIZATION' AND NOT t.ai_forbidden ORDER BY t.created_at LIMIT 1`,
    );
    const [model] = await server.dataSource.query(
      `SELECT id FROM model WHERE name = 'paddleocr-ppocrv4-text-detector'`,
    );
    const operator = await server.login('operator@frameledger.local');
    const submitted = await server.gql(
      `mutation($input: SubmitInferenceJobInput!) { submitInferenceJob(input: $input) { ${JOB_FIELDS} } }`,
      {
        input: {
          taskId: task.id,
          modelId: model.id,
          frames: { folderId: street.id, fromFrame: 1001, toFrame: 1002 },
        },
      },
      operator,
    );
    expect(submitted.errors).toBeUndefined();
    // The demo's own compute rate for CPU (the worker's default device class).
    worker = await startWorker(server, { WORKER_DEVICE_CLASS: 'CPU' });
    const job = await waitForJob(server, operator, submitted.data!.submitInferenceJob.id, [
      'SUCCEEDED',
      'FAILED',
    ]);
    expect(job).toMatchObject({ status: 'SUCCEEDED', framesDone: 2, deviceClass: 'CPU' });
    const [line] = await server.dataSource.query(
      `SELECT r.wall_ms::int AS "wallMs", r.currency, r.compute_cost_minor::text AS cost, c.price_per_hour_minor::text AS price
       FROM ai_run r JOIN compute_rate c ON c.device_class = r.device_class WHERE r.job_id = $1 ORDER BY c.effective_from DESC LIMIT 1`,
      [job.id],
    );
    // compute cost = wall time x the CPU price per hour, in minor units, rounded half to even.
    const exact = (line.wallMs * Number(line.price)) / 3_600_000;
    expect(Math.abs(Number(line.cost) - exact)).toBeLessThanOrEqual(0.5);
    expect(job.computeCost).toMatchObject({ amountMinor: line.cost, currency: line.currency });
  });
});
