import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/**
 * A real worker process, as `npm run worker` starts one but through the TypeScript runner (no
 * build needed), on the given database and data dir. Resolves once it says it is ready to take
 * jobs; rejects with its output if it exits first.
 */
export async function startWorkerProcess(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'scripts/run-ts.js'), join(ROOT, 'api/src/inference/worker/main.ts')],
    {
      cwd: ROOT,
      // At info level, so the worker says when it is ready; its output is read and dropped.
      env: { ...process.env, ...env, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('inference worker ready')) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`the worker exited (${code}) before it was ready:\n${output}`)),
    );
  });
  // Keep reading so a chatty worker never blocks on a full pipe.
  child.stdout!.resume();
  return child;
}
