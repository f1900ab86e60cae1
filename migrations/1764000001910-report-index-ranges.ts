import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * report_task_ai_cost keeps the machine time of each task's runs per currency, beside their cost.
 * The quarterly summary summed it from ai_run with one index lookup per finished task (some 52,000
 * in a quarter of the 1,000,000-task benchmark: 0.65 to 1.9 s of the report); now it is read from
 * the same index range as the cost. Kept by the same delta trigger as the other sums (the function
 * below is migration 040's with wall_ms added to the report_task_ai_cost upsert), and checked by the
 * same drift view.
 *
 * The finished tasks' minutes by role (report_task_role's index range) also read every row's heap
 * page for `entries`, which the index did not include: 0.8 to 1.6 s for 156,000 rows; with it the
 * scan is index-only (about 0.2 s).
 */
export class ReportIndexRanges1764000001910 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE report_task_ai_cost ADD COLUMN wall_ms bigint NOT NULL DEFAULT 0;
      UPDATE report_task_ai_cost c SET wall_ms = a.wall_ms
      FROM (SELECT task_id, currency, sum(wall_ms)::bigint AS wall_ms FROM ai_run GROUP BY 1, 2) a
      WHERE a.task_id = c.task_id AND a.currency = c.currency;
      ALTER TABLE report_task_ai_cost ALTER COLUMN wall_ms DROP DEFAULT;
      DROP INDEX report_task_ai_cost_finished_idx;
      CREATE INDEX report_task_ai_cost_finished_idx ON report_task_ai_cost (last_ai_finished_at)
        INCLUDE (production_id, task_path, currency, runs, wall_ms, compute_cost_minor, licence_fee_minor);
      DROP INDEX report_task_role_finished_idx;
      CREATE INDEX report_task_role_finished_idx ON report_task_role (last_ai_finished_at)
        INCLUDE (task_id, production_id, task_path, labour_role_id, craft_minutes, ai_work_minutes, entries)
        WHERE last_ai_finished_at IS NOT NULL;
      CREATE OR REPLACE VIEW report_task_ai_cost_fresh AS
  SELECT r.task_id, r.currency, t.production_id, t.path AS task_path, l.last_finished AS last_ai_finished_at,
    count(*)::int AS runs, sum(r.compute_cost_minor)::bigint AS compute_cost_minor, sum(r.licence_fee_minor)::bigint AS licence_fee_minor,
    sum(r.wall_ms)::bigint AS wall_ms
  FROM ai_run r JOIN task t ON t.id = r.task_id JOIN report_task_last_run l ON l.task_id = r.task_id
  GROUP BY r.task_id, r.currency, t.production_id, t.path, l.last_finished;
    `);
    await q.query(APPLY_WITH_WALL_TIME);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(APPLY_WITHOUT_WALL_TIME);
    await q.query(`
      DROP VIEW report_task_ai_cost_fresh;
      CREATE VIEW report_task_ai_cost_fresh AS
  SELECT r.task_id, r.currency, t.production_id, t.path AS task_path, l.last_finished AS last_ai_finished_at,
    count(*)::int AS runs, sum(r.compute_cost_minor)::bigint AS compute_cost_minor, sum(r.licence_fee_minor)::bigint AS licence_fee_minor
  FROM ai_run r JOIN task t ON t.id = r.task_id JOIN report_task_last_run l ON l.task_id = r.task_id
  GROUP BY r.task_id, r.currency, t.production_id, t.path, l.last_finished;
      DROP INDEX report_task_role_finished_idx;
      CREATE INDEX report_task_role_finished_idx ON report_task_role (last_ai_finished_at)
        INCLUDE (task_id, production_id, task_path, labour_role_id, craft_minutes, ai_work_minutes)
        WHERE last_ai_finished_at IS NOT NULL;
      DROP INDEX report_task_ai_cost_finished_idx;
      ALTER TABLE report_task_ai_cost DROP COLUMN wall_ms;
      CREATE INDEX report_task_ai_cost_finished_idx ON report_task_ai_cost (last_ai_finished_at)
        INCLUDE (production_id, task_path, currency, compute_cost_minor, licence_fee_minor);
    `);
  }
}

const APPLY_WITH_WALL_TIME = `
  CREATE OR REPLACE FUNCTION report_apply_ai_deltas(deltas report_ai_delta[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM 1 FROM report_task WHERE task_id IN (SELECT d.task_id FROM unnest(deltas) d) ORDER BY task_id FOR UPDATE;

    UPDATE report_task r SET ai_runs = r.ai_runs + x.runs, wall_ms = r.wall_ms + x.wall_ms,
      last_ai_finished_at = CASE WHEN x.removed THEN (SELECT max(a.finished_at) FROM ai_run a WHERE a.task_id = r.task_id)
                                 ELSE greatest(r.last_ai_finished_at, x.added_last) END
    FROM (
      SELECT d.task_id, sum(d.sign) AS runs, sum(d.sign * d.wall_ms) AS wall_ms, bool_or(d.sign < 0) AS removed,
        max(d.finished_at) FILTER (WHERE d.sign > 0) AS added_last
      FROM unnest(deltas) d GROUP BY d.task_id
    ) x
    WHERE r.task_id = x.task_id;

    UPDATE report_task_role a SET last_ai_finished_at = b.last_ai_finished_at FROM report_task b
    WHERE b.task_id = a.task_id AND a.task_id IN (SELECT d.task_id FROM unnest(deltas) d)
      AND a.last_ai_finished_at IS DISTINCT FROM b.last_ai_finished_at;

    INSERT INTO report_task_ai_cost AS c (task_id, currency, production_id, task_path, last_ai_finished_at, runs, compute_cost_minor, licence_fee_minor, wall_ms)
    SELECT d.task_id, d.currency, b.production_id, b.task_path, coalesce(b.last_ai_finished_at, 'epoch'), sum(d.sign),
      sum(d.sign * d.compute_cost_minor), sum(d.sign * d.licence_fee_minor), sum(d.sign * d.wall_ms)
    FROM unnest(deltas) d JOIN report_task b ON b.task_id = d.task_id
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2
    ON CONFLICT (task_id, currency) DO UPDATE SET runs = c.runs + excluded.runs, wall_ms = c.wall_ms + excluded.wall_ms,
      compute_cost_minor = c.compute_cost_minor + excluded.compute_cost_minor, licence_fee_minor = c.licence_fee_minor + excluded.licence_fee_minor;
    DELETE FROM report_task_ai_cost WHERE runs = 0 AND task_id IN (SELECT d.task_id FROM unnest(deltas) d WHERE d.sign < 0);
    UPDATE report_task_ai_cost c SET last_ai_finished_at = b.last_ai_finished_at FROM report_task b
    WHERE b.task_id = c.task_id AND c.task_id IN (SELECT d.task_id FROM unnest(deltas) d)
      AND c.last_ai_finished_at IS DISTINCT FROM b.last_ai_finished_at;

    INSERT INTO report_month_ai AS m (month, production_id, currency, runs, wall_ms, compute_cost_minor, licence_fee_minor)
    SELECT date_trunc('month', d.finished_at AT TIME ZONE 'UTC')::date, b.production_id, d.currency, sum(d.sign), sum(d.sign * d.wall_ms),
      sum(d.sign * d.compute_cost_minor), sum(d.sign * d.licence_fee_minor)
    FROM unnest(deltas) d JOIN report_task b ON b.task_id = d.task_id
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (month, production_id, currency) DO UPDATE SET runs = m.runs + excluded.runs, wall_ms = m.wall_ms + excluded.wall_ms,
      compute_cost_minor = m.compute_cost_minor + excluded.compute_cost_minor, licence_fee_minor = m.licence_fee_minor + excluded.licence_fee_minor;
    DELETE FROM report_month_ai WHERE runs = 0;
  END $$;
`;

const APPLY_WITHOUT_WALL_TIME = `
  CREATE OR REPLACE FUNCTION report_apply_ai_deltas(deltas report_ai_delta[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM 1 FROM report_task WHERE task_id IN (SELECT d.task_id FROM unnest(deltas) d) ORDER BY task_id FOR UPDATE;

    UPDATE report_task r SET ai_runs = r.ai_runs + x.runs, wall_ms = r.wall_ms + x.wall_ms,
      last_ai_finished_at = CASE WHEN x.removed THEN (SELECT max(a.finished_at) FROM ai_run a WHERE a.task_id = r.task_id)
                                 ELSE greatest(r.last_ai_finished_at, x.added_last) END
    FROM (
      SELECT d.task_id, sum(d.sign) AS runs, sum(d.sign * d.wall_ms) AS wall_ms, bool_or(d.sign < 0) AS removed,
        max(d.finished_at) FILTER (WHERE d.sign > 0) AS added_last
      FROM unnest(deltas) d GROUP BY d.task_id
    ) x
    WHERE r.task_id = x.task_id;

    UPDATE report_task_role a SET last_ai_finished_at = b.last_ai_finished_at FROM report_task b
    WHERE b.task_id = a.task_id AND a.task_id IN (SELECT d.task_id FROM unnest(deltas) d)
      AND a.last_ai_finished_at IS DISTINCT FROM b.last_ai_finished_at;

    INSERT INTO report_task_ai_cost AS c (task_id, currency, production_id, task_path, last_ai_finished_at, runs, compute_cost_minor, licence_fee_minor)
    SELECT d.task_id, d.currency, b.production_id, b.task_path, coalesce(b.last_ai_finished_at, 'epoch'), sum(d.sign),
      sum(d.sign * d.compute_cost_minor), sum(d.sign * d.licence_fee_minor)
    FROM unnest(deltas) d JOIN report_task b ON b.task_id = d.task_id
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2
    ON CONFLICT (task_id, currency) DO UPDATE SET runs = c.runs + excluded.runs,
      compute_cost_minor = c.compute_cost_minor + excluded.compute_cost_minor, licence_fee_minor = c.licence_fee_minor + excluded.licence_fee_minor;
    DELETE FROM report_task_ai_cost WHERE runs = 0 AND task_id IN (SELECT d.task_id FROM unnest(deltas) d WHERE d.sign < 0);
    UPDATE report_task_ai_cost c SET last_ai_finished_at = b.last_ai_finished_at FROM report_task b
    WHERE b.task_id = c.task_id AND c.task_id IN (SELECT d.task_id FROM unnest(deltas) d)
      AND c.last_ai_finished_at IS DISTINCT FROM b.last_ai_finished_at;

    INSERT INTO report_month_ai AS m (month, production_id, currency, runs, wall_ms, compute_cost_minor, licence_fee_minor)
    SELECT date_trunc('month', d.finished_at AT TIME ZONE 'UTC')::date, b.production_id, d.currency, sum(d.sign), sum(d.sign * d.wall_ms),
      sum(d.sign * d.compute_cost_minor), sum(d.sign * d.licence_fee_minor)
    FROM unnest(deltas) d JOIN report_task b ON b.task_id = d.task_id
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (month, production_id, currency) DO UPDATE SET runs = m.runs + excluded.runs, wall_ms = m.wall_ms + excluded.wall_ms,
      compute_cost_minor = m.compute_cost_minor + excluded.compute_cost_minor, licence_fee_minor = m.licence_fee_minor + excluded.licence_fee_minor;
    DELETE FROM report_month_ai WHERE runs = 0;
  END $$;
`;
