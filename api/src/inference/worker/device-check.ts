import type { AppConfig } from '../../config/config';
import { isGpuClass, probeGpu } from '../engine';
import type { WorkerJobsRepository } from './worker-jobs.repository';

/** The worker must not start: the message is a sentence saying what to change. */
export class WorkerRefused extends Error {
  override readonly name = 'WorkerRefused';
}

/**
 * What a worker checks before it takes any job, so that a misconfigured worker never starts
 * "ready" and then fails or misbills every job it takes:
 * - its device class has a compute rate in force today (its machine time must be billable);
 * - with INFERENCE_REQUIRE_GPU=true, CUDA or WebGPU starts here;
 * - set up as a GPU class with INFERENCE_DEVICE_MISMATCH=refuse, a GPU provider starts here.
 * Returns the GPU provider that started, when one was probed.
 */
export async function checkWorkerDevice(
  config: AppConfig,
  jobs: Pick<WorkerJobsRepository, 'computeRate'>,
  now = new Date(),
): Promise<{ gpu?: { provider: string; device: string } }> {
  const deviceClass = config.workerDeviceClass;
  if (!(await jobs.computeRate(deviceClass, now))) {
    throw new WorkerRefused(
      `no compute rate is set for device class ${deviceClass} on ${now.toISOString().slice(0, 10)}, so its machine time could not be billed; add one to the compute rates or start the worker with a WORKER_DEVICE_CLASS that has one.`,
    );
  }
  const gpuRequired = config.inferenceRequireGpu;
  const gpuClassStrict = isGpuClass(deviceClass) && config.inferenceDeviceMismatch === 'refuse';
  if (!gpuRequired && !gpuClassStrict) return {};
  const probe = await probeGpu();
  if (probe.ok) return { gpu: { provider: probe.provider, device: probe.device } };
  const reasons = probe.skipped.map((s) => `${s.provider}: ${s.reason}`).join('; ');
  const fix =
    'install the CUDA provider (npm run setup:gpu) or the Vulkan loader and the GPU vendor Vulkan driver for WebGPU';
  if (gpuRequired)
    throw new WorkerRefused(
      `INFERENCE_REQUIRE_GPU is true but neither CUDA nor WebGPU starts on this machine (${reasons}); ${fix}, or unset INFERENCE_REQUIRE_GPU.`,
    );
  throw new WorkerRefused(
    `WORKER_DEVICE_CLASS is ${deviceClass}, a GPU class, but neither CUDA nor WebGPU starts on this machine (${reasons}); ${fix}, or set WORKER_DEVICE_CLASS=CPU.`,
  );
}
