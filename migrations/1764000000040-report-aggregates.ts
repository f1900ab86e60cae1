import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pre-aggregated ledger for the quarterly summary and labour impact reports (docs/reports.md).
 *
 * Scanning five million time entries takes seconds; these tables hold the same sums at the grain the
 * reports read, so a quarter reads a few thousand rows, or one index range of tasks. They are kept
 * exact by statement-level triggers on time_entry, ai_run, task, shot and task_type, in the same
 * transaction as the change:
 * - sums move by deltas (INSERT ... ON CONFLICT DO UPDATE SET x = x + delta), exact whatever
 *   commits in between;
 * - a writer first locks the report_task rows of the tasks it touches, in id order, so writers of
 *   one task queue (no deadlock between them) and anything it reads afterwards (a task's grouping
 *   attributes, its latest AI finish) includes every change committed before;
 * - each table has a `*_fresh` view computing it from the base tables: report_rebuild_aggregates()
 *   reloads from the same SQL (backfill, TRUNCATE, bulk loads with triggers off) and
 *   report_aggregate_drift() compares (tests). Rows whose counts fall to zero are deleted, so a
 *   table equals its view exactly.
 */
export class ReportAggregates1764000000040 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(TABLES);
    await q.query(FRESH_VIEWS);
    await q.query(MAINTENANCE);
    await q.query(TIME_ENTRY_TRIGGERS);
    await q.query(AI_RUN_TRIGGERS);
    await q.query(TASK_TRIGGERS);
    await q.query(`SELECT report_rebuild_aggregates()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER report_time_entry_inserted ON time_entry; DROP TRIGGER report_time_entry_updated ON time_entry;
      DROP TRIGGER report_time_entry_deleted ON time_entry; DROP TRIGGER report_time_entry_truncated ON time_entry;
      DROP TRIGGER report_ai_run_inserted ON ai_run; DROP TRIGGER report_ai_run_updated ON ai_run;
      DROP TRIGGER report_ai_run_deleted ON ai_run; DROP TRIGGER report_ai_run_truncated ON ai_run;
      DROP TRIGGER report_task_inserted ON task; DROP TRIGGER report_task_updated ON task;
      DROP TRIGGER report_task_deleting ON task; DROP TRIGGER report_task_truncated ON task;
      DROP TRIGGER report_shot_frames_changed ON shot; DROP TRIGGER report_task_type_role_changed ON task_type;
      DROP FUNCTION report_time_entry_changed, report_ai_run_changed, report_task_inserted, report_task_updated,
        report_task_deleting, report_shift_task_sums, report_rebuilt_on_truncate, report_shot_frames_changed, report_task_type_role_changed,
        report_apply_time_deltas, report_apply_ai_deltas, report_rebuild_aggregates, report_aggregate_drift;
      DROP VIEW report_task_role_fresh, report_task_month_fresh, report_month_hours_fresh, report_time_grouped,
        report_task_fresh, report_task_ai_cost_fresh, report_month_ai_fresh, report_task_last_run;
      DROP TABLE report_task, report_task_role, report_task_ai_cost, report_task_month, report_month_hours, report_month_ai;
      DROP TYPE report_time_delta, report_ai_delta;
      DROP INDEX ai_run_finished_idx;
    `);
  }
}

const TABLES = `
  -- One row per task: what B(t) is worked out from, its logged minutes (all, and the craft minutes of
  -- its baseline role: K(t)) and its AI runs. The partial covering index answers "AI tasks whose last
  -- job finished in these quarters" with one index-only range scan.
  CREATE TABLE report_task (
    task_id                 uuid PRIMARY KEY,
    production_id           uuid NOT NULL,
    task_type_code          text NOT NULL,
    task_path               task_path NOT NULL,
    baseline_role_id        uuid NOT NULL,
    bid_template_id         uuid,
    complexity              int NOT NULL,
    baseline_hours_override numeric(12,3),
    frame_count             int NOT NULL,
    human_minutes           bigint NOT NULL,
    craft_minutes_baseline  bigint NOT NULL,
    ai_runs                 int NOT NULL,
    wall_ms                 bigint NOT NULL,
    last_ai_finished_at     timestamptz
  );
  CREATE INDEX report_task_finished_idx ON report_task (last_ai_finished_at)
    INCLUDE (task_id, production_id, task_type_code, task_path, baseline_role_id, bid_template_id,
      baseline_hours_override, frame_count, human_minutes, craft_minutes_baseline, wall_ms)
    WHERE last_ai_finished_at IS NOT NULL;
  CREATE INDEX report_task_type_idx ON report_task (task_type_code);

  -- Logged minutes per task and role (craft: ARTIST, REWORK, SUPERVISION; AI work: AI_OPERATOR,
  -- AI_REVIEW), with the task's last AI finish so a quarter's finished tasks are one index range.
  CREATE TABLE report_task_role (
    task_id             uuid NOT NULL,
    labour_role_id      uuid NOT NULL,
    production_id       uuid NOT NULL,
    task_path           task_path NOT NULL,
    last_ai_finished_at timestamptz,
    craft_minutes       bigint NOT NULL,
    ai_work_minutes     bigint NOT NULL,
    entries             int NOT NULL,
    PRIMARY KEY (task_id, labour_role_id)
  );
  CREATE INDEX report_task_role_finished_idx ON report_task_role (last_ai_finished_at)
    INCLUDE (task_id, production_id, task_path, labour_role_id, craft_minutes, ai_work_minutes)
    WHERE last_ai_finished_at IS NOT NULL;

  -- Compute and licence cost per task and currency (vendors bill in their own), dated the same way.
  CREATE TABLE report_task_ai_cost (
    task_id             uuid NOT NULL,
    currency            char(3) NOT NULL,
    production_id       uuid NOT NULL,
    task_path           task_path NOT NULL,
    last_ai_finished_at timestamptz NOT NULL,
    runs                int NOT NULL,
    compute_cost_minor  bigint NOT NULL,
    licence_fee_minor   bigint NOT NULL,
    PRIMARY KEY (task_id, currency)
  );
  CREATE INDEX report_task_ai_cost_finished_idx ON report_task_ai_cost (last_ai_finished_at)
    INCLUDE (production_id, task_path, currency, compute_cost_minor, licence_fee_minor);

  -- Which tasks had hours logged in which month: the distinct task counts of a quarter.
  CREATE TABLE report_task_month (
    task_id       uuid NOT NULL,
    month         date NOT NULL,
    production_id uuid NOT NULL,
    task_path     task_path NOT NULL,
    entries       int NOT NULL,
    PRIMARY KEY (task_id, month)
  );
  CREATE INDEX report_task_month_month_idx ON report_task_month (month) INCLUDE (task_id, task_path);

  -- Logged minutes by month of work date and everything the reports group hours by.
  CREATE TABLE report_month_hours (
    month           date NOT NULL,
    production_id   uuid NOT NULL,
    task_type_code  text NOT NULL,
    task_path       task_path NOT NULL,
    labour_role_id  uuid NOT NULL,
    craft_minutes   bigint NOT NULL,
    ai_work_minutes bigint NOT NULL,
    entries         int NOT NULL,
    PRIMARY KEY (month, production_id, task_type_code, task_path, labour_role_id)
  );
  -- Rows whose entries fall to zero are deleted in the same statement; this finds them without a scan.
  CREATE INDEX report_month_hours_empty_idx ON report_month_hours (month) WHERE entries = 0;

  -- AI runs by month of finish (UTC), production and cost currency.
  CREATE TABLE report_month_ai (
    month              date NOT NULL,
    production_id      uuid NOT NULL,
    currency           char(3) NOT NULL,
    runs               int NOT NULL,
    wall_ms            bigint NOT NULL,
    compute_cost_minor bigint NOT NULL,
    licence_fee_minor  bigint NOT NULL,
    PRIMARY KEY (month, production_id, currency)
  );
  CREATE INDEX report_month_ai_empty_idx ON report_month_ai (month) WHERE runs = 0;

  -- "Show working" pages of the AI runs finished in a quarter.
  CREATE INDEX ai_run_finished_idx ON ai_run (finished_at);

  CREATE TYPE report_time_delta AS (task_id uuid, labour_role_id uuid, work_date date, minutes bigint, kind time_entry_kind, sign int);
  CREATE TYPE report_ai_delta AS (task_id uuid, currency char(3), wall_ms bigint, compute_cost_minor bigint,
    licence_fee_minor bigint, finished_at timestamptz, sign int);
`;

// Craft kinds are what is left of the baseline work on an AI task; the others exist because of the AI path.
const craft = (alias: string) => `${alias}.kind IN ('ARTIST', 'REWORK', 'SUPERVISION')`;
const month = (date: string) => `date_trunc('month', ${date}::timestamp)::date`;
const runMonth = (finishedAt: string) => `date_trunc('month', ${finishedAt} AT TIME ZONE 'UTC')::date`;

// The tables grouped from `source`: a relation with one row per task, month and role of the time
// entries (report_time_grouped, or its copy in a temporary table while rebuilding).
const taskRows = (source: string) => `
  SELECT t.id AS task_id, t.production_id, t.task_type_code, t.path AS task_path, tt.baseline_role_id, t.bid_template_id,
    t.complexity, t.baseline_hours_override, s.frame_count, coalesce(m.minutes, 0)::bigint AS human_minutes,
    coalesce(m.craft, 0)::bigint AS craft_minutes_baseline, coalesce(l.runs, 0) AS ai_runs, coalesce(l.wall_ms, 0) AS wall_ms,
    l.last_finished AS last_ai_finished_at
  FROM task t JOIN task_type tt ON tt.code = t.task_type_code JOIN shot s ON s.id = t.shot_id
  LEFT JOIN (
    SELECT g.task_id, sum(g.craft_minutes + g.ai_work_minutes) AS minutes,
      sum(g.craft_minutes) FILTER (WHERE g.labour_role_id = gt.baseline_role_id) AS craft
    FROM ${source} g JOIN task_type gt ON gt.code = g.task_type_code
    GROUP BY g.task_id
  ) m ON m.task_id = t.id
  LEFT JOIN report_task_last_run l ON l.task_id = t.id`;
const taskRoleRows = (source: string) => `
  SELECT g.task_id, g.labour_role_id, g.production_id, g.task_path, l.last_finished AS last_ai_finished_at,
    sum(g.craft_minutes)::bigint AS craft_minutes, sum(g.ai_work_minutes)::bigint AS ai_work_minutes, sum(g.entries)::int AS entries
  FROM ${source} g LEFT JOIN report_task_last_run l ON l.task_id = g.task_id
  GROUP BY g.task_id, g.labour_role_id, g.production_id, g.task_path, l.last_finished`;
const taskMonthRows = (source: string) => `
  SELECT task_id, month, production_id, task_path, sum(entries)::int AS entries FROM ${source} GROUP BY 1, 2, 3, 4`;
const monthHoursRows = (source: string) => `
  SELECT month, production_id, task_type_code, task_path, labour_role_id, sum(craft_minutes)::bigint AS craft_minutes,
    sum(ai_work_minutes)::bigint AS ai_work_minutes, sum(entries)::int AS entries
  FROM ${source} GROUP BY 1, 2, 3, 4, 5`;

const FRESH_VIEWS = `
  CREATE VIEW report_task_last_run AS
  SELECT task_id, count(*)::int AS runs, sum(wall_ms)::bigint AS wall_ms, max(finished_at) AS last_finished FROM ai_run GROUP BY task_id;

  CREATE VIEW report_time_grouped AS
  SELECT e.task_id, ${month('e.work_date')} AS month, e.labour_role_id, t.production_id, t.task_type_code, t.path AS task_path,
    coalesce(sum(e.minutes) FILTER (WHERE ${craft('e')}), 0) AS craft_minutes,
    coalesce(sum(e.minutes) FILTER (WHERE NOT ${craft('e')}), 0) AS ai_work_minutes, count(*) AS entries
  FROM time_entry e JOIN task t ON t.id = e.task_id
  GROUP BY 1, 2, 3, 4, 5, 6;

  CREATE VIEW report_task_fresh AS ${taskRows('report_time_grouped')};

  CREATE VIEW report_task_role_fresh AS ${taskRoleRows('report_time_grouped')};
  CREATE VIEW report_task_month_fresh AS ${taskMonthRows('report_time_grouped')};
  CREATE VIEW report_month_hours_fresh AS ${monthHoursRows('report_time_grouped')};

  CREATE VIEW report_task_ai_cost_fresh AS
  SELECT r.task_id, r.currency, t.production_id, t.path AS task_path, l.last_finished AS last_ai_finished_at,
    count(*)::int AS runs, sum(r.compute_cost_minor)::bigint AS compute_cost_minor, sum(r.licence_fee_minor)::bigint AS licence_fee_minor
  FROM ai_run r JOIN task t ON t.id = r.task_id JOIN report_task_last_run l ON l.task_id = r.task_id
  GROUP BY r.task_id, r.currency, t.production_id, t.path, l.last_finished;

  CREATE VIEW report_month_ai_fresh AS
  SELECT ${runMonth('r.finished_at')} AS month, t.production_id, r.currency, count(*)::int AS runs, sum(r.wall_ms)::bigint AS wall_ms,
    sum(r.compute_cost_minor)::bigint AS compute_cost_minor, sum(r.licence_fee_minor)::bigint AS licence_fee_minor
  FROM ai_run r JOIN task t ON t.id = r.task_id
  GROUP BY 1, 2, 3;
`;

const REPORT_TABLES = [
  'report_task',
  'report_task_role',
  'report_task_ai_cost',
  'report_task_month',
  'report_month_hours',
  'report_month_ai',
];

const drift = (table: string) => `
  SELECT '${table}'::text, (SELECT count(*) FROM (TABLE ${table} EXCEPT ALL TABLE ${table}_fresh) x),
    (SELECT count(*) FROM (TABLE ${table}_fresh EXCEPT ALL TABLE ${table}) x)`;

const MAINTENANCE = `
  -- Reloads every report table from the base tables: the backfill, after TRUNCATE, after a bulk load
  -- with triggers off. Time entries are grouped once into a temporary table that three tables share.
  CREATE FUNCTION report_rebuild_aggregates() RETURNS void LANGUAGE plpgsql SET work_mem = '256MB' AS $$
  BEGIN
    TRUNCATE ${REPORT_TABLES.join(', ')};
    CREATE TEMPORARY TABLE report_rebuild_grouped ON COMMIT DROP AS SELECT * FROM report_time_grouped;
    INSERT INTO report_task ${taskRows('report_rebuild_grouped')} ORDER BY 1;
    INSERT INTO report_task_ai_cost SELECT * FROM report_task_ai_cost_fresh ORDER BY task_id, currency;
    INSERT INTO report_month_ai SELECT * FROM report_month_ai_fresh;
    INSERT INTO report_task_role ${taskRoleRows('report_rebuild_grouped')} ORDER BY 1, 2;
    INSERT INTO report_task_month ${taskMonthRows('report_rebuild_grouped')} ORDER BY 1, 2;
    INSERT INTO report_month_hours ${monthHoursRows('report_rebuild_grouped')};
    DROP TABLE report_rebuild_grouped;
  END $$;

  -- Rows that differ between each report table and its view (stored only, fresh only); zero when the triggers kept up.
  CREATE FUNCTION report_aggregate_drift() RETURNS TABLE (aggregate text, stored_only bigint, fresh_only bigint) LANGUAGE sql AS $$
    ${REPORT_TABLES.map(drift).join(' UNION ALL ')}
  $$;

  CREATE FUNCTION report_rebuilt_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM report_rebuild_aggregates();
    RETURN NULL;
  END $$;
`;

const TIME_ENTRY_TRIGGERS = `
  -- Applies signed time entries (+1 added, -1 removed) to the tables that sum them.
  CREATE FUNCTION report_apply_time_deltas(deltas report_time_delta[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM 1 FROM report_task WHERE task_id IN (SELECT d.task_id FROM unnest(deltas) d) ORDER BY task_id FOR UPDATE;

    UPDATE report_task r SET human_minutes = r.human_minutes + x.minutes, craft_minutes_baseline = r.craft_minutes_baseline + x.craft
    FROM (
      SELECT d.task_id, sum(d.sign * d.minutes) AS minutes,
        coalesce(sum(d.sign * d.minutes) FILTER (WHERE ${craft('d')} AND d.labour_role_id = b.baseline_role_id), 0) AS craft
      FROM unnest(deltas) d JOIN report_task b ON b.task_id = d.task_id GROUP BY d.task_id
    ) x
    WHERE r.task_id = x.task_id;

    INSERT INTO report_task_role AS a (task_id, labour_role_id, production_id, task_path, last_ai_finished_at, craft_minutes, ai_work_minutes, entries)
    SELECT d.task_id, d.labour_role_id, b.production_id, b.task_path, b.last_ai_finished_at,
      coalesce(sum(d.sign * d.minutes) FILTER (WHERE ${craft('d')}), 0), coalesce(sum(d.sign * d.minutes) FILTER (WHERE NOT ${craft('d')}), 0), sum(d.sign)
    FROM unnest(deltas) d JOIN report_task b ON b.task_id = d.task_id
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2
    ON CONFLICT (task_id, labour_role_id) DO UPDATE SET craft_minutes = a.craft_minutes + excluded.craft_minutes,
      ai_work_minutes = a.ai_work_minutes + excluded.ai_work_minutes, entries = a.entries + excluded.entries;
    DELETE FROM report_task_role WHERE entries = 0 AND task_id IN (SELECT d.task_id FROM unnest(deltas) d WHERE d.sign < 0);

    INSERT INTO report_task_month AS m (task_id, month, production_id, task_path, entries)
    SELECT d.task_id, ${month('d.work_date')}, b.production_id, b.task_path, sum(d.sign)
    FROM unnest(deltas) d JOIN report_task b ON b.task_id = d.task_id
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2
    ON CONFLICT (task_id, month) DO UPDATE SET entries = m.entries + excluded.entries;
    DELETE FROM report_task_month WHERE entries = 0 AND task_id IN (SELECT d.task_id FROM unnest(deltas) d WHERE d.sign < 0);

    INSERT INTO report_month_hours AS h (month, production_id, task_type_code, task_path, labour_role_id, craft_minutes, ai_work_minutes, entries)
    SELECT ${month('d.work_date')}, b.production_id, b.task_type_code, b.task_path, d.labour_role_id,
      coalesce(sum(d.sign * d.minutes) FILTER (WHERE ${craft('d')}), 0), coalesce(sum(d.sign * d.minutes) FILTER (WHERE NOT ${craft('d')}), 0), sum(d.sign)
    FROM unnest(deltas) d JOIN report_task b ON b.task_id = d.task_id
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (month, production_id, task_type_code, task_path, labour_role_id) DO UPDATE SET
      craft_minutes = h.craft_minutes + excluded.craft_minutes, ai_work_minutes = h.ai_work_minutes + excluded.ai_work_minutes,
      entries = h.entries + excluded.entries;
    DELETE FROM report_month_hours WHERE entries = 0;
  END $$;

  CREATE FUNCTION report_time_entry_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    deltas report_time_delta[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg((task_id, labour_role_id, work_date, minutes, kind, 1)::report_time_delta) INTO deltas FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg((task_id, labour_role_id, work_date, minutes, kind, -1)::report_time_delta) INTO deltas FROM old_rows;
    ELSE
      SELECT array_agg(d) INTO deltas FROM (
        SELECT (task_id, labour_role_id, work_date, minutes, kind, -1)::report_time_delta AS d FROM old_rows
        UNION ALL SELECT (task_id, labour_role_id, work_date, minutes, kind, 1)::report_time_delta FROM new_rows
      ) x;
    END IF;
    IF deltas IS NOT NULL THEN
      PERFORM report_apply_time_deltas(deltas);
    END IF;
    RETURN NULL;
  END $$;

  CREATE TRIGGER report_time_entry_inserted AFTER INSERT ON time_entry REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_time_entry_changed();
  CREATE TRIGGER report_time_entry_updated AFTER UPDATE ON time_entry REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_time_entry_changed();
  CREATE TRIGGER report_time_entry_deleted AFTER DELETE ON time_entry REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_time_entry_changed();
  CREATE TRIGGER report_time_entry_truncated AFTER TRUNCATE ON time_entry FOR EACH STATEMENT EXECUTE FUNCTION report_rebuilt_on_truncate();
`;

const AI_RUN_TRIGGERS = `
  -- Applies signed AI runs. A task's last finish only grows on insert; a removed run makes it read
  -- again from ai_run, which sees every committed run because the task's row is locked first.
  CREATE FUNCTION report_apply_ai_deltas(deltas report_ai_delta[]) RETURNS void LANGUAGE plpgsql AS $$
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
    SELECT ${runMonth('d.finished_at')}, b.production_id, d.currency, sum(d.sign), sum(d.sign * d.wall_ms),
      sum(d.sign * d.compute_cost_minor), sum(d.sign * d.licence_fee_minor)
    FROM unnest(deltas) d JOIN report_task b ON b.task_id = d.task_id
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (month, production_id, currency) DO UPDATE SET runs = m.runs + excluded.runs, wall_ms = m.wall_ms + excluded.wall_ms,
      compute_cost_minor = m.compute_cost_minor + excluded.compute_cost_minor, licence_fee_minor = m.licence_fee_minor + excluded.licence_fee_minor;
    DELETE FROM report_month_ai WHERE runs = 0;
  END $$;

  CREATE FUNCTION report_ai_run_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    deltas report_ai_delta[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg((task_id, currency, wall_ms, compute_cost_minor, licence_fee_minor, finished_at, 1)::report_ai_delta) INTO deltas FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg((task_id, currency, wall_ms, compute_cost_minor, licence_fee_minor, finished_at, -1)::report_ai_delta) INTO deltas FROM old_rows;
    ELSE
      SELECT array_agg(d) INTO deltas FROM (
        SELECT (task_id, currency, wall_ms, compute_cost_minor, licence_fee_minor, finished_at, -1)::report_ai_delta AS d FROM old_rows
        UNION ALL SELECT (task_id, currency, wall_ms, compute_cost_minor, licence_fee_minor, finished_at, 1)::report_ai_delta FROM new_rows
      ) x;
    END IF;
    IF deltas IS NOT NULL THEN
      PERFORM report_apply_ai_deltas(deltas);
    END IF;
    RETURN NULL;
  END $$;

  CREATE TRIGGER report_ai_run_inserted AFTER INSERT ON ai_run REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_ai_run_changed();
  CREATE TRIGGER report_ai_run_updated AFTER UPDATE ON ai_run REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_ai_run_changed();
  CREATE TRIGGER report_ai_run_deleted AFTER DELETE ON ai_run REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_ai_run_changed();
  CREATE TRIGGER report_ai_run_truncated AFTER TRUNCATE ON ai_run FOR EACH STATEMENT EXECUTE FUNCTION report_rebuilt_on_truncate();
`;

const TASK_TRIGGERS = `
  CREATE FUNCTION report_task_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO report_task
    SELECT n.id, n.production_id, n.task_type_code, n.path, tt.baseline_role_id, n.bid_template_id, n.complexity,
      n.baseline_hours_override, s.frame_count, 0, 0, 0, 0, NULL
    FROM new_rows n JOIN task_type tt ON tt.code = n.task_type_code JOIN shot s ON s.id = n.shot_id;
    RETURN NULL;
  END $$;

  -- Adds (sign 1) or takes away (sign -1) the logged hours and AI runs of these tasks in the monthly
  -- sums, under the grouping attributes report_task holds for them now. Read from the base tables:
  -- complete, because the callers lock the tasks' report_task rows first.
  CREATE FUNCTION report_shift_task_sums(ids uuid[], sign int) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO report_month_hours AS h (month, production_id, task_type_code, task_path, labour_role_id, craft_minutes, ai_work_minutes, entries)
    SELECT ${month('e.work_date')}, b.production_id, b.task_type_code, b.task_path, e.labour_role_id,
      sign * coalesce(sum(e.minutes) FILTER (WHERE ${craft('e')}), 0), sign * coalesce(sum(e.minutes) FILTER (WHERE NOT ${craft('e')}), 0), sign * count(*)
    FROM time_entry e JOIN report_task b ON b.task_id = e.task_id
    WHERE e.task_id = ANY (ids)
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (month, production_id, task_type_code, task_path, labour_role_id) DO UPDATE SET
      craft_minutes = h.craft_minutes + excluded.craft_minutes, ai_work_minutes = h.ai_work_minutes + excluded.ai_work_minutes,
      entries = h.entries + excluded.entries;
    DELETE FROM report_month_hours WHERE entries = 0;

    INSERT INTO report_month_ai AS m (month, production_id, currency, runs, wall_ms, compute_cost_minor, licence_fee_minor)
    SELECT ${runMonth('r.finished_at')}, b.production_id, r.currency, sign * count(*), sign * sum(r.wall_ms),
      sign * sum(r.compute_cost_minor), sign * sum(r.licence_fee_minor)
    FROM ai_run r JOIN report_task b ON b.task_id = r.task_id
    WHERE r.task_id = ANY (ids)
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (month, production_id, currency) DO UPDATE SET runs = m.runs + excluded.runs, wall_ms = m.wall_ms + excluded.wall_ms,
      compute_cost_minor = m.compute_cost_minor + excluded.compute_cost_minor, licence_fee_minor = m.licence_fee_minor + excluded.licence_fee_minor;
    DELETE FROM report_month_ai WHERE runs = 0;
  END $$;

  -- A task that changes production, type or path takes its logged hours and AI runs to its new group.
  CREATE FUNCTION report_task_updated() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    changed uuid[];
    moved uuid[];
  BEGIN
    SELECT array_agg(n.id ORDER BY n.id),
      array_agg(n.id ORDER BY n.id) FILTER (WHERE (n.production_id, n.task_type_code, n.path) IS DISTINCT FROM (o.production_id, o.task_type_code, o.path))
    INTO changed, moved
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.production_id, n.task_type_code, n.path, n.bid_template_id, n.complexity, n.baseline_hours_override, n.shot_id)
      IS DISTINCT FROM (o.production_id, o.task_type_code, o.path, o.bid_template_id, o.complexity, o.baseline_hours_override, o.shot_id);
    IF changed IS NULL THEN
      RETURN NULL;
    END IF;
    PERFORM 1 FROM report_task WHERE task_id = ANY (changed) ORDER BY task_id FOR UPDATE;
    IF moved IS NOT NULL THEN
      PERFORM report_shift_task_sums(moved, -1);
    END IF;
    UPDATE report_task r SET production_id = n.production_id, task_type_code = n.task_type_code, task_path = n.path,
      baseline_role_id = tt.baseline_role_id, bid_template_id = n.bid_template_id, complexity = n.complexity,
      baseline_hours_override = n.baseline_hours_override, frame_count = s.frame_count,
      craft_minutes_baseline = coalesce((SELECT a.craft_minutes FROM report_task_role a
                                         WHERE a.task_id = n.id AND a.labour_role_id = tt.baseline_role_id), 0)
    FROM new_rows n JOIN task_type tt ON tt.code = n.task_type_code JOIN shot s ON s.id = n.shot_id
    WHERE r.task_id = n.id AND n.id = ANY (changed);
    IF moved IS NOT NULL THEN
      PERFORM report_shift_task_sums(moved, 1);
      UPDATE report_task_role a SET production_id = n.production_id, task_path = n.path FROM new_rows n WHERE n.id = a.task_id AND n.id = ANY (moved);
      UPDATE report_task_ai_cost c SET production_id = n.production_id, task_path = n.path FROM new_rows n WHERE n.id = c.task_id AND n.id = ANY (moved);
      UPDATE report_task_month m SET production_id = n.production_id, task_path = n.path FROM new_rows n WHERE n.id = m.task_id AND n.id = ANY (moved);
    END IF;
    RETURN NULL;
  END $$;

  -- Before the row goes: its cascades run their statement triggers only after this statement's own
  -- AFTER triggers, when the task is gone. So the task's sums leave here, and the cascaded
  -- time_entry and ai_run triggers then find no report_task row and change nothing.
  CREATE FUNCTION report_task_deleting() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM 1 FROM report_task WHERE task_id = OLD.id FOR UPDATE;
    PERFORM report_shift_task_sums(ARRAY[OLD.id], -1);
    DELETE FROM report_task_role WHERE task_id = OLD.id;
    DELETE FROM report_task_ai_cost WHERE task_id = OLD.id;
    DELETE FROM report_task_month WHERE task_id = OLD.id;
    DELETE FROM report_task WHERE task_id = OLD.id;
    RETURN OLD;
  END $$;

  CREATE FUNCTION report_shot_frames_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE report_task r SET frame_count = n.frame_count
    FROM task t JOIN new_rows n ON n.id = t.shot_id
    WHERE r.task_id = t.id AND r.frame_count IS DISTINCT FROM n.frame_count;
    RETURN NULL;
  END $$;

  CREATE FUNCTION report_task_type_role_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM 1 FROM report_task r JOIN new_rows n ON n.code = r.task_type_code
    WHERE r.baseline_role_id IS DISTINCT FROM n.baseline_role_id ORDER BY r.task_id FOR UPDATE OF r;
    UPDATE report_task r SET baseline_role_id = n.baseline_role_id,
      craft_minutes_baseline = coalesce((SELECT a.craft_minutes FROM report_task_role a
                                         WHERE a.task_id = r.task_id AND a.labour_role_id = n.baseline_role_id), 0)
    FROM new_rows n
    WHERE n.code = r.task_type_code AND r.baseline_role_id IS DISTINCT FROM n.baseline_role_id;
    RETURN NULL;
  END $$;

  CREATE TRIGGER report_task_inserted AFTER INSERT ON task REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_task_inserted();
  CREATE TRIGGER report_task_updated AFTER UPDATE ON task REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_task_updated();
  CREATE TRIGGER report_task_deleting BEFORE DELETE ON task FOR EACH ROW EXECUTE FUNCTION report_task_deleting();
  CREATE TRIGGER report_task_truncated AFTER TRUNCATE ON task FOR EACH STATEMENT EXECUTE FUNCTION report_rebuilt_on_truncate();
  CREATE TRIGGER report_shot_frames_changed AFTER UPDATE ON shot REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_shot_frames_changed();
  CREATE TRIGGER report_task_type_role_changed AFTER UPDATE ON task_type REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_task_type_role_changed();
`;
