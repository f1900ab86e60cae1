import { performance } from 'node:perf_hooks';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import type { AdapterSpec } from './adapter';
import { readsFrom } from './adapter-inputs';
import { decodeImage, DEFAULT_DECODE_LIMITS, type DecodeLimits, type RgbImage } from './decode';
import { FrameFailedError } from './errors';
import { freeBatch, inferStacked, stackable } from './batch';
import { bindModel, infer } from './infer';
import { checkOutput, enforceOutputCheck, type OutputCheckPolicy } from './output-check';
import { assembleOutput, encodeOutput, type EncodedOutput } from './postprocess';
import { prepareInput, TensorBuffers, type PreparedInput } from './preprocess';

export interface FrameSource {
  name: string;
  read(): Promise<Buffer>;
  /**
   * The frame before this one in the job's order, when it is not the one before it among `frames`
   * (a job resumed part-way starts after frames already rendered). Read only for a PREVIOUS_FRAME
   * input; without it a frame pairs with the frame run before it, and the first with itself.
   */
  previous?: Omit<FrameSource, 'previous'>;
}

/**
 * Where a frame's time went. Each figure is the time the pipeline spent on that stage for this
 * frame, waiting included, so the three add up to the frame's share of the job's wall time:
 * decodeMs (decode and pre-processing) counts only the decoding not hidden behind the previous
 * frame's run.
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
  /** What the output check found (NaN, infinite or constant values); empty when the output looks sound. */
  warnings: string[];
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
  /** NaN, infinite or constant outputs: a warning on the frame (default) or the job fails there. */
  outputCheck?: OutputCheckPolicy;
  /**
   * Encode frame n - 1 while frame n runs (default). Worth it when the run leaves the CPU idle (a GPU
   * provider); on the CPU provider the run already uses every core, and an encode beside it slows it.
   */
  overlapEncode?: boolean;
  /**
   * Frames run together as one batch when the model's batch dimension is free (default 1): fewer,
   * larger runs keep a GPU busy; on the CPU provider a frame already fills the cores.
   */
  batchFrames?: number;
}

export interface RunFramesSummary {
  framesDone: number;
  stopped: boolean;
}

interface DecodedFrame {
  index: number;
  name: string;
  image: RgbImage;
  /** The source's `previous`, decoded the same way. */
  before?: RgbImage;
}

/** A frame decoded and pre-processed, ready to run. */
interface StagedFrame {
  frame: DecodedFrame;
  input: PreparedInput;
  decodeMs: number;
}

/** A frame that has been run, its PNG and thumbnail encoding under way on libvips's threads. */
interface RunFrame {
  frame: DecodedFrame;
  encoded: Promise<EncodedOutput>;
  timings: FrameTimings;
  warnings: string[];
}

/**
 * Runs a model over frames in order: decode -> pre-process -> run -> post-process -> encode, with
 * the work around the run overlapped with it. onnxruntime-node's run holds the event loop, but
 * libvips works on libuv's threads, so whatever sharp was given before a run proceeds alongside it:
 * frame n + 1 is read and decoded, and frame n - 1's PNG and thumbnail are encoded, while frame n
 * runs. Frames are handed to onFrame in order, one behind the run. The JavaScript stages (the
 * output check, putting tiles back) run on the event loop between runs. A frame that fails stops
 * the job with a FrameFailedError naming it.
 */
export async function runFrames(options: RunFramesOptions): Promise<RunFramesSummary> {
  const binding = bindModel(options.session, options.adapter);
  const limits = options.limits ?? DEFAULT_DECODE_LIMITS;
  const frames: AsyncIterator<FrameSource> = toAsyncIterator(options.frames);
  const decodeOptions = { alpha: readsFrom(options.adapter, 'FRAME_ALPHA') };
  const readsPrevious = readsFrom(options.adapter, 'PREVIOUS_FRAME');

  const decodeNext = async (index: number): Promise<DecodedFrame | undefined> => {
    const next = await frames.next();
    if (next.done) return undefined;
    const { name, previous } = next.value;
    const decode = async (source: Omit<FrameSource, 'previous'>) =>
      decodeImage(await source.read(), `frames[${index}]`, limits, decodeOptions);
    try {
      const [image, before] = await Promise.all([
        decode(next.value),
        readsPrevious && previous ? decode(previous) : undefined,
      ]);
      return { index, name, image, before };
    } catch (error) {
      throw new FrameFailedError(index, name, error);
    }
  };

  const buffers = new TensorBuffers();
  /** Waits for the frame's decoding and pre-processes it; the time counts as the frame's decodeMs. */
  const stage = async (
    decoding: Promise<DecodedFrame | undefined>,
    previous?: RgbImage,
  ): Promise<StagedFrame | undefined> => {
    const start = performance.now();
    const frame = await decoding;
    if (!frame) return undefined;
    const before = frame.before ?? previous ?? frame.image;
    const input = await finishFrame(frame, () => prepareInput(frame.image, options.adapter, before, buffers));
    return { frame, input, decodeMs: performance.now() - start };
  };

  // Several frames share a run when asked and the model's batch dimension is free; a model that
  // turns out not to batch runs its frames one at a time from then on.
  let batch =
    options.batchFrames !== undefined && options.batchFrames > 1 && freeBatch(binding)
      ? options.batchFrames
      : 1;
  const inferFrames = async (inputs: PreparedInput[]): Promise<Tensor[][]> => {
    if (batch > 1 && stackable(inputs)) {
      try {
        return await inferStacked(binding, inputs, buffers);
      } catch {
        batch = 1;
      }
    }
    const outputs: Tensor[][] = [];
    for (const input of inputs) outputs.push(await infer(binding, input));
    return outputs;
  };

  const ran: RunFrame[] = [];
  /**
   * Runs the staged frames (one, or a batch) and starts each one's encoding, adding each to `ran`
   * as it is done, so a frame whose output check fails leaves the batch's earlier frames to hand over.
   * The run's time is shared out among its frames.
   */
  const run = async (staged: StagedFrame[]): Promise<RunFrame[]> => {
    const inferStart = performance.now();
    const outputs = await finishFrame(staged[0].frame, () => inferFrames(staged.map((s) => s.input)));
    const inferMs = (performance.now() - inferStart) / staged.length;
    const done: RunFrame[] = [];
    for (const [i, { frame, input, decodeMs }] of staged.entries()) {
      done.push(
        await finishFrame(frame, async () => {
          const encodeStart = performance.now();
          const warnings = checkOutput(outputs[i]);
          enforceOutputCheck(warnings, options.outputCheck ?? 'warn');
          const encoded = encodeOutput(await assembleOutput(input, outputs[i], options.adapter));
          buffers.release(input);
          // Its failure is reported when the frame is handed over, not as an unhandled rejection meanwhile.
          encoded.catch(() => undefined);
          return {
            frame,
            encoded,
            timings: { decodeMs, inferMs, encodeMs: performance.now() - encodeStart },
            warnings,
          };
        }),
      );
      ran.push(done[i]);
    }
    return done;
  };

  let framesDone = 0;
  /** Waits for a run frame's encoding (the part not hidden behind the next run counts as encodeMs) and hands it over. */
  const handOver = async ({ frame, encoded, timings, warnings }: RunFrame): Promise<boolean> => {
    const waitStart = performance.now();
    const { png, thumbnail } = await finishFrame(frame, () => encoded);
    const { width, height } = frame.image;
    timings.encodeMs += performance.now() - waitStart;
    await options.onFrame({
      index: frame.index,
      name: frame.name,
      width,
      height,
      png,
      thumbnail,
      timings,
      warnings,
    });
    framesDone += 1;
    return options.shouldStop?.() ?? false;
  };

  /** Stages or runs a frame; when that fails, the frames run before it are handed over first, as the job's last good frames. */
  const orHandOver = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      for (const frame of ran.splice(0)) await handOver(frame);
      throw error;
    }
  };

  /** Stages up to `size` frames in order, each decoded while the one before is pre-processed. */
  const stageBatch = async (size: number, previous?: RgbImage): Promise<StagedFrame[]> => {
    const staged: StagedFrame[] = [];
    while (staged.length < size) {
      const frame = await stage(pending, staged.at(-1)?.frame.image ?? previous);
      if (!frame) break;
      staged.push(frame);
      pending = decodeNext(frame.frame.index + 1);
      // Its failure is reported when it is staged, not as an unhandled rejection meanwhile.
      pending.catch(() => undefined);
    }
    return staged;
  };

  // The frame after the staged ones is decoded while they run. Right after the run, the next frames
  // are pre-processed while this run's PNGs encode on libvips's threads; on a GPU provider those
  // encodes also overlap the next run.
  let pending = decodeNext(0);
  try {
    let next = await orHandOver(() => stageBatch(batch));
    while (next.length > 0) {
      const staged = next;
      const current = await orHandOver(() => run(staged));
      next = await orHandOver(() => stageBatch(batch, current.at(-1)!.frame.image));
      // On the CPU provider the encode would take cores from the next run rather than idle ones.
      // The wait counts as the frame's encodeMs, as the wait at the hand-over does.
      if (options.overlapEncode === false) {
        for (const frame of current) {
          const waitStart = performance.now();
          await frame.encoded.catch(() => undefined);
          frame.timings.encodeMs += performance.now() - waitStart;
        }
      }
      // Frames are handed over one run behind. Asked to stop, frames already run but not handed
      // over are dropped (a resumed job runs them again).
      while (ran.length > current.length)
        if (await handOver(ran.shift()!)) return { framesDone, stopped: true };
    }
    while (ran.length > 0) if (await handOver(ran.shift()!)) return { framesDone, stopped: true };
    return { framesDone, stopped: false };
  } finally {
    await frames.return?.();
  }
}

async function finishFrame<T>(frame: DecodedFrame, work: () => Promise<T>): Promise<T> {
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
