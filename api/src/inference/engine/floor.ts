import { performance } from 'node:perf_hooks';
import type { InferenceSession } from 'onnxruntime-node';
import type { AdapterSpec } from './adapter';
import { readsFrom } from './adapter-inputs';
import { decodeImage } from './decode';
import { bindModel, infer } from './infer';
import { assembleOutput, encodeOutput } from './postprocess';
import { prepareInput, TensorBuffers } from './preprocess';

/** The frame decoded as a job decodes it for this adapter (alpha kept for a FRAME_ALPHA input). */
const decodeFor = (frame: Buffer, adapter: AdapterSpec) =>
  decodeImage(frame, 'frame', undefined, { alpha: readsFrom(adapter, 'FRAME_ALPHA') });

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
  const prepared = await prepareInput(await decodeFor(frame, adapter), adapter);
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await infer(binding, prepared);
    timings.push(performance.now() - start);
  }
  return timings;
}

/** Milliseconds per stage for one frame, each stage alone (no overlap): where a frame's work goes. */
export interface StageTimings {
  decodeMs: number;
  preprocessMs: number;
  runMs: number;
  postprocessMs: number;
  encodeMs: number;
}

/**
 * Each stage of the pipeline timed on its own over the same frame, `runs` times, the median kept:
 * the pre- and post-processing apart from the run, which a job's overlapped timings cannot show.
 */
export async function measureStages(
  session: InferenceSession,
  adapter: AdapterSpec,
  frame: Buffer,
  runs: number,
): Promise<StageTimings> {
  const binding = bindModel(session, adapter);
  // Buffers reused from run to run, as a job reuses them from frame to frame.
  const buffers = new TensorBuffers();
  const samples: StageTimings[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const image = await decodeFor(frame, adapter);
    const t1 = performance.now();
    const prepared = await prepareInput(image, adapter, image, buffers);
    const t2 = performance.now();
    const outputs = await infer(binding, prepared);
    const t3 = performance.now();
    const output = await assembleOutput(prepared, outputs, adapter);
    const t4 = performance.now();
    await encodeOutput(output);
    const t5 = performance.now();
    buffers.release(prepared);
    samples.push({
      decodeMs: t1 - t0,
      preprocessMs: t2 - t1,
      runMs: t3 - t2,
      postprocessMs: t4 - t3,
      encodeMs: t5 - t4,
    });
  }
  const median = (key: keyof StageTimings) => samples.map((s) => s[key]).sort((a, b) => a - b)[runs >> 1];
  return {
    decodeMs: median('decodeMs'),
    preprocessMs: median('preprocessMs'),
    runMs: median('runMs'),
    postprocessMs: median('postprocessMs'),
    encodeMs: median('encodeMs'),
  };
}
