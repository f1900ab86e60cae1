// npm run check:gpu (and the GPU bundle, scripts/gpu-bundle.sh): for each built-in model, which
// execution provider really opened it and the pipeline/raw ratio on that provider. It needs only
// node, onnxruntime-node, sharp and the engine's own compiled files, so it runs on a GPU machine
// that has no npm, no network and no database.
// Usage: node check-gpu.js DIR   (DIR holds models.json, the .onnx files and the frames it names;
// scripts/gpu-models.ts writes it). CHECK_GPU_PROVIDERS=webgpu (or cuda, cpu, a comma list tried
// in order) chooses the providers; CHECK_GPU_FRAMES changes the 24 frames. One JSON line per model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AdapterSpec } from './adapter';
import { measureRunFloor, measureStages } from './floor';
import { runFrames, type FrameSource } from './pipeline';
import { openSession, PROVIDER_ORDER, type ProviderName } from './providers';

/** One entry of models.json: the model file, how frames are fed, the frames it runs on. */
export interface CheckModel {
  name: string;
  version: string;
  file: string;
  adapter: AdapterSpec;
  /** The ratio goal: 1.15 for a learned model (its time is in session.run), 1.5 for the light graphs. */
  goal: number;
  frames: string[];
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('Usage: node check-gpu.js DIR (a folder with models.json).');
  const count = Number(process.env.CHECK_GPU_FRAMES ?? 24);
  // Frames per run where the model's batch dimension is free, as INFERENCE_BATCH_FRAMES sets it for a worker.
  const batch = Number(process.env.CHECK_GPU_BATCH ?? 1);
  const order = providerOrder(process.env.CHECK_GPU_PROVIDERS);
  const models = JSON.parse(readFileSync(join(dir, 'models.json'), 'utf8')) as CheckModel[];
  for (const model of models) {
    process.stdout.write(JSON.stringify(await checkModel(dir, model, order, count, batch)) + '\n');
  }
}

function providerOrder(value: string | undefined): ProviderName[] {
  if (!value) return [...PROVIDER_ORDER];
  const names = value.split(',').map((p) => p.trim());
  const unknown = names.filter((p) => !PROVIDER_ORDER.includes(p as ProviderName));
  if (unknown.length > 0)
    throw new Error(`CHECK_GPU_PROVIDERS names ${unknown.join(', ')}; use ${PROVIDER_ORDER.join(', ')}.`);
  return names as ProviderName[];
}

async function checkModel(
  dir: string,
  model: CheckModel,
  order: ProviderName[],
  count: number,
  batch: number,
) {
  const label = { check: 'gpu', model: `${model.name} ${model.version}`, requested: order.join(',') };
  const frames = model.frames.map((file) => readFileSync(join(dir, file)));
  let opened;
  try {
    opened = await openSession(readFileSync(join(dir, model.file)), order);
  } catch (error) {
    return { ...label, provider: null, error: (error as Error).message };
  }
  const skipped = opened.skipped.map((s) => `${s.provider}: ${s.reason}`);
  try {
    const overlap = opened.provider !== 'cpu'; // as the worker does
    const run = (n: number) => timeFrames(opened.session, model.adapter, frames, n, { overlap, batch });
    await run(1); // warm-up: the first run on a provider pays for kernel compilation and allocation
    const floors = [await floor(opened.session, model.adapter, frames[0], count)];
    const pipeline = await run(count);
    floors.push(await floor(opened.session, model.adapter, frames[0], count));
    const floorMs = Math.min(...floors);
    const alone = await measureStages(opened.session, model.adapter, frames[0], 5);
    const pipelineMs = pipeline.wallMs / count;
    return {
      ...label,
      provider: opened.provider,
      device: opened.device,
      skipped,
      frames: count,
      batch,
      raw_fps: round(1000 / floorMs),
      pipeline_fps: round(1000 / pipelineMs),
      ratio: round(pipelineMs / floorMs),
      goal: model.goal,
      floor_ms: round(floorMs),
      decode_ms: round(pipeline.decodeMs / count),
      infer_ms: round(pipeline.inferMs / count),
      encode_ms: round(pipeline.encodeMs / count),
      // Each stage alone over one frame (median of 5): pre- and post-processing apart from the run.
      alone: Object.fromEntries(Object.entries(alone).map(([stage, ms]) => [stage, round(ms)])),
    };
  } catch (error) {
    return { ...label, provider: opened.provider, device: opened.device, skipped, error: String(error) };
  } finally {
    await opened.session.release();
  }
}

/** The whole pipeline over `count` frames (cycling through the given ones): wall time and its stages. */
async function timeFrames(
  session: Parameters<typeof runFrames>[0]['session'],
  adapter: AdapterSpec,
  frames: Buffer[],
  count: number,
  { overlap, batch }: { overlap: boolean; batch: number },
) {
  const sources: FrameSource[] = Array.from({ length: count }, (_, i) => ({
    name: `frame ${i + 1}`,
    read: async () => frames[i % frames.length],
  }));
  const totals = { decodeMs: 0, inferMs: 0, encodeMs: 0 };
  const start = performance.now();
  await runFrames({
    session,
    adapter,
    frames: sources,
    overlapEncode: overlap,
    batchFrames: batch,
    onFrame: ({ timings }) => {
      totals.decodeMs += timings.decodeMs;
      totals.inferMs += timings.inferMs;
      totals.encodeMs += timings.encodeMs;
    },
  });
  return { wallMs: performance.now() - start, ...totals };
}

/** Milliseconds per frame of session.run alone over one prepared frame, after a warm-up run. */
async function floor(
  session: Parameters<typeof runFrames>[0]['session'],
  adapter: AdapterSpec,
  frame: Buffer,
  count: number,
): Promise<number> {
  const timings = await measureRunFloor(session, adapter, frame, count + 1);
  return timings.slice(1).reduce((a, b) => a + b, 0) / count;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

main().catch((error) => {
  process.stderr.write(`check:gpu failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
