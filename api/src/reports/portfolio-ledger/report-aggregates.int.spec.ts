import { TASK_PATHS } from '@frameledger/analytics';
import { DataSource, EntityManager } from 'typeorm';
import { createDataSource } from '../../database/data-source';
import { createTestDatabase } from '../../../../test/support/database';
import { aiRun, entry, insertReportFixture, ReportFixture, shot, task } from '../testing/report-fixture';

/**
 * The report_* tables (migrations 1764000000040 and 1764000001950) must equal their *_fresh views,
 * computed from the base tables, after every kind of change, alone and concurrent. The bid-day
 * rollups are kept at two hours a day for production A (8, and 7.5 registered after the fixture's
 * data, so computed from it) and at 8 for the others.
 */
describe('report aggregates', () => {
  let db: DataSource;
  let f: ReportFixture;

  const drift = async () => {
    const rows: Array<{ aggregate: string; stored_only: string; fresh_only: string }> = await db.query(
      `SELECT * FROM report_aggregate_drift()`,
    );
    return rows.filter((r) => r.stored_only !== '0' || r.fresh_only !== '0');
  };

  beforeAll(async () => {
    db = createDataSource(await createTestDatabase(), 8);
    await db.initialize();
    f = await insertReportFixture(db);
    await db.query(`SELECT report_register_bid_days(array_agg(id), array_agg(8::numeric)) FROM production`);
    await db.query(`SELECT report_register_bid_days(ARRAY[$1]::uuid[], ARRAY[7.5])`, [f.productions.a]);
  });
  afterAll(() => db.destroy());

  it('holds the fixture as the base tables do', async () => {
    expect(await drift()).toEqual([]);
    const [rollups] = await db.query(
      `SELECT (SELECT count(*) FROM report_quarter_tasks)::int AS quarters, (SELECT count(*) FROM report_month_finished_hours)::int AS hours,
         (SELECT count(*) FROM report_month_finished_ai)::int AS ai, (SELECT count(DISTINCT hours_per_day) FROM report_month_finished)::int AS days,
         (SELECT count(*) FROM report_task_speed WHERE hours_per_day = 7.5)::int AS speeds`,
    );
    expect(rollups).toEqual({
      quarters: expect.any(Number),
      hours: expect.any(Number),
      ai: expect.any(Number),
      days: 2,
      speeds: expect.any(Number),
    });
    expect(Math.min(rollups.quarters, rollups.hours, rollups.ai, rollups.speeds)).toBeGreaterThan(0);
    const [t1] = await db.query(
      `SELECT ai_runs, wall_ms::int, last_ai_finished_at FROM report_task WHERE task_id = $1`,
      [f.tasks.t1],
    );
    expect(t1).toEqual({
      ai_runs: 1,
      wall_ms: 7_200_000,
      last_ai_finished_at: new Date('2031-05-01T12:00:00Z'),
    });
  });

  it('follows edits of every kind', async () => {
    const steps: Array<[string, () => Promise<unknown>]> = [
      [
        'an entry changes minutes, role, kind and month',
        () =>
          db.query(
            `UPDATE time_entry SET minutes = 90, labour_role_id = $2, kind = 'REWORK', work_date = '2031-07-02' WHERE task_id = $1 AND kind = 'ARTIST'`,
            [f.tasks.t1, f.roles.comp],
          ),
      ],
      [
        'an entry is deleted',
        () => db.query(`DELETE FROM time_entry WHERE task_id = $1 AND kind = 'AI_OPERATOR'`, [f.tasks.t4]),
      ],
      [
        'a HUMAN task goes AI',
        () => db.query(`UPDATE task SET path = 'AI_ASSISTED' WHERE id = $1`, [f.tasks.t2]),
      ],
      ['an AI task goes HUMAN', () => db.query(`UPDATE task SET path = 'HUMAN' WHERE id = $1`, [f.tasks.t4])],
      [
        'a later AI run moves the last finish',
        () => aiRun(db, f.tasks.t1, 600_000, 100, 'EUR', '2031-08-01T00:00:00Z'),
      ],
      [
        'the latest run is removed, so the last finish goes back',
        () => db.query(`DELETE FROM ai_run WHERE task_id = $1 AND currency = 'EUR'`, [f.tasks.t1]),
      ],
      [
        'a run is re-dated',
        () =>
          db.query(`UPDATE ai_run SET finished_at = '2031-09-09T09:00:00Z', wall_ms = 1 WHERE id = $1`, [
            f.runs.t4,
          ]),
      ],
      [
        'a task changes type and production',
        () =>
          db.query(`UPDATE task SET task_type_code = 'RPT_COMP', production_id = $2 WHERE id = $1`, [
            f.tasks.t1,
            f.productions.b,
          ]),
      ],
      [
        'a shot is re-cut',
        () => db.query(`UPDATE shot SET frame_count = 140, frame_out = 1140 WHERE id = $1`, [f.shots.s2]),
      ],
      [
        'a task type gets another baseline role',
        () => db.query(`UPDATE task_type SET baseline_role_id = $1 WHERE code = 'RPT_PAINT'`, [f.roles.sup]),
      ],
      [
        'a per-frame template and a per-shot template get new most likely figures',
        () =>
          db.query(
            `UPDATE bid_template SET most_likely = most_likely + 1.5 WHERE task_type_code IN ('RPT_ROTO', 'RPT_COMP')`,
          ),
      ],
      [
        'production B is priced at 6 hours a day from now on',
        () => db.query(`SELECT report_register_bid_days(ARRAY[$1]::uuid[], ARRAY[6])`, [f.productions.b]),
      ],
      [
        'a task is deleted with its entries and runs',
        () => db.query(`DELETE FROM task WHERE id = $1`, [f.tasks.t4]),
      ],
      ['time entries are truncated', () => db.query(`TRUNCATE time_entry`)],
    ];
    for (const [what, step] of steps) {
      await step();
      expect({ what, drift: await drift() }).toEqual({ what, drift: [] });
    }
  });

  /**
   * Runs `first` in an open transaction, starts `second` on another connection, and commits the
   * first only once the second has either finished or is waiting for a lock the first holds.
   */
  async function interleave(
    first: (m: EntityManager) => Promise<unknown>,
    second: (m: EntityManager) => Promise<unknown>,
  ) {
    const [a, b] = [db.createQueryRunner(), db.createQueryRunner()];
    await Promise.all([a.connect(), b.connect()]);
    try {
      const [{ pid }] = await b.query(`SELECT pg_backend_pid() AS pid`);
      await a.startTransaction();
      await first(a.manager);
      await b.startTransaction();
      let done = false;
      const running = second(b.manager).then(() => (done = true));
      for (;;) {
        const [state] = await db.query(`SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`, [pid]);
        if (done || state.wait_event_type === 'Lock') break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await a.commitTransaction();
      await running;
      await b.commitTransaction();
    } finally {
      await Promise.all([a.release(), b.release()]);
    }
  }

  it('files a time entry under the new path when the task changes path while it is written', async () => {
    const s = await shot(db, f.productions.a, 'RACE1', 50);
    const template: string = (
      await db.query(`SELECT id FROM bid_template WHERE task_type_code = 'RPT_COMP'`)
    )[0].id;
    const t = await task(db, f.productions.a, s, 'RPT_COMP', template, 'HUMAN');
    await interleave(
      (m) => m.query(`UPDATE task SET path = 'AI_FINAL' WHERE id = $1`, [t]),
      (m) => entry(m, t, f.roles.aiop, 'AI_OPERATOR', 45, '2031-03-03'),
    );
    expect(await drift()).toEqual([]);
    const [row] = await db.query(
      `SELECT task_path FROM report_month_hours WHERE month = '2031-03-01' AND labour_role_id = $1`,
      [f.roles.aiop],
    );
    expect(row).toEqual({ task_path: 'AI_FINAL' });
  });

  it('keeps the last AI finish when a run is removed while a later one is added', async () => {
    const s = await shot(db, f.productions.a, 'RACE2', 50);
    const template: string = (
      await db.query(`SELECT id FROM bid_template WHERE task_type_code = 'RPT_COMP'`)
    )[0].id;
    const t = await task(db, f.productions.a, s, 'RPT_COMP', template, 'AI_ASSISTED');
    const early = await aiRun(db, t, 1000, 10, 'USD', '2031-02-01T00:00:00Z');
    await aiRun(db, t, 1000, 10, 'USD', '2031-02-02T00:00:00Z');
    await interleave(
      (m) => aiRun(m, t, 1000, 10, 'USD', '2031-03-01T00:00:00Z'),
      (m) => m.query(`DELETE FROM ai_run WHERE id = $1`, [early]),
    );
    expect(await drift()).toEqual([]);
    const [row] = await db.query(`SELECT last_ai_finished_at FROM report_task WHERE task_id = $1`, [t]);
    expect(row.last_ai_finished_at).toEqual(new Date('2031-03-01T00:00:00Z'));
  });

  it('stays exact under concurrent writers on the same tasks', async () => {
    const s = await shot(db, f.productions.a, 'CONC', 120);
    const template: string = (
      await db.query(`SELECT id FROM bid_template WHERE task_type_code = 'RPT_ROTO'`)
    )[0].id;
    const tasks = await Promise.all(
      ['AI_ASSISTED', 'HUMAN', 'AI_FINAL', 'HUMAN'].map((p) =>
        task(db, f.productions.a, s, 'RPT_ROTO', template, p),
      ),
    );
    const roles = [f.roles.roto, f.roles.sup, f.roles.aiop];
    const kinds = ['ARTIST', 'AI_REVIEW', 'AI_OPERATOR', 'REWORK'];
    const paths = TASK_PATHS;
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    type Op = (m: EntityManager) => Promise<unknown>;
    const operations = Array.from({ length: 6 * 25 }, (): Op => {
      const t = tasks[next(tasks.length)];
      switch (next(7)) {
        case 6:
          return (m) =>
            m.query(`SELECT report_register_bid_days(ARRAY[$1]::uuid[], ARRAY[$2::numeric])`, [
              f.productions.a,
              6 + next(4) / 2,
            ]);
        case 0:
        case 1:
          return (m) =>
            entry(m, t, roles[next(3)], kinds[next(4)], 30 + next(400), `2031-0${1 + next(9)}-1${next(9)}`);
        case 2:
          return (m) =>
            m.query(
              `DELETE FROM time_entry WHERE id = (SELECT id FROM time_entry WHERE task_id = $1 ORDER BY id LIMIT 1)`,
              [t],
            );
        case 3:
          return (m) => m.query(`UPDATE task SET path = $2 WHERE id = $1`, [t, paths[next(3)]]);
        case 4:
          return (m) =>
            aiRun(
              m,
              t,
              1000 * (1 + next(5000)),
              next(900),
              'USD',
              `2031-0${1 + next(9)}-0${1 + next(8)}T10:00:00Z`,
            );
        default:
          return (m) =>
            m.query(
              `DELETE FROM ai_run WHERE id = (SELECT id FROM ai_run WHERE task_id = $1 ORDER BY finished_at DESC, id LIMIT 1)`,
              [t],
            );
      }
    });
    // Each change is a transaction held open a moment, so writers overlap; one that loses a
    // deadlock has written nothing and tries again.
    const withRetry = async (op: Op) => {
      for (;;) {
        try {
          return await db.transaction(async (m) => {
            await op(m);
            await m.query(`SELECT pg_sleep(0.01)`);
          });
        } catch (error) {
          if (!['40P01', '40001'].includes((error as { code?: string }).code ?? '')) throw error;
        }
      }
    };
    await Promise.all(
      Array.from({ length: 6 }, (_, w) =>
        (async () => {
          for (let i = w; i < operations.length; i += 6) await withRetry(operations[i]);
        })(),
      ),
    );
    expect(await drift()).toEqual([]);
  });
});
