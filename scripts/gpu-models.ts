// Writes what check:gpu runs on into one folder: the built-in model pack as .onnx files, the demo
// plates each model works on (as in bench:inference) and models.json naming them with their
// adapters. Usage: node scripts/run-ts.js scripts/gpu-models.ts DIR [framesPerPlate]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckModel } from '../api/src/inference/engine/check-gpu';
import { type DemoFrameKind, generateDemoFrames } from '../seeds/frames';
import { buildModelPack } from '../seeds/models';

/** The plate each model works on, as in the demo and bench:inference. */
const PLATE: Record<string, DemoFrameKind> = { KEYING: 'green-screen', DENOISE: 'night-plate' };

async function main(): Promise<void> {
  const [dir, perPlate = '2'] = process.argv.slice(2);
  if (!dir) throw new Error('Usage: gpu-models.ts DIR [framesPerPlate]');
  mkdirSync(join(dir, 'frames'), { recursive: true });
  const plates = new Map<DemoFrameKind, string[]>();
  const models: CheckModel[] = [];
  for (const entry of buildModelPack()) {
    const kind = PLATE[entry.taskTypes[0]] ?? 'street-signs';
    if (!plates.has(kind)) {
      const frames = await generateDemoFrames(kind, Number(perPlate));
      for (const frame of frames) writeFileSync(join(dir, 'frames', frame.name), frame.png);
      plates.set(
        kind,
        frames.map((f) => `frames/${f.name}`),
      );
    }
    const file = `${entry.name}-${entry.version}.onnx`;
    writeFileSync(join(dir, file), entry.bytes);
    models.push({
      name: entry.name,
      version: entry.version,
      file,
      adapter: entry.adapter,
      goal: entry.provenance.weights === 'TRAINED' ? 1.15 : 1.5,
      frames: plates.get(kind)!,
    });
  }
  writeFileSync(join(dir, 'models.json'), JSON.stringify(models, null, 2) + '\n');
}

main().catch((error) => {
  process.stderr.write(`gpu-models failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
