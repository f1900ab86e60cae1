import { readFileSync, statSync } from 'node:fs';
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
  const postgresUid = uidOf('postgres');
  for (let dir = dirname(dataDir); ; dir = dirname(dir)) {
    const stat = statSync(dir);
    const passable = (stat.mode & 0o001) !== 0 || (postgresUid !== undefined && stat.uid === postgresUid);
    if (!passable) {
      throw new Error(
        `As root, the embedded PostgreSQL runs as the postgres user, which cannot enter ${dir} (mode ${(stat.mode & 0o777).toString(8)}); ` +
          `let it pass with "chmod o+x ${dir}", or set FRAMELEDGER_DATA_DIR to a folder outside it such as /var/lib/frameledger.`,
      );
    }
    if (dir === dirname(dir)) return;
  }
}

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
