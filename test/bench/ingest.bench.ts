// npm run bench:ingest: time entries through the logTimeEntries mutation (HTTP, GraphQL, the
// whole-batch checks in SQL, the insert and its audit event) against the floor: raw multi-row
// INSERTs of the same rows into the same table, interleaved batch by batch in the same run.
// A fresh embedded PostgreSQL in a temporary folder, seeded with the demo; prints one JSON line.
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startServer } from '../../api/src/bootstrap';
import { loadConfig } from '../../api/src/config/config';
import { createLogger } from '../../api/src/common/logger';

const BATCH = 5000;
const BATCHES = Number(process.env.BENCH_BATCHES ?? 10);
const COLUMNS = ['task_id', 'person', 'labour_role_id', 'work_date', 'minutes', 'kind', 'note'];

interface Row {
  taskId: string;
  person: string;
  roleCode: string;
  workDate: string;
  minutes: number;
  kind: string;
  note: string;
}

// Open-month working days of the demo (October and November 2026), so no row meets a closed month.
const DAYS = Array.from({ length: 61 }, (_, i) =>
  new Date(Date.UTC(2026, 9, 1 + i)).toISOString().slice(0, 10),
);

function rows(batch: number, who: string, taskIds: string[]): Row[] {
  return Array.from({ length: BATCH }, (_, i) => {
    const n = batch * BATCH + i;
    return {
      taskId: taskIds[n % taskIds.length],
      person: `${who} ${n % 997}`,
      roleCode: 'COMPOSITOR',
      workDate: DAYS[n % DAYS.length],
      minutes: 30 + (n % 4) * 15,
      kind: 'ARTIST',
      note: '',
    };
  });
}

async function floorInsert(client: Client, batch: Row[], roleId: string): Promise<number> {
  const params: unknown[] = [];
  const values = batch.map((r) => {
    params.push(r.taskId, r.person, roleId, r.workDate, r.minutes, r.kind, r.note);
    const base = params.length - COLUMNS.length;
    return `(${COLUMNS.map((_, c) => `$${base + c + 1}`).join(', ')})`;
  });
  const start = performance.now();
  await client.query(`INSERT INTO time_entry (${COLUMNS.join(', ')}) VALUES ${values.join(', ')}`, params);
  return performance.now() - start;
}

async function mutation(url: string, token: string, batch: Row[]): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation($e: [TimeEntryInput!]!) { logTimeEntries(entries: $e) { count } }',
      variables: { e: batch },
    }),
  });
  const body = (await response.json()) as { data?: { logTimeEntries: { count: number } }; errors?: unknown };
  const elapsed = performance.now() - start;
  if (body.data?.logTimeEntries.count !== batch.length)
    throw new Error(`the mutation failed: ${JSON.stringify(body.errors)}`);
  return elapsed;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'frameledger-bench-ingest-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    FRAMELEDGER_DATA_DIR: dataDir,
    FRAMELEDGER_START_WORKER: 'false',
    LOG_LEVEL: 'warn',
  });
  const server = await startServer(config, createLogger('warn'));
  const client = new Client({ connectionString: server.databaseUrl });
  try {
    await client.connect();
    const login = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(email: "operator@frameledger.local", password: "frameledger") { token } }',
      }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const { rows: tasks } = await client.query(
      `SELECT t.id FROM task t JOIN production p ON p.id = t.production_id WHERE p.code = 'DERRUMBE' ORDER BY t.id`,
    );
    const taskIds = tasks.map((t: { id: string }) => t.id);
    const { rows: roles } = await client.query(`SELECT id FROM labour_role WHERE code = 'COMPOSITOR'`);

    // Warm-up (JIT, plan caches, connection pool), not counted.
    await mutation(server.url, token, rows(BATCHES, 'Warm-up mutation', taskIds));
    await floorInsert(client, rows(BATCHES, 'Warm-up floor', taskIds), roles[0].id);

    let mutationMs = 0;
    let floorMs = 0;
    for (let b = 0; b < BATCHES; b++) {
      floorMs += await floorInsert(client, rows(b, 'Floor artist', taskIds), roles[0].id);
      mutationMs += await mutation(server.url, token, rows(b, 'Mutation artist', taskIds));
    }
    const total = BATCH * BATCHES;
    const perSecond = (ms: number) => Math.round((total / ms) * 1000);
    process.stdout.write(
      JSON.stringify({
        bench: 'ingest',
        rows: total,
        batch: BATCH,
        mutation_rows_per_s: perSecond(mutationMs),
        floor_rows_per_s: perSecond(floorMs),
        ratio: Number((floorMs / mutationMs).toFixed(3)),
        goal_ratio: 0.5,
      }) + '\n',
    );
  } finally {
    await client.end();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
