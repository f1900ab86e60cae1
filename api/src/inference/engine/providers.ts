import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { InferenceSession, listSupportedBackends } from 'onnxruntime-node';
import { runtimeReason } from './errors';

export type ProviderName = 'cuda' | 'webgpu' | 'cpu';

/** Fastest first. CUDA needs the provider libraries fetched at install time (ONNXRUNTIME_NODE_INSTALL=cuda12). */
export const PROVIDER_ORDER: readonly ProviderName[] = ['cuda', 'webgpu', 'cpu'];

export type SessionOptions = Omit<InferenceSession.SessionOptions, 'executionProviders'>;

export interface ProviderAttempt {
  provider: ProviderName;
  reason: string;
}

export interface OpenedSession {
  session: InferenceSession;
  /** The provider the session was created with: the one the job records. */
  provider: ProviderName;
  device: string;
  /** Providers tried before it and why each could not start (e.g. no CUDA libraries, no Vulkan GPU). */
  skipped: ProviderAttempt[];
}

/**
 * Opens a session on the first provider that starts. Each is tried on its own: a list such as
 * ['webgpu', 'cpu'] given to onnxruntime would not fall back (the session fails when WebGPU cannot
 * start), and with one provider per attempt we know which one really runs the model.
 */
export async function openSession(
  model: Uint8Array,
  order: readonly ProviderName[] = PROVIDER_ORDER,
  options: SessionOptions = {},
): Promise<OpenedSession> {
  const skipped: ProviderAttempt[] = [];
  for (const provider of order) {
    if (provider === 'cuda' && !cudaLibrariesInstalled()) {
      skipped.push({
        provider,
        reason:
          'the CUDA provider libraries are not installed (install onnxruntime-node with ONNXRUNTIME_NODE_INSTALL=cuda12)',
      });
      continue;
    }
    try {
      // Failed attempts are expected and reported through `skipped`, so the runtime's own error log
      // for them is quietened; the CPU attempt keeps the caller's level.
      const quiet = provider === 'cpu' ? {} : { logSeverityLevel: 4 as const };
      const session = await InferenceSession.create(model, {
        ...quiet,
        ...options,
        executionProviders: [provider],
      });
      return { session, provider, device: deviceName(provider), skipped };
    } catch (error) {
      skipped.push({ provider, reason: runtimeReason(error) });
    }
  }
  throw new NoProviderError(skipped);
}

/** Every provider asked for failed to open the model; `skipped` says why, provider by provider. */
export class NoProviderError extends Error {
  override readonly name = 'NoProviderError';

  constructor(readonly skipped: ProviderAttempt[]) {
    super(
      `No execution provider could open the model (${skipped.map((a) => `${a.provider}: ${a.reason}`).join('; ')}).`,
    );
  }
}

/**
 * onnxruntime-node fetches CUDA's provider libraries at install time into its binding folder. Without
 * them a CUDA attempt can only fail, and the runtime writes that failure to stderr, past our logger.
 */
function cudaLibrariesInstalled(): boolean {
  const bindingDir = join(
    dirname(require.resolve('onnxruntime-node')),
    '..',
    'bin',
    'napi-v6',
    process.platform,
    process.arch,
  );
  try {
    return readdirSync(bindingDir).some((file) => file.includes('onnxruntime_providers_cuda'));
  } catch {
    return false;
  }
}

/** What this onnxruntime-node install carries: `bundled: false` providers need libraries installed separately. */
export function bundledBackends(): Array<{ name: string; bundled: boolean }> {
  return listSupportedBackends().map(({ name, bundled }) => ({ name, bundled }));
}

/** A human-readable device for the job record: the CPU model, or the NVIDIA GPU model where the driver names it. */
export function deviceName(provider: ProviderName): string {
  if (provider === 'cpu') return cpus()[0]?.model.trim() || 'CPU';
  return nvidiaGpuNames()[0] ?? `GPU (${provider})`;
}

/** The NVIDIA driver lists each GPU under /proc; other vendors' GPUs are reported by provider name only. */
function nvidiaGpuNames(): string[] {
  const root = '/proc/driver/nvidia/gpus';
  try {
    return readdirSync(root).flatMap((gpu) => {
      const model = /^Model:\s*(.+)$/m.exec(readFileSync(join(root, gpu, 'information'), 'utf8'));
      return model ? [model[1].trim()] : [];
    });
  } catch {
    return [];
  }
}
