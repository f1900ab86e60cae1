import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startApiProcess } from '../../../test/support/api-process';
import { LEGACY_SUPERUSER_PASSWORD, PASSWORDS_FILE } from './embedded-passwords';

async function sql(port: number, password: string, text: string): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: 'frameledger', password, database: 'postgres' });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** `npm start`'s entry point (from sources) on its own embedded database in `dataDir`. */
const start = (dataDir: string) => startApiProcess({ FRAMELEDGER_DATA_DIR: dataDir });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start after a crash', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fl-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('comes back after kill -9: the orphaned PostgreSQL is found by its pid file and stopped; an old fixed password is replaced', async () => {
    const first = start(dataDir);
    await first.running;
    const orphan = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
    expect(alive(orphan)).toBe(true);
    // Make the folder look like one from before passwords were random: the fixed password, no file.
    const port = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
    const { superuser } = JSON.parse(readFileSync(join(dataDir, PASSWORDS_FILE), 'utf8'));
    await sql(port, superuser, `ALTER ROLE frameledger PASSWORD '${LEGACY_SUPERUSER_PASSWORD}'`);
    rmSync(join(dataDir, PASSWORDS_FILE));

    const second = start(dataDir);
    const url = await second.running;
    expect(alive(orphan)).toBe(false);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(second.output()).not.toMatch(/undefined/);
    // The old fixed password was replaced by the new random one.
    const newPort = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
    await expect(sql(newPort, LEGACY_SUPERUSER_PASSWORD, 'SELECT 1')).rejects.toThrow(
      /password authentication failed/,
    );
    const fresh = JSON.parse(readFileSync(join(dataDir, PASSWORDS_FILE), 'utf8'));
    await expect(sql(newPort, fresh.superuser, 'SELECT 1')).resolves.toBeUndefined();
    second.child.kill('SIGTERM');
    await once(second.child, 'exit');
  }, 120_000);

  it('keeps random database passwords in the data folder, readable by its owner only', () => {
    const passwords = JSON.parse(readFileSync(join(dataDir, PASSWORDS_FILE), 'utf8'));
    expect(passwords.superuser).toMatch(/^[\w-]{32}$/);
    expect(passwords.app).not.toBe(passwords.superuser);
    expect(statSync(join(dataDir, PASSWORDS_FILE)).mode & 0o777).toBe(0o600);
  });

  it('says in a sentence why the database did not start, never "undefined"', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'fl-broken-'));
    mkdirSync(join(broken, 'pg'));
    writeFileSync(join(broken, 'pg', 'PG_VERSION'), 'not a cluster\n');
    const failing = start(broken);
    const [code] = await once(failing.child, 'exit');
    expect(code).toBe(1);
    expect(failing.output()).toMatch(
      /^FrameLedger stopped: The embedded PostgreSQL in \S+ did not start: \S.+/m,
    );
    expect(failing.output()).not.toMatch(/undefined/);
    rmSync(broken, { recursive: true, force: true });
  }, 60_000);
});
