// npm run bench:load: a mixed workload on loopback against `npm start`'s entry point in a process of
// its own (its own PostgreSQL process, seeded with the demo): report queries (Monte Carlo, the
// frontier, the cost report), single time-entry writes and inference job submissions from 50
// clients for BENCH_SECONDS (default 60). The floor is the same server's `{ __typename }` in the
// same run. Before it: `me` and the reports one at a time, `me` while planners keep the frontier
// pool busy, and 20 clients (BENCH_WRITERS) writing single entries alone. Afterwards every accepted write is
// counted in its table and in the audit chain (exactly once) and the chain is checked for gaps.
// Prints one JSON line.
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startApiProcess } from '../support/api-process';
import { startDatabaseProcess } from '../support/database-process';
import { gql, login } from '../faults/support';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
/** Clients logging single time entries, nothing else (the audited-writes figure). */
const WRITERS = Number(process.env.BENCH_WRITERS ?? 20);
/** BENCH_ONLY=writes: the writers' phase alone, for BENCH_SECONDS, with nothing before it on the cores. */
const WRITES_ONLY = process.env.BENCH_ONLY === 'writes';
/** Planners looping on the frontier while `me` is timed (the 10). */
const BUSY_PLANNERS = 10;

type Op = 'floor' | 'me' | 'risk' | 'frontier' | 'costReport' | 'write' | 'job';

/** One client's round: mostly writes and cheap reads, a heavy report every few requests, a job now and then. */
const ROUND: Op[] = [
  'write',
  'me',
  'write',
  'floor',
  'costReport',
  'write',
  'risk',
  'write',
  'frontier',
  'job',
];

const DOCS: Record<Op, string> = {
  floor: '{ __typename }',
  me: '{ me { role } }',
  risk: 'query($p: ID!) { riskProfile(productionId: $p, draws: 10000) { p50 { amountMinor } } }',
  frontier: 'query($p: ID!) { planFrontier(productionId: $p) { totalPoints } }',
  costReport: 'query($p: ID!, $d: String!) { costReport(productionId: $p, asOf: $d) { currency } }',
  write: 'mutation($i: TimeEntryInput!) { logTimeEntry(input: $i) { id } }',
  job: 'mutation($i: SubmitInferenceJobInput!) { submitInferenceJob(input: $i) { id } }',
};

class Timings {
  readonly ms: Record<string, number[]> = {};
  readonly errors: Record<string, Record<string, number>> = {};
  /** The first message of each op's each code, so a refusal in the figures says why. */
  readonly examples: Record<string, string> = {};
  add(op: string, ms: number, code?: string, message?: string) {
    (this.ms[op] ??= []).push(ms);
    if (!code) return;
    (this.errors[op] ??= {})[code] = (this.errors[op]?.[code] ?? 0) + 1;
    this.examples[`${op} ${code}`] ??= message ?? '';
  }
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length
    ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] * 10) / 10
    : null;
};
const summary = (xs: number[] = []) => ({
  n: xs.length,
  p50: percentile(xs, 0.5),
  p99: percentile(xs, 0.99),
});

async function main() {
  const dbDir = mkdtempSync(join(tmpdir(), 'frameledger-load-db-'));
  const apiDir = mkdtempSync(join(tmpdir(), 'frameledger-load-api-'));
  const database = await startDatabaseProcess(dbDir);
  const api = startApiProcess({
    FRAMELEDGER_DATA_DIR: apiDir,
    DATABASE_URL: database.appUrl,
    MIGRATION_DATABASE_URL: database.url,
    FRAMELEDGER_SEED_DEMO: 'true',
    LOG_LEVEL: 'error',
    // The demo has one planner account; the ten planners are ten requests of it at once.
    REPORT_MAX_PER_USER: String(BUSY_PLANNERS + 1),
  });
  const db = new Client({ connectionString: database.url });
  try {
    const url = await api.running;
    await db.connect();
    const [planner, operator, executive] = await Promise.all(
      ['planner', 'operator', 'executive'].map((who) => login(url, `${who}@frameledger.local`)),
    );
    const [{ id: p }] = (await db.query(`SELECT id FROM production WHERE code = 'DERRUMBE'`)).rows;
    const tasks: string[] = (
      await db.query(`SELECT id FROM task WHERE production_id = $1 ORDER BY created_at`, [p])
    ).rows.map((r) => r.id);
    const {
      rows: [job],
    } = await db.query(
      `SELECT t.id AS "taskId", m.id AS "modelId", f.id AS "folderId"
       FROM task t, model m, frame_folder f
       WHERE t.production_id = $1 AND t.task_type_code = 'LOCALIZATION' AND NOT t.ai_forbidden
         AND m.name = 'paddleocr-ppocrv4-text-detector' AND f.name LIKE '%SIGN street%'
       ORDER BY t.created_at LIMIT 1`,
      [p],
    );
    const tokenOf: Record<Op, string> = {
      floor: executive,
      me: executive,
      risk: planner,
      frontier: planner,
      costReport: planner,
      write: operator,
      job: operator,
    };
    let n = 0;
    const variables = (op: Op): Record<string, unknown> => {
      if (op === 'write') {
        n++;
        return {
          i: {
            taskId: tasks[n % tasks.length],
            person: `Load ${n % 97}`,
            roleCode: 'COMPOSITOR',
            // An open month of the demo (October and November 2026).
            workDate: new Date(Date.UTC(2026, 9, 1 + (n % 61))).toISOString().slice(0, 10),
            minutes: 30,
            kind: 'ARTIST',
          },
        };
      }
      if (op === 'job')
        return {
          i: {
            taskId: job.taskId,
            modelId: job.modelId,
            frames: { folderId: job.folderId, fromFrame: 1001, toFrame: 1002 },
          },
        };
      return { p, d: '2026-11-30' };
    };
    const accepted: Record<'write' | 'job', string[]> = { write: [], job: [] };
    const call = async (op: Op, into: Timings) => {
      const start = performance.now();
      const answer = await gql(url, DOCS[op], variables(op), tokenOf[op]);
      const code = answer.errors?.[0]?.extensions?.code ?? (answer.status === 0 ? 'CONNECTION' : undefined);
      into.add(op, performance.now() - start, code, answer.errors?.[0]?.message);
      if (!code && (op === 'write' || op === 'job')) accepted[op].push(Object.values(answer.data!)[0].id);
    };
    const loop = async (until: number, ops: Op[], offset: number, into: Timings) => {
      for (let i = offset; performance.now() < until; i++) await call(ops[i % ops.length], into);
    };

    // Warm-up (the pool's threads, the connection pool, the JIT), then one request at a time.
    await loop(performance.now() + 2000, WRITES_ONLY ? ['write'] : ROUND, 0, new Timings());
    const quiet = new Timings();
    const busy = new Timings();
    if (!WRITES_ONLY) {
      await loop(
        performance.now() + Math.min(5, SECONDS / 6) * 1000,
        ['me', 'floor', 'frontier', 'risk'],
        0,
        quiet,
      );

      // `me` while planners keep the frontier pool busy.
      const busyUntil = performance.now() + Math.min(10, SECONDS / 3) * 1000;
      await Promise.all([
        ...Array.from({ length: BUSY_PLANNERS }, () => loop(busyUntil, ['frontier'], 0, busy)),
        loop(busyUntil, ['me'], 0, busy),
      ]);
    }

    // Audited single-entry writes alone: what the time-log and audit chain locks let through.
    const writes = new Timings();
    const writesStarted = performance.now();
    const writesUntil = writesStarted + (WRITES_ONLY ? SECONDS : Math.min(10, SECONDS / 3)) * 1000;
    await Promise.all(Array.from({ length: WRITERS }, () => loop(writesUntil, ['write'], 0, writes)));
    const writesElapsed = (performance.now() - writesStarted) / 1000;

    // The mixed workload.
    const mixed = new Timings();
    const started = performance.now();
    if (!WRITES_ONLY)
      await Promise.all(
        Array.from({ length: CLIENTS }, (_, c) => loop(started + SECONDS * 1000, ROUND, c, mixed)),
      );
    const elapsed = (performance.now() - started) / 1000;

    const count = async (table: string, action: string, ids: string[]) => {
      const [row] = (
        await db.query(
          `SELECT (SELECT count(*) FROM ${table} WHERE id = ANY($1::uuid[]))::int AS "inTable",
                  count(*)::int AS "inChain", count(DISTINCT subject_id)::int AS "distinctInChain"
           FROM audit_event WHERE action = $2 AND subject_id = ANY($1::text[])`,
          [ids, action],
        )
      ).rows;
      return { accepted: ids.length, ...row };
    };
    const [chain] = (
      await db.query(
        `SELECT count(*)::int AS events, (max(seq) - min(seq) + 1)::int AS span,
                pg_total_relation_size('audit_event') / count(*) AS "bytesPerAuditEvent",
                (SELECT pg_total_relation_size('time_entry') / count(*) FROM time_entry) AS "bytesPerTimeEntry"
         FROM audit_event`,
      )
    ).rows;
    const total = Object.values(mixed.ms).reduce((s, xs) => s + xs.length, 0);
    process.stdout.write(
      JSON.stringify({
        bench: 'load',
        ...(WRITES_ONLY ? { only: 'writes' } : {}),
        seconds: Math.round(elapsed * 10) / 10,
        clients: CLIENTS,
        requestsPerSecond: Math.round(total / elapsed),
        ops: Object.fromEntries(
          Object.entries(mixed.ms).map(([op, xs]) => [
            op,
            { perSecond: Math.round(xs.length / elapsed), ...summary(xs) },
          ]),
        ),
        errors: mixed.errors,
        errorExamples: { ...mixed.examples, ...busy.examples },
        floor: summary(mixed.ms.floor),
        quiet: Object.fromEntries(Object.entries(quiet.ms).map(([op, xs]) => [op, summary(xs)])),
        meWhileFrontierPoolBusy: {
          ...summary(busy.ms.me),
          frontierRuns: busy.ms.frontier?.length ?? 0,
          errors: busy.errors,
        },
        auditedWrites: {
          clients: WRITERS,
          perSecond: Math.round((writes.ms.write?.length ?? 0) / writesElapsed),
          ...summary(writes.ms.write),
          errors: writes.errors,
        },
        writes: await count('time_entry', 'time_entry.create', accepted.write),
        jobs: await count('inference_job', 'inference.job.submit', accepted.job),
        auditChainGapFree: chain.events === chain.span,
        // Table and indexes over rows, for the storage arithmetic in docs/scaling.md.
        bytesPerAuditEvent: Number(chain.bytesPerAuditEvent),
        bytesPerTimeEntry: Number(chain.bytesPerTimeEntry),
      }) + '\n',
    );
  } finally {
    await db.end().catch(() => undefined);
    if (api.child.exitCode === null) {
      api.child.kill('SIGTERM');
      await once(api.child, 'exit');
    }
    await database.stop();
    for (const dir of [dbDir, apiDir]) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
