import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { DatabaseProcess, startDatabaseProcess } from '../support/database-process';
import { Answer, gql, login, sleep, until } from './support';

jest.setTimeout(180_000);

const CREATE = `mutation($input: CreateProductionInput!) { createProduction(input: $input) { code } }`;
const WRITERS = 4;

describe('PostgreSQL stopped and started under write load', () => {
  // Apart: as root the database's own folder must be one the postgres user can pass into.
  const dbDir = mkdtempSync(join(tmpdir(), 'fl-outage-db-'));
  const apiDir = mkdtempSync(join(tmpdir(), 'fl-outage-api-'));
  let database: DatabaseProcess | undefined;
  let api: ApiProcess | undefined;

  afterAll(async () => {
    if (api && api.child.exitCode === null) {
      api.child.kill('SIGKILL');
      await once(api.child, 'exit');
    }
    await database?.stop();
    for (const dir of [dbDir, apiDir]) rmSync(dir, { recursive: true, force: true });
  });

  it('loses no acknowledged write, answers SERVICE_UNAVAILABLE while it is down, and recovers without a restart', async () => {
    database = await startDatabaseProcess(dbDir);
    const port = database.port;
    api = startApiProcess({
      FRAMELEDGER_DATA_DIR: apiDir,
      DATABASE_URL: database.appUrl,
      MIGRATION_DATABASE_URL: database.url,
      FRAMELEDGER_SEED_DEMO: 'true',
    });
    const url = await api.running;
    const [planner, reviewer] = [
      await login(url, 'planner@frameledger.local'),
      await login(url, 'reviewer@frameledger.local'),
    ];

    // Writers, each creating productions one after another until told to stop.
    const acknowledged: string[] = [];
    const answers: Answer[] = [];
    let writing = true;
    const writer = async (w: number) => {
      for (let n = 0; writing; n++) {
        const code = `W${w}-${n}`;
        const answer = await gql(
          url,
          CREATE,
          {
            input: {
              code,
              title: `Outage ${code}`,
              currency: 'USD',
              vfxBudgetMinor: '100000',
              startDate: '2026-01-05',
              deliveryDate: '2026-11-30',
              country: 'US',
            },
          },
          planner,
        );
        answers.push(answer);
        if (answer.data?.createProduction?.code === code) acknowledged.push(code);
        else await sleep(100);
      }
    };
    const writers = Promise.all([...Array(WRITERS).keys()].map(writer));
    await until(() => acknowledged.length >= 20, 30_000, '20 acknowledged writes');

    await database.stop();
    const ackedBeforeStop = acknowledged.length;
    // While it is down: the retryable code on GraphQL (the writers' too) and 503 on a REST route.
    await until(
      () => answers.some((a) => a.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE'),
      30_000,
      "a writer's SERVICE_UNAVAILABLE",
    );
    const read = await gql(url, `{ productions { totalCount } }`, {}, planner);
    expect(read.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/try again in \d+ seconds/),
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
    });
    const csv = await fetch(`${url}/files/governance/model-inventory.csv`, {
      headers: { authorization: `Bearer ${reviewer}` },
    });
    expect(csv.status).toBe(503);
    expect(csv.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await csv.json()) as { error: { code: string } }).error.code).toBe('SERVICE_UNAVAILABLE');
    expect((await fetch(`${url}/readyz`)).status).toBe(503);

    // Back on the same port; the same api process serves again.
    database = await startDatabaseProcess(dbDir, port);
    await until(
      () => acknowledged.length > ackedBeforeStop + 10,
      60_000,
      'writes acknowledged after the restart',
    );
    writing = false;
    await writers;
    expect(api.child.exitCode).toBeNull();
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    const codes = answers.flatMap((a) => (a.errors ?? []).map((e) => e.extensions?.code));
    // A bug's answer names no cause; the api's own error log does, so a failure carries it.
    if (codes.includes('INTERNAL_SERVER_ERROR'))
      throw new Error(
        `An answer during the outage was INTERNAL_SERVER_ERROR; the api logged:\n${errorLog(api.output())}`,
      );
    expect(new Set(codes)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    const owner = new Client({ connectionString: database.url });
    await owner.connect();
    try {
      const { rows } = await owner.query(`SELECT code FROM production WHERE code = ANY ($1)`, [acknowledged]);
      expect(rows.map((r: { code: string }) => r.code).sort()).toEqual([...acknowledged].sort());
    } finally {
      await owner.end();
    }
    process.stdout.write(
      `outage: ${acknowledged.length} writes acknowledged, all in the database; ${codes.length} answered SERVICE_UNAVAILABLE\n`,
    );
  });
});

/** The api's error-level (50) log lines: what it saw when it answered INTERNAL_SERVER_ERROR. */
const errorLog = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.includes('"level":50'))
    .join('\n') || '(no error-level line; the whole output follows)\n' + output.slice(-20_000);
