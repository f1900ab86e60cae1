import { performance } from 'node:perf_hooks';
import type { InferenceSession } from 'onnxruntime-node';
import type { AdapterSpec } from './adapter';
import { decodeImage, DEFAULT_DECODE_LIMITS, type DecodeLimits } from './decode';
import { FrameFailedError } from './errors';
import { bindModel, infer } from './infer';
import { assembleOutput, encodeOutput } from './postprocess';
import { prepareInput, type PreparedInput } from './preprocess';

export interface FrameSource {
  name: string;
  read(): Promise<Buffer>;
}

/**
 * Where a frame's time went. Each figure is the time the pipeline spent on that stage for this
 * frame and waiting for it, so the three add up to the frame's share of the job's wall time:
 * decodeMs is only what was not hidden behind the previous frame's run.
 */
export interface FrameTimings {
  decodeMs: number;
  inferMs: number;
  encodeMs: number;
}

export interface FrameResult {
  index: number;
  name: string;
  width: number;
  height: number;
  png: Buffer;
  thumbnail: Buffer;
  timings: FrameTimings;
}

export interface RunFramesOptions {
  session: InferenceSession;
  adapter: AdapterSpec;
  frames: AsyncIterable<FrameSource> | Iterable<FrameSource>;
  /** Awaited before the next frame is run: a slow database write slows the job instead of piling up results. */
  onFrame(result: FrameResult): void | Promise<void>;
  /** Asked after each frame (a cancelled job, a worker shutting down). */
  shouldStop?(): boolean;
  limits?: DecodeLimits;
}

export interface RunFramesSummary {
  framesDone: number;
  stopped: boolean;
}

interface PreparedFrame {
  index: number;
  name: string;
  input: PreparedInput;
}

/**
 * Runs a model over frames in order: decode -> pre-process -> run -> post-process -> encode. The
 * next frame is read and decoded while the current one runs: onnxruntime-node's run holds the
 * event loop, but libvips decodes on libuv's threads, so a decode started before the run proceeds
 * alongside it. A frame that fails stops the job with a FrameFailedError naming it.
 */
export async function runFrames(options: RunFramesOptions): Promise<RunFramesSummary> {
  const binding = bindModel(options.session, options.adapter);
  const limits = options.limits ?? DEFAULT_DECODE_LIMITS;
  const frames: AsyncIterator<FrameSource> = toAsyncIterator(options.frames);

  const prepare = async (index: number): Promise<PreparedFrame | undefined> => {
    const next = await frames.next();
    if (next.done) return undefined;
    const { name } = next.value;
    try {
      const image = await decodeImage(await next.value.read(), `frames[${index}]`, limits);
      return { index, name, input: await prepareInput(image, options.adapter) };
    } catch (error) {
      throw new FrameFailedError(index, name, error);
    }
  };

  let framesDone = 0;
  let pending = prepare(0);
  try {
    for (;;) {
      const waitStart = performance.now();
      const frame = await pending;
      if (!frame) return { framesDone, stopped: false };
      const decodeMs = performance.now() - waitStart;
      pending = prepare(frame.index + 1);
      // Its failure is reported when the loop awaits it, not as an unhandled rejection meanwhile.
      pending.catch(() => undefined);

      const inferStart = performance.now();
      const result = await finishFrame(frame, async () => {
        const outputs = await infer(binding, frame.input);
        const encodeStart = performance.now();
        const encoded = await encodeOutput(await assembleOutput(frame.input, outputs, options.adapter));
        return { encoded, inferMs: encodeStart - inferStart, encodeMs: performance.now() - encodeStart };
      });
      await options.onFrame({
        index: frame.index,
        name: frame.name,
        width: frame.input.width,
        height: frame.input.height,
        png: result.encoded.png,
        thumbnail: result.encoded.thumbnail,
        timings: { decodeMs, inferMs: result.inferMs, encodeMs: result.encodeMs },
      });
      framesDone += 1;
      if (options.shouldStop?.()) return { framesDone, stopped: true };
    }
  } finally {
    await frames.return?.();
  }
}

async function finishFrame<T>(frame: PreparedFrame, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new FrameFailedError(frame.index, frame.name, error);
  }
}

function toAsyncIterator<T>(source: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in source) return source[Symbol.asyncIterator]();
  const iterator = source[Symbol.iterator]();
  return {
    next: async () => iterator.next(),
    return: async () => iterator.return?.() ?? { done: true, value: undefined },
  };
}
