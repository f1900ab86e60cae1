import { DataSource } from 'typeorm';

/**
 * A small ledger whose report figures can be worked out by hand (docs/reports.md, "Worked
 * example"). Everything sits in 2031 under RPT codes, clear of the demo portfolio.
 *
 * Loaded rates (hourly + 25% fringe): RPT_ROTO 40.00 -> 50.00, RPT_COMP 48.00 -> 60.00,
 * RPT_SUP 64.00 -> 80.00, RPT_AIOP 32.00 -> 40.00 USD; on RPT-B's GBP card RPT_COMP 40.00 -> 50.00 GBP.
 * GBP -> USD in 2031-Q2: 1.25.
 *
 * RPT-A (USD): T1 roto on S1, AI_ASSISTED, bid 40 h: 10 h ARTIST (roto) + 4 h AI_REVIEW (sup), one
 *   2 h AI run costing 5.00, finished 2031-05-01. T2 comp on S1, HUMAN, bid 10 h: 8 h ARTIST.
 *   T4 paint on S2 (280 frames, bid 28 frames a day x 8 h = 80 h), AI_FINAL: 1 h AI_OPERATOR +
 *   5 h AI_REVIEW, one 3 h run costing 12.00, finished 2031-06-10.
 * RPT-B (GBP, reports in USD): T3 comp on S3, HUMAN, bid 10 h: 4 h ARTIST.
 */
export interface ReportFixture {
  productions: { a: string; b: string };
  roles: { roto: string; comp: string; sup: string; aiop: string };
  shots: { s1: string; s2: string; s3: string };
  tasks: { t1: string; t2: string; t3: string; t4: string };
  runs: { t1: string; t4: string };
}

type Db = Pick<DataSource, 'query'>;

const one = async (db: Db, sql: string, params: unknown[]): Promise<string> =>
  (await db.query(sql, params))[0].id;

export async function role(db: Db, code: string, department: string): Promise<string> {
  return one(db, `INSERT INTO labour_role (code, name, department) VALUES ($1, $1, $2) RETURNING id`, [
    code,
    department,
  ]);
}

export async function production(
  db: Db,
  code: string,
  currency: string,
  budgetMinor: number,
  reportingCurrency: string,
  deliveryDate = '2031-12-31',
): Promise<string> {
  return one(
    db,
    `INSERT INTO production (code, title, currency, vfx_budget_minor, start_date, delivery_date, country, reporting_currency)
     VALUES ($1, $1, $2, $3, '2031-01-01', $5, 'GB', $4) RETURNING id`,
    [code, currency, budgetMinor, reportingCurrency, deliveryDate],
  );
}

/** A rate card with 25% fringe on every line: hourly rates in minor units by role id. */
export async function card(
  db: Db,
  productionId: string,
  currency: string,
  rates: Record<string, number>,
): Promise<void> {
  const id = await one(
    db,
    `INSERT INTO rate_card (production_id, name, currency, effective_from) VALUES ($1, 'RPT card', $2, '2030-01-01') RETURNING id`,
    [productionId, currency],
  );
  for (const [roleId, minor] of Object.entries(rates)) {
    await db.query(
      `INSERT INTO rate_card_line (rate_card_id, labour_role_id, hourly_rate_minor, fringe_percent) VALUES ($1, $2, $3, 25)`,
      [id, roleId, minor],
    );
  }
}

async function taskType(
  db: Db,
  code: string,
  roleId: string,
  unit: 'SHOT' | 'FRAME',
  o: number,
  m: number,
  p: number,
): Promise<string> {
  await db.query(`INSERT INTO task_type (code, name, baseline_role_id) VALUES ($1, $1, $2)`, [code, roleId]);
  return one(
    db,
    `INSERT INTO bid_template (task_type_code, name, unit, complexity, optimistic, most_likely, pessimistic)
     VALUES ($1, 'RPT', $2, 2, $3, $4, $5) RETURNING id`,
    [code, unit, o, m, p],
  );
}

export async function shot(db: Db, productionId: string, code: string, frames: number): Promise<string> {
  return one(
    db,
    `INSERT INTO shot (production_id, code, frame_out, frame_count) VALUES ($1, $2, 1000 + $3, $3) RETURNING id`,
    [productionId, code, frames],
  );
}

export async function task(
  db: Db,
  productionId: string,
  shotId: string,
  type: string,
  templateId: string,
  path: string,
  status = 'IN_PROGRESS',
): Promise<string> {
  return one(
    db,
    `INSERT INTO task (production_id, shot_id, task_type_code, bid_template_id, complexity, path, status)
     VALUES ($1, $2, $3, $4, 2, $5, $6) RETURNING id`,
    [productionId, shotId, type, templateId, path, status],
  );
}

export async function entry(
  db: Db,
  taskId: string,
  roleId: string,
  kind: string,
  minutes: number,
  workDate: string,
): Promise<string> {
  return one(
    db,
    `INSERT INTO time_entry (task_id, person, labour_role_id, work_date, minutes, kind) VALUES ($1, 'Ana Rossi', $2, $3, $4, $5) RETURNING id`,
    [taskId, roleId, workDate, minutes, kind],
  );
}

/**
 * An AI cost line. `exact` is its cost in minor units x 3,600,000, as the worker books machine time
 * (ms x price per hour); without it the line is booked in whole minor units, as a vendor's is.
 */
export async function aiRun(
  db: Db,
  taskId: string,
  wallMs: number,
  costMinor: number,
  currency: string,
  finishedAt: string,
  exact?: bigint,
): Promise<string> {
  return one(
    db,
    `INSERT INTO ai_run (task_id, source, external_ref, model_label, device_class, wall_ms, finished_at, currency,
       compute_cost_minor, compute_cost_minor_ms)
     VALUES ($1, 'EXTERNAL', 'fixture', 'RPT model', 'L4', $2, $3, $4, $5, $6) RETURNING id`,
    [taskId, wallMs, finishedAt, currency, costMinor, exact?.toString() ?? null],
  );
}

/**
 * A scenario that puts roto on an AI path: 2 h review, 25% rework, 36 GPU seconds a frame at 10.00
 * an hour on one L4, two roto artists, 10% contingency.
 */
export async function aiRotoScenario(db: Db, productionId: string): Promise<string> {
  return one(
    db,
    `INSERT INTO scenario (production_id, name, assumptions) VALUES ($1, 'AI roto', $2) RETURNING id`,
    [
      productionId,
      JSON.stringify({
        pathByTaskType: [],
        aiReviewHoursPerTask: 2,
        reworkRatePercent: 25,
        gpuDeviceClass: 'L4',
        gpuPricePerHour: { amountMinor: '1000', currency: 'USD' },
        gpuSecondsPerFrame: 36,
        headcounts: [{ roleCode: 'RPT_ROTO', people: 2 }],
        gpuCount: 1,
        contingencyPercent: 10,
        hoursPerWeek: 40,
      }),
    ],
  );
}

export async function insertReportFixture(db: Db): Promise<ReportFixture> {
  const roles = {
    roto: await role(db, 'RPT_ROTO', 'Roto/Paint'),
    comp: await role(db, 'RPT_COMP', 'Compositing'),
    sup: await role(db, 'RPT_SUP', 'Supervision'),
    aiop: await role(db, 'RPT_AIOP', 'AI operations'),
  };
  const productions = {
    a: await production(db, 'RPT-A', 'USD', 1_000_000, 'USD'),
    b: await production(db, 'RPT-B', 'GBP', 500_000, 'USD'),
  };
  await card(db, productions.a, 'USD', {
    [roles.roto]: 4000,
    [roles.comp]: 4800,
    [roles.sup]: 6400,
    [roles.aiop]: 3200,
  });
  await card(db, productions.b, 'GBP', { [roles.comp]: 4000, [roles.sup]: 5000 });
  await db.query(
    `INSERT INTO fx_rate (currency, reporting_currency, quarter, rate) VALUES ('GBP', 'USD', '2031-Q2', 1.25)`,
  );
  const roto = await taskType(db, 'RPT_ROTO', roles.roto, 'SHOT', 30, 40, 60);
  const comp = await taskType(db, 'RPT_COMP', roles.comp, 'SHOT', 8, 10, 14);
  const paint = await taskType(db, 'RPT_PAINT', roles.roto, 'FRAME', 35, 28, 20);
  const shots = {
    s1: await shot(db, productions.a, 'S1', 100),
    s2: await shot(db, productions.a, 'S2', 280),
    s3: await shot(db, productions.b, 'S3', 50),
  };
  const tasks = {
    t1: await task(db, productions.a, shots.s1, 'RPT_ROTO', roto, 'AI_ASSISTED', 'DONE'),
    t2: await task(db, productions.a, shots.s1, 'RPT_COMP', comp, 'HUMAN'),
    t3: await task(db, productions.b, shots.s3, 'RPT_COMP', comp, 'HUMAN'),
    t4: await task(db, productions.a, shots.s2, 'RPT_PAINT', paint, 'AI_FINAL', 'DONE'),
  };
  await entry(db, tasks.t1, roles.roto, 'ARTIST', 600, '2031-04-10');
  await entry(db, tasks.t1, roles.sup, 'AI_REVIEW', 240, '2031-04-12');
  await entry(db, tasks.t2, roles.comp, 'ARTIST', 480, '2031-05-05');
  await entry(db, tasks.t3, roles.comp, 'ARTIST', 240, '2031-04-20');
  await entry(db, tasks.t4, roles.aiop, 'AI_OPERATOR', 60, '2031-06-01');
  await entry(db, tasks.t4, roles.sup, 'AI_REVIEW', 300, '2031-06-02');
  const runs = {
    t1: await aiRun(db, tasks.t1, 7_200_000, 500, 'USD', '2031-05-01T12:00:00Z'),
    t4: await aiRun(db, tasks.t4, 10_800_000, 1200, 'USD', '2031-06-10T09:00:00Z'),
  };
  return { productions, roles, shots, tasks, runs };
}
