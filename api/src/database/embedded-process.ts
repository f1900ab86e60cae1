import { chmodSync, readFileSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join } from 'node:path';

/** A fast shutdown has this long before it is made an immediate one. */
const STOP_WAIT_MS = 30_000;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** True when pid is a running PostgreSQL server (not another program that reused the pid). */
function isPostgres(pid: number): boolean {
  if (!alive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    // No /proc (macOS): trust the pid file, which PostgreSQL removes on a clean stop.
    return true;
  }
}

/**
 * A start killed with `kill -9` leaves its PostgreSQL running (an orphan holding postmaster.pid
 * and the data folder), and the next start would fail on the lock. The pid file names that
 * server: it is asked to stop (fast shutdown: sessions end, nothing committed is lost) and
 * waited for, so this start can run its own on a fresh port.
 */
export async function stopStaleServer(databaseDir: string, log: (message: string) => void): Promise<void> {
  let pid: number;
  try {
    pid = Number(readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isSafeInteger(pid) || pid <= 0 || !isPostgres(pid)) return;
  log(`stopping the embedded PostgreSQL (pid ${pid}) a killed start left running`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; alive(pid); waited += 100) {
    if (waited === STOP_WAIT_MS) process.kill(pid, 'SIGQUIT');
    if (waited > STOP_WAIT_MS * 2) {
      throw new Error(
        `The embedded PostgreSQL left running by an earlier start (pid ${pid}, ${databaseDir}) does not stop; stop it with "kill ${pid}" and start again.`,
      );
    }
    await sleep(100);
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which needs to pass through every folder
 * above the data folder. A checkout under /root (mode 0700) is the usual trap: say so before
 * initdb fails with a bare EACCES.
 */
export function assertReachableByPostgres(dataDir: string): void {
  const blocked = firstBlocked(dirname(dataDir));
  if (blocked)
    throw unreachable(
      blocked,
      'or set FRAMELEDGER_DATA_DIR to a folder outside it such as /var/lib/frameledger',
    );
}

/**
 * The postgres user must also reach the PostgreSQL programs, in this checkout's node_modules. A
 * checkout made in a `mktemp -d` folder (mode 0700) blocks them: that folder, the checkout's own,
 * is let pass (o+x: entered, not listed), and the log says so. A blocked folder above the checkout
 * is the user's to open, as for the data folder.
 */
export function letPostgresReachItsPrograms(programsDir: string, log: (message: string) => void): void {
  const checkout = programsDir.slice(0, programsDir.indexOf('/node_modules/'));
  for (let blocked = firstBlocked(programsDir); blocked; blocked = firstBlocked(programsDir)) {
    if (!checkout || blocked !== checkout) throw unreachable(blocked, 'or move the checkout');
    chmodSync(blocked, (statSync(blocked).mode & 0o777) | 0o001);
    log(`Let the postgres user pass through ${blocked} (chmod o+x) to run PostgreSQL from this checkout.`);
  }
}

/** The nearest folder at or above `dir` that the postgres user cannot enter, if any. */
function firstBlocked(dir: string): string | undefined {
  const postgresUid = uidOf('postgres');
  for (let at = dir; ; at = dirname(at)) {
    const stat = statSync(at);
    if (!((stat.mode & 0o001) !== 0 || (postgresUid !== undefined && stat.uid === postgresUid))) return at;
    if (at === dirname(at)) return undefined;
  }
}

const unreachable = (dir: string, otherwise: string) =>
  new Error(
    `As root, the embedded PostgreSQL runs as the postgres user, which cannot enter ${dir} (mode ${(statSync(dir).mode & 0o777).toString(8)}); ` +
      `let it pass with "chmod o+x ${dir}", ${otherwise}.`,
  );

function uidOf(user: string): number | undefined {
  try {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${user}:`));
    return line ? Number(line.split(':')[2]) : undefined;
  } catch {
    return undefined;
  }
}
