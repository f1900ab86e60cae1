import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertReachableByPostgres } from './embedded-process';

describe("the embedded PostgreSQL's data folder as root", () => {
  it('names the folder the postgres user cannot enter and the chmod that lets it through', () => {
    const home = mkdtempSync(join(tmpdir(), 'fl-home-'));
    const dataDir = join(home, 'checkout', '.data');
    mkdirSync(dataDir, { recursive: true });
    chmodSync(home, 0o700);
    expect(() => assertReachableByPostgres(dataDir)).toThrow(
      `As root, the embedded PostgreSQL runs as the postgres user, which cannot enter ${home} (mode 700); ` +
        `let it pass with "chmod o+x ${home}", or set FRAMELEDGER_DATA_DIR to a folder outside it such as /var/lib/frameledger.`,
    );
    chmodSync(home, 0o711);
    chmodSync(join(home, 'checkout'), 0o755);
    expect(() => assertReachableByPostgres(dataDir)).not.toThrow();
    rmSync(home, { recursive: true, force: true });
  });
});
