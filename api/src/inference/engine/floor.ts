import { performance } from 'node:perf_hooks';
import type { InferenceSession } from 'onnxruntime-node';
import type { AdapterSpec } from './adapter';
import { decodeImage } from './decode';
import { bindModel, infer } from './infer';
import { prepareInput } from './preprocess';

/**
 * The floor a pipeline benchmark compares against: session.run alone over a frame that is already
 * decoded and pre-processed (all its tiles), `runs` times. The pipeline can only add to it.
 */
export async function measureRunFloor(
  session: InferenceSession,
  adapter: AdapterSpec,
  frame: Buffer,
  runs: number,
): Promise<number[]> {
  const binding = bindModel(session, adapter);
  const prepared = await prepareInput(await decodeImage(frame, 'frame'), adapter);
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await infer(binding, prepared);
    timings.push(performance.now() - start);
  }
  return timings;
}
