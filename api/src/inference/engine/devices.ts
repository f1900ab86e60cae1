import { ModelProto, OnnxDataType } from './onnx-proto';
import { NoProviderError, openSession, type ProviderAttempt, type ProviderName } from './providers';

/**
 * Compute-rate classes are codes such as CPU, T4, A100, H100. CPU and classes named CPU-... or
 * CPU_... (a priced CPU model, e.g. CPU-EPYC) are processors; every other class is a GPU.
 */
export const CPU_CLASS = 'CPU';

export function isGpuClass(deviceClass: string): boolean {
  return !/^CPU([-_]|$)/.test(deviceClass);
}

/** What a job is billed at after its session opened, and why, when that is not what the worker was set up as. */
export interface BilledDevice {
  deviceClass: string;
  /** A sentence for the job's warnings when the provider that ran is not the configured kind of device. */
  mismatch?: string;
}

/**
 * The compute-rate class a session's time is billed at: the configured class when the provider is
 * that kind of device; the CPU rate when a worker set up as a GPU class ran on the CPU (the GPU
 * provider did not start, or the session fell back), because that is the device that did the work.
 * A worker set up as CPU whose session ran on a GPU keeps the CPU rate (the GPU's class is not
 * known) and is flagged, so an admin can set WORKER_DEVICE_CLASS right.
 */
export function billedDevice(configured: string, provider: ProviderName, device: string): BilledDevice {
  const ranOnGpu = provider !== 'cpu';
  if (ranOnGpu === isGpuClass(configured)) return { deviceClass: configured };
  if (!ranOnGpu) {
    return {
      deviceClass: CPU_CLASS,
      mismatch: `The worker is set up as ${configured} but the model ran on the CPU (${device}), so its time is billed at the CPU rate; install the GPU provider on that worker (npm run setup:gpu) or set WORKER_DEVICE_CLASS=CPU.`,
    };
  }
  return {
    deviceClass: configured,
    mismatch: `The worker is set up as ${configured} but the model ran on ${provider} (${device}), so its time is billed at the ${configured} rate; set WORKER_DEVICE_CLASS to that GPU's class.`,
  };
}

/** The smallest model a GPU provider must run (y = x * x, 1 x 8 floats): enough to prove it starts. */
function probeModel(): Uint8Array {
  const value = (name: string) => ({
    name,
    type: {
      tensor_type: { elem_type: OnnxDataType.FLOAT, shape: { dim: [{ dim_value: 1 }, { dim_value: 8 }] } },
    },
  });
  const model = ModelProto.fromObject({
    ir_version: 8,
    opset_import: [{ domain: '', version: 17 }],
    graph: {
      name: 'probe',
      node: [{ op_type: 'Mul', input: ['x', 'x'], output: ['y'] }],
      input: [value('x')],
      output: [value('y')],
    },
  });
  return ModelProto.encode(model).finish();
}

/**
 * Whether CUDA or WebGPU starts on this machine: the GPU provider that opened the probe model and
 * its device, or the reason each could not start. Used when a worker starts.
 */
export async function probeGpu(): Promise<
  { ok: true; provider: ProviderName; device: string } | { ok: false; skipped: ProviderAttempt[] }
> {
  try {
    const opened = await openSession(probeModel(), ['cuda', 'webgpu']);
    await opened.session.release();
    return { ok: true, provider: opened.provider, device: opened.device };
  } catch (error) {
    if (error instanceof NoProviderError) return { ok: false, skipped: error.skipped };
    throw error;
  }
}
