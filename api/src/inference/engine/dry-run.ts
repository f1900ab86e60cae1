import { InferenceSession } from 'onnxruntime-node';
import type { AdapterSpec } from './adapter';
import { readsFrom } from './adapter-inputs';
import type { RgbImage } from './decode';
import { bindModel, infer } from './infer';
import { assembleOutput } from './postprocess';
import { prepareInput } from './preprocess';

/**
 * A small synthetic frame the adapter accepts: any size gets 64 x 48, a multiple-of-n model a frame
 * that needs padding, a fixed-size model one a little larger than its input (so tiles overlap and a
 * resize scales down). A gradient, so a model that ignores its input cannot pass for a working one;
 * for a FRAME_ALPHA input the alpha is a diagonal gradient too.
 */
export function syntheticFrame(adapter: AdapterSpec): RgbImage {
  const { size } = adapter;
  const [width, height] =
    size.kind === 'fixed'
      ? [size.width + Math.ceil(size.width / 2), size.height + Math.ceil(size.height / 2)]
      : size.kind === 'multipleOf'
        ? [size.n * 2 - 1, size.n + 1]
        : [64, 48];
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      data.set([(x * 255) / width, (y * 255) / height, 128], (y * width + x) * 3);
  if (!readsFrom(adapter, 'FRAME_ALPHA')) return { width, height, data };
  const alpha = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) alpha[y * width + x] = ((x + y) * 255) / (width + height);
  return { width, height, data, alpha };
}

/**
 * Runs the model once over a synthetic frame (its own previous frame, for a PREVIOUS_FRAME input)
 * through the same pre-processing, run and post-processing as a job, feeding every input the
 * adapter binds: at registration it proves the output shape is one the adapter can map
 * back (an ADAPTER_MISMATCH InferenceInputError otherwise); when a worker opens a session it is the
 * warm-up run, so the first real frame does not pay for the runtime's first-run allocations.
 */
export async function dryRun(session: InferenceSession, adapter: AdapterSpec): Promise<void> {
  const prepared = await prepareInput(syntheticFrame(adapter), adapter);
  await assembleOutput(prepared, await infer(bindModel(session, adapter), prepared), adapter);
}

/** The registration check: the model file opened on the CPU, one dry run, released. */
export async function dryRunModel(model: Uint8Array, adapter: AdapterSpec): Promise<void> {
  const session = await InferenceSession.create(model, { executionProviders: ['cpu'] });
  try {
    await dryRun(session, adapter);
  } finally {
    await session.release();
  }
}
