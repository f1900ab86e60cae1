import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

export interface ApiProcess {
  child: ChildProcess;
  /** Everything it has written so far. */
  output(): string;
  /** Its URL once it says it is running; rejects with its output if it exits first. */
  running: Promise<string>;
}

/**
 * `npm start`'s entry point (from sources, no build) as a real process: development mode, its own
 * embedded database under FRAMELEDGER_DATA_DIR unless `env` gives DATABASE_URL, no worker, no demo.
 * `env` overrides those; a key set to undefined is removed.
 */
export function startApiProcess(env: Record<string, string | undefined>): ApiProcess {
  const merged: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: undefined,
    MIGRATION_DATABASE_URL: undefined,
    PORT: '0',
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    FRAMELEDGER_START_WORKER: 'false',
    FRAMELEDGER_SEED_DEMO: 'false',
    ...env,
  };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  const child = spawn(process.execPath, ['scripts/run-ts.js', 'api/src/main.ts'], { cwd: root, env: merged });
  let text = '';
  const running = new Promise<string>((ok, fail) => {
    const seen = (chunk: Buffer) => {
      text += chunk.toString();
      const url = /FrameLedger is running at (\S+)/.exec(text)?.[1];
      if (url) ok(url);
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    child.once('exit', (code) => fail(new Error(`the start exited (${code}):\n${text}`)));
  });
  running.catch(() => undefined);
  return { child, output: () => text, running };
}
