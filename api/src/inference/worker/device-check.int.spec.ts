/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import sharp from 'sharp';
import { chromaKeyModel } from '../../../../seeds/models/chroma-key';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { probeGpu } from '../engine';
import { approvedModel, createTask, startWorker, uploadFrames, waitForJob } from '../testing/fixtures';
import { WorkerRefused } from './device-check';
import type { InferenceWorker } from './inference-worker';

/** A GPU class priced at 36,000.00 USD an hour (a cent a millisecond) and a CPU class at 3.60 (a cent a second). */
const GPU_CLASS = 'GPU-TESTRIG';
const CPU_CLASS = 'CPU';

describe('honest devices: the worker bills the device that really ran', () => {
  let server: TestServer;
  let admin: string;
  let operator: string;
  let gpuHere: boolean;

  beforeAll(async () => {
    server = await startTestServer();
    [admin, operator] = await Promise.all(
      ['admin', 'operator'].map((who) => server.login(`${who}@frameledger.local`)),
    );
    await server.dataSource.query(
      `INSERT INTO compute_rate (device_class, currency, price_per_hour_minor, effective_from, source)
       VALUES ($1, 'USD', 3600000, '2000-01-01', 'test GPU'), ($2, 'USD', 360, '2000-01-01', 'test CPU')
       ON CONFLICT (device_class, effective_from) DO UPDATE SET price_per_hour_minor = excluded.price_per_hour_minor, currency = 'USD'`,
      [GPU_CLASS, CPU_CLASS],
    );
    gpuHere = (await probeGpu()).ok;
  });
  afterAll(async () => server?.stop());

  it('refuses to start a worker whose device class has no compute rate, saying which class', async () => {
    await expect(startWorker(server, { WORKER_DEVICE_CLASS: 'NO-RATE-CLASS' })).rejects.toThrow(
      new WorkerRefused(
        `no compute rate is set for device class NO-RATE-CLASS on ${new Date().toISOString().slice(0, 10)}, so its machine time could not be billed; add one to the compute rates or start the worker with a WORKER_DEVICE_CLASS that has one.`,
      ),
    );
  });

  it('refuses to start with INFERENCE_REQUIRE_GPU=true, or as a GPU class with INFERENCE_DEVICE_MISMATCH=refuse, when no GPU provider starts', async () => {
    const required = () =>
      startWorker(server, { WORKER_DEVICE_CLASS: CPU_CLASS, INFERENCE_REQUIRE_GPU: 'true' });
    const strict = () =>
      startWorker(server, { WORKER_DEVICE_CLASS: GPU_CLASS, INFERENCE_DEVICE_MISMATCH: 'refuse' });
    if (gpuHere) {
      // On a machine with a GPU both start; stop them again.
      await (await required()).stop();
      await (await strict()).stop();
      return;
    }
    await expect(required()).rejects.toThrow(
      /^INFERENCE_REQUIRE_GPU is true but neither CUDA nor WebGPU starts on this machine \(cuda: .+; webgpu: .+\); install the CUDA provider \(npm run setup:gpu\)/,
    );
    await expect(strict()).rejects.toThrow(
      /^WORKER_DEVICE_CLASS is GPU-TESTRIG, a GPU class, but neither CUDA nor WebGPU starts on this machine .+, or set WORKER_DEVICE_CLASS=CPU\.$/,
    );
  });

  it('flags a job that a worker set up as a GPU class ran on the CPU, and bills it at the CPU rate', async () => {
    if (gpuHere) return; // the session opens on the GPU there: nothing to flag
    const task = await createTask(server.dataSource, 'KEYING');
    const modelId = await approvedModel(server, admin, chromaKeyModel());
    // Green backing on the left, a red subject on the right: a matte with both (a flat one is flagged).
    const pixels = Buffer.alloc(32 * 18 * 3);
    for (let i = 0; i < 32 * 18; i++) pixels.set(i % 32 < 16 ? [10, 200, 10] : [200, 10, 10], i * 3);
    const plate = await sharp(pixels, { raw: { width: 32, height: 18, channels: 3 } })
      .png()
      .toBuffer();
    const folder = (await uploadFrames(server, [{ name: 'p_0001.png', bytes: plate }], operator)).body;
    let worker: InferenceWorker | undefined;
    try {
      worker = await startWorker(server, { WORKER_DEVICE_CLASS: GPU_CLASS });
      const submitted = await server.gql(
        `mutation($input: SubmitInferenceJobInput!) { submitInferenceJob(input: $input) { id } }`,
        { input: { taskId: task.taskId, modelId, frames: { folderId: folder.id } } },
        operator,
      );
      const id = submitted.data!.submitInferenceJob.id;
      const job = await waitForJob(server, operator, id, ['SUCCEEDED', 'FAILED']);
      expect(job).toMatchObject({ status: 'SUCCEEDED', provider: 'cpu', deviceClass: CPU_CLASS });
      expect(job.warnings).toEqual([
        expect.stringMatching(
          /^The worker is set up as GPU-TESTRIG but the model ran on the CPU \(.+\), so its time is billed at the CPU rate; install the GPU provider/,
        ),
      ]);
      // The cost line names the CPU class; at 3.60 USD an hour a job under 5 s costs under a cent,
      // where the GPU class's cent a millisecond would have booked one cent per ms.
      const [line] = await server.dataSource.query(
        `SELECT device_class AS "deviceClass", wall_ms::int AS "wallMs", compute_cost_minor::int AS cost FROM ai_run WHERE job_id = $1`,
        [id],
      );
      expect(line.deviceClass).toBe(CPU_CLASS);
      expect(line.cost).toBeLessThan(line.wallMs);
    } finally {
      await worker?.stop();
    }
  });
});
