import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Month rollups of the per-task report tables, so the quarterly summary and labour impact read a
 * few thousand rows whatever the number of tasks (docs/reports.md, "What each report reads";
 * decision 0041). At 1,000,000 tasks the per-task reads took 30 to 230 ms each: distinct tasks
 * worked, the finished tasks' baseline and displaced hours, their minutes and machine cost, and
 * the median speed-up.
 *
 * Each rollup is kept by a statement trigger on the per-task table it sums, by the same signed
 * deltas as migration 040 (old rows out, new rows in), inside the writer's transaction and behind
 * its lock on the task's report_task row; each has a `*_fresh` view that report_rebuild_aggregates()
 * reloads from and report_aggregate_drift() compares with.
 *
 * - report_quarter_tasks: distinct tasks with hours logged in each run of three months
 *   (quarter_start .. +2), for calendar and every fiscal alignment alike.
 * - report_month_finished_hours / report_month_finished_ai: the finished tasks' minutes by role
 *   and machine cost by currency, by month of their last AI finish.
 * - report_month_finished, report_task_speed, report_month_speed: B(t), max(0, B - K) and the
 *   speed-up per task. A per-frame bid depends on the card's hours a day, which the report chooses
 *   (the card in effect today), so these are kept for each (production, hours a day) registered in
 *   report_bid_day; report_register_bid_days() adds a pair, computed from report_task while writers
 *   wait, the first time a report prices a production with it. Hours a day 0 stands for "no card":
 *   per-frame bids then count as unbid, as they did.
 * - The median is found from per-bucket counts (report_speed_bucket, twelve buckets to a tenfold of
 *   S, never smaller for a larger S), then only the tasks of the one or two buckets that hold it
 *   are read and ranked.
 */
export class ReportMonthRollups1764000001950 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(TABLES);
    await q.query(FRESH_VIEWS);
    await q.query(QUARTER_TASKS);
    await q.query(FINISHED_SUMS);
    await q.query(FINISHED_TERMS);
    await q.query(MAINTENANCE);
    await q.query(drift(ALL_TABLES));
    for (const table of ROLLUPS.filter((t) => !BID_DAY_ROLLUPS.includes(t)))
      await q.query(`INSERT INTO ${table} SELECT * FROM ${table}_fresh`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(drift(BASE_TABLES));
    await q.query(`
      DROP FUNCTION report_rebuild_aggregates();
      ALTER FUNCTION report_rebuild_base_aggregates() RENAME TO report_rebuild_aggregates;
      DROP FUNCTION report_register_bid_days(uuid[], numeric[]);
      DROP TRIGGER report_task_terms_inserted ON report_task; DROP TRIGGER report_task_terms_updated ON report_task;
      DROP TRIGGER report_task_terms_deleted ON report_task; DROP TRIGGER report_bid_template_terms ON bid_template;
      DROP TRIGGER report_task_role_finished_inserted ON report_task_role; DROP TRIGGER report_task_role_finished_updated ON report_task_role;
      DROP TRIGGER report_task_role_finished_deleted ON report_task_role;
      DROP TRIGGER report_task_ai_cost_finished_inserted ON report_task_ai_cost; DROP TRIGGER report_task_ai_cost_finished_updated ON report_task_ai_cost;
      DROP TRIGGER report_task_ai_cost_finished_deleted ON report_task_ai_cost;
      DROP TRIGGER report_task_month_quarters_inserted ON report_task_month; DROP TRIGGER report_task_month_quarters_updated ON report_task_month;
      DROP TRIGGER report_task_month_quarters_deleted ON report_task_month;
      DROP FUNCTION report_task_terms_changed, report_bid_template_terms_changed, report_apply_finished_terms,
        report_task_role_finished_changed, report_apply_finished_hours, report_task_ai_cost_finished_changed,
        report_apply_finished_ai, report_task_month_quarters_changed, report_apply_quarter_tasks;
      DROP VIEW report_month_speed_fresh, report_task_speed_fresh, report_month_finished_fresh, report_finished_terms,
        report_month_finished_ai_fresh, report_month_finished_hours_fresh, report_quarter_tasks_fresh;
      DROP TABLE ${ROLLUPS.join(', ')}, report_bid_day;
      DROP TYPE report_finished_input;
      DROP FUNCTION report_speed_bucket(numeric);
    `);
  }
}

/** Migration 040's report tables, and this one's rollups (the reports benchmark loads both). */
export const BASE_TABLES = [
  'report_task',
  'report_task_role',
  'report_task_ai_cost',
  'report_task_month',
  'report_month_hours',
  'report_month_ai',
];
export const BID_DAY_ROLLUPS = ['report_month_finished', 'report_task_speed', 'report_month_speed'];
export const ROLLUPS = [
  'report_quarter_tasks',
  'report_month_finished_hours',
  'report_month_finished_ai',
  ...BID_DAY_ROLLUPS,
];
const ALL_TABLES = [...BASE_TABLES, ...ROLLUPS];

/** Set while report_rebuild_aggregates reloads: the rollup triggers leave the reload to it. */
const REBUILDING = `current_setting('frameledger.report_rebuild', true) = 'on'`;
const runMonth = (at: string) => `date_trunc('month', ${at} AT TIME ZONE 'UTC')::date`;

const TABLES = `
  CREATE TABLE report_quarter_tasks (
    quarter_start date NOT NULL,
    production_id uuid NOT NULL,
    task_path     task_path NOT NULL,
    tasks         int NOT NULL,
    PRIMARY KEY (quarter_start, production_id, task_path)
  );
  CREATE INDEX report_quarter_tasks_empty_idx ON report_quarter_tasks (quarter_start) WHERE tasks = 0;

  CREATE TABLE report_month_finished_hours (
    month          date NOT NULL,
    production_id  uuid NOT NULL,
    task_path      task_path NOT NULL,
    labour_role_id uuid NOT NULL,
    minutes        bigint NOT NULL,
    entries        int NOT NULL,
    PRIMARY KEY (month, production_id, task_path, labour_role_id)
  );
  CREATE INDEX report_month_finished_hours_empty_idx ON report_month_finished_hours (month) WHERE entries = 0;

  CREATE TABLE report_month_finished_ai (
    month              date NOT NULL,
    production_id      uuid NOT NULL,
    task_path          task_path NOT NULL,
    currency           char(3) NOT NULL,
    runs               int NOT NULL,
    wall_ms            bigint NOT NULL,
    compute_cost_minor bigint NOT NULL,
    licence_fee_minor  bigint NOT NULL,
    PRIMARY KEY (month, production_id, task_path, currency)
  );
  CREATE INDEX report_month_finished_ai_empty_idx ON report_month_finished_ai (month) WHERE runs = 0;

  -- The hours a day each production's per-frame bids are kept at (0: no card).
  CREATE TABLE report_bid_day (
    production_id uuid NOT NULL,
    hours_per_day numeric NOT NULL,
    PRIMARY KEY (production_id, hours_per_day)
  );

  -- B(t) = num / den; displaced_num60 sums max(0, 60 x num - craft minutes x den).
  CREATE TABLE report_month_finished (
    month            date NOT NULL,
    production_id    uuid NOT NULL,
    hours_per_day    numeric NOT NULL,
    task_path        task_path NOT NULL,
    baseline_role_id uuid NOT NULL,
    task_type_code   text NOT NULL,
    den              numeric NOT NULL,
    tasks            int NOT NULL,
    unbid            int NOT NULL,
    baseline_num     numeric NOT NULL,
    displaced_num60  numeric NOT NULL,
    PRIMARY KEY (month, production_id, hours_per_day, task_path, baseline_role_id, task_type_code, den)
  );
  CREATE INDEX report_month_finished_empty_idx ON report_month_finished (month) WHERE tasks = 0;

  -- Each finished task with a bid and time on it, with its speed-up bucket.
  CREATE TABLE report_task_speed (
    task_id       uuid NOT NULL,
    hours_per_day numeric NOT NULL,
    production_id uuid NOT NULL,
    task_path     task_path NOT NULL,
    month         date NOT NULL,
    bucket        int NOT NULL,
    speed         numeric NOT NULL,
    num           numeric NOT NULL,
    den           numeric NOT NULL,
    wall_ms       bigint NOT NULL,
    minutes       bigint NOT NULL,
    PRIMARY KEY (task_id, hours_per_day)
  );
  CREATE INDEX report_task_speed_bucket_idx ON report_task_speed (bucket, month)
    INCLUDE (task_id, hours_per_day, production_id, task_path, speed, num, den, wall_ms, minutes);

  CREATE TABLE report_month_speed (
    month         date NOT NULL,
    production_id uuid NOT NULL,
    hours_per_day numeric NOT NULL,
    task_path     task_path NOT NULL,
    bucket        int NOT NULL,
    tasks         int NOT NULL,
    PRIMARY KEY (month, production_id, hours_per_day, task_path, bucket)
  );
  CREATE INDEX report_month_speed_empty_idx ON report_month_speed (month) WHERE tasks = 0;

  CREATE TYPE report_finished_input AS (
    task_id uuid, production_id uuid, task_path task_path, baseline_role_id uuid, task_type_code text,
    last_ai_finished_at timestamptz, baseline_hours_override numeric, frame_count int, human_minutes bigint,
    craft_minutes_baseline bigint, wall_ms bigint, bid_unit bid_unit, bid_most_likely numeric, sign int
  );
`;

/**
 * report_task rows of `rows` as signed report_finished_input, with the bid template that `join`
 * names `b` (by default the task's template as it stands).
 */
const inputs = (
  rows: string,
  sign: number,
  join = 'LEFT JOIN bid_template b ON b.id = r.bid_template_id',
) => `
  SELECT (r.task_id, r.production_id, r.task_path, r.baseline_role_id, r.task_type_code, r.last_ai_finished_at,
    r.baseline_hours_override, r.frame_count, r.human_minutes, r.craft_minutes_baseline, r.wall_ms,
    b.unit, b.most_likely, ${sign})::report_finished_input AS i
  FROM ${rows} r ${join}
  WHERE r.last_ai_finished_at IS NOT NULL`;

/**
 * Per task and registered hours a day: B(t) as num / den (bidFromStoredTemplate's rule, as the
 * ledger computed it), the minutes on it and the speed-up S = B / (machine + human hours).
 */
const terms = (source: string) => `
  SELECT i.task_id, d.hours_per_day, i.production_id, i.task_path, i.baseline_role_id, i.task_type_code, i.sign,
    ${runMonth('i.last_ai_finished_at')} AS month, x.num, x.den, i.wall_ms, i.human_minutes AS minutes,
    i.craft_minutes_baseline AS craft,
    report_speed_bucket(y.speed) AS bucket, y.speed
  FROM ${source} i JOIN report_bid_day d ON d.production_id = i.production_id
  CROSS JOIN LATERAL (SELECT
    CASE WHEN i.baseline_hours_override IS NOT NULL THEN i.baseline_hours_override
         WHEN i.bid_unit = 'SHOT' THEN i.bid_most_likely
         WHEN i.bid_unit = 'FRAME' AND d.hours_per_day > 0 THEN i.frame_count * d.hours_per_day END AS num,
    CASE WHEN i.baseline_hours_override IS NULL AND i.bid_unit = 'FRAME' THEN i.bid_most_likely ELSE 1 END AS den) x
  CROSS JOIN LATERAL (SELECT CASE WHEN x.num IS NOT NULL AND i.wall_ms + i.human_minutes * 60000 > 0
    THEN x.num * 3600000 / (x.den * (i.wall_ms + i.human_minutes * 60000)) END AS speed) y`;

const FRESH_VIEWS = `
  -- Buckets of speed-up twelve to a tenfold (the E12 series: 1, 1.2, 1.5, 1.8, 2.2, 2.7, 3.3, 3.9,
  -- 4.7, 5.6, 6.8, 8.2), below 0.1 by hundredths; integer arithmetic on floor(100 x S), so a
  -- larger S never gets a smaller bucket.
  CREATE FUNCTION report_speed_bucket(speed numeric) RETURNS int LANGUAGE plpgsql IMMUTABLE STRICT AS $$
  DECLARE
    f bigint := floor(100 * speed);
    digits int := length(f::text);
    lead int;
  BEGIN
    IF f < 10 THEN
      RETURN f - 10;
    END IF;
    lead := div(f, 10::numeric ^ (digits - 2));
    RETURN (digits - 2) * 12 + CASE WHEN lead >= 82 THEN 11 WHEN lead >= 68 THEN 10 WHEN lead >= 56 THEN 9 WHEN lead >= 47 THEN 8
      WHEN lead >= 39 THEN 7 WHEN lead >= 33 THEN 6 WHEN lead >= 27 THEN 5 WHEN lead >= 22 THEN 4 WHEN lead >= 18 THEN 3
      WHEN lead >= 15 THEN 2 WHEN lead >= 12 THEN 1 ELSE 0 END;
  END $$;

  CREATE VIEW report_quarter_tasks_fresh AS
  SELECT (m.month - make_interval(months => k))::date AS quarter_start, m.production_id, m.task_path,
    count(DISTINCT m.task_id)::int AS tasks
  FROM report_task_month m CROSS JOIN generate_series(0, 2) k
  GROUP BY 1, 2, 3;

  CREATE VIEW report_month_finished_hours_fresh AS
  SELECT ${runMonth('last_ai_finished_at')} AS month, production_id, task_path, labour_role_id,
    sum(craft_minutes + ai_work_minutes)::bigint AS minutes, sum(entries)::int AS entries
  FROM report_task_role WHERE last_ai_finished_at IS NOT NULL
  GROUP BY 1, 2, 3, 4;

  CREATE VIEW report_month_finished_ai_fresh AS
  SELECT ${runMonth('last_ai_finished_at')} AS month, production_id, task_path, currency, sum(runs)::int AS runs,
    sum(wall_ms)::bigint AS wall_ms, sum(compute_cost_minor)::bigint AS compute_cost_minor,
    sum(licence_fee_minor)::bigint AS licence_fee_minor
  FROM report_task_ai_cost
  GROUP BY 1, 2, 3, 4;

  CREATE VIEW report_finished_terms AS ${terms(`(SELECT (x.i).* FROM (${inputs('report_task', 1)}) x)`)};

  CREATE VIEW report_month_finished_fresh AS
  SELECT month, production_id, hours_per_day, task_path, baseline_role_id, task_type_code, den, count(*)::int AS tasks,
    count(*) FILTER (WHERE num IS NULL)::int AS unbid, coalesce(sum(num), 0) AS baseline_num,
    coalesce(sum(greatest(0, 60 * num - craft * den)), 0) AS displaced_num60
  FROM report_finished_terms
  GROUP BY 1, 2, 3, 4, 5, 6, 7;

  CREATE VIEW report_task_speed_fresh AS
  SELECT task_id, hours_per_day, production_id, task_path, month, bucket, speed, num, den, wall_ms, minutes
  FROM report_finished_terms WHERE speed IS NOT NULL;

  CREATE VIEW report_month_speed_fresh AS
  SELECT month, production_id, hours_per_day, task_path, bucket, count(*)::int AS tasks
  FROM report_task_speed_fresh
  GROUP BY 1, 2, 3, 4, 5;
`;

/**
 * `name`_inserted, _updated and _deleted: statement triggers on `table` with their transition
 * tables (new_rows, old_rows), each calling `name`_changed().
 */
const statementTriggers = (table: string, name: string) => `
  CREATE TRIGGER ${name}_inserted AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ${name}_changed();
  CREATE TRIGGER ${name}_updated AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ${name}_changed();
  CREATE TRIGGER ${name}_deleted AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ${name}_changed();
`;

/**
 * A statement trigger on `table` (INSERT, UPDATE and DELETE) handing its old and new rows, as
 * arrays of the table's row type, to `apply(olds, news)`. `moved`, if given, keeps only the updated
 * rows (matched on `key`) whose change matters to the rollup.
 */
const rowTriggers = (
  table: string,
  name: string,
  apply: string,
  moved?: { key: string; changed: string },
) => {
  const updated = (alias: string, rows: string, other: string, otherRows: string) =>
    moved
      ? `FROM ${rows} ${alias} JOIN ${otherRows} ${other} USING (${moved.key}) WHERE ${moved.changed}`
      : `FROM ${rows} ${alias}`;
  return `
  CREATE FUNCTION ${name}_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    olds ${table}[] := '{}';
    news ${table}[] := '{}';
  BEGIN
    IF ${REBUILDING} THEN
      RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
      SELECT coalesce(array_agg(n), '{}') INTO news FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
      SELECT coalesce(array_agg(o), '{}') INTO olds FROM old_rows o;
    ELSE
      SELECT coalesce(array_agg(o), '{}') INTO olds ${updated('o', 'old_rows', 'n', 'new_rows')};
      SELECT coalesce(array_agg(n), '{}') INTO news ${updated('n', 'new_rows', 'o', 'old_rows')};
    END IF;
    IF cardinality(olds) + cardinality(news) > 0 THEN
      PERFORM ${apply}(olds, news);
    END IF;
    RETURN NULL;
  END $$;
${statementTriggers(table, name)}`;
};

const QUARTER_TASKS = `
  -- The windows each changed task is in before and after, one -1 and one +1 per window: a task
  -- counts once in a window however many of its months it worked there. The task's rows are all
  -- read, complete because the writer holds the task's report_task row.
  CREATE FUNCTION report_apply_quarter_tasks(olds report_task_month[], news report_task_month[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    WITH after AS (
      SELECT m.task_id, m.month, m.production_id, m.task_path FROM report_task_month m
      WHERE m.task_id IN (SELECT o.task_id FROM unnest(olds) o UNION SELECT n.task_id FROM unnest(news) n)
    ),
    before AS (
      SELECT a.* FROM after a WHERE NOT EXISTS (SELECT 1 FROM unnest(news) n WHERE n.task_id = a.task_id AND n.month = a.month)
      UNION ALL SELECT o.task_id, o.month, o.production_id, o.task_path FROM unnest(olds) o
    ),
    windows AS (
      SELECT DISTINCT x.sign, x.task_id, (x.month - make_interval(months => k))::date AS quarter_start, x.production_id, x.task_path
      FROM (SELECT -1 AS sign, b.* FROM before b UNION ALL SELECT 1, a.* FROM after a) x CROSS JOIN generate_series(0, 2) k
    )
    INSERT INTO report_quarter_tasks AS q (quarter_start, production_id, task_path, tasks)
    SELECT quarter_start, production_id, task_path, sum(sign) FROM windows
    GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (quarter_start, production_id, task_path) DO UPDATE SET tasks = q.tasks + excluded.tasks;
    DELETE FROM report_quarter_tasks WHERE tasks = 0;
  END $$;
  ${rowTriggers('report_task_month', 'report_task_month_quarters', 'report_apply_quarter_tasks', {
    // Only a change of production or path moves a month's row between windows; entries do not.
    key: 'task_id, month',
    changed: '(o.production_id, o.task_path) IS DISTINCT FROM (n.production_id, n.task_path)',
  })}
`;

// Signed rows of the finished tasks' per-task sums; a row with no last AI finish counts nowhere.
const SIGNED = `
  (SELECT -1 AS sign, o.* FROM unnest(olds) o UNION ALL SELECT 1, n.* FROM unnest(news) n) x
  WHERE x.last_ai_finished_at IS NOT NULL`;

const FINISHED_SUMS = `
  CREATE FUNCTION report_apply_finished_hours(olds report_task_role[], news report_task_role[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO report_month_finished_hours AS h (month, production_id, task_path, labour_role_id, minutes, entries)
    SELECT ${runMonth('x.last_ai_finished_at')}, x.production_id, x.task_path, x.labour_role_id,
      sum(x.sign * (x.craft_minutes + x.ai_work_minutes)), sum(x.sign * x.entries)
    FROM ${SIGNED}
    GROUP BY 1, 2, 3, 4 HAVING sum(x.sign * (x.craft_minutes + x.ai_work_minutes)) <> 0 OR sum(x.sign * x.entries) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (month, production_id, task_path, labour_role_id) DO UPDATE SET minutes = h.minutes + excluded.minutes,
      entries = h.entries + excluded.entries;
    DELETE FROM report_month_finished_hours WHERE entries = 0;
  END $$;
  ${rowTriggers('report_task_role', 'report_task_role_finished', 'report_apply_finished_hours')}

  CREATE FUNCTION report_apply_finished_ai(olds report_task_ai_cost[], news report_task_ai_cost[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO report_month_finished_ai AS a (month, production_id, task_path, currency, runs, wall_ms, compute_cost_minor, licence_fee_minor)
    SELECT ${runMonth('x.last_ai_finished_at')}, x.production_id, x.task_path, x.currency, sum(x.sign * x.runs),
      sum(x.sign * x.wall_ms), sum(x.sign * x.compute_cost_minor), sum(x.sign * x.licence_fee_minor)
    FROM ${SIGNED}
    GROUP BY 1, 2, 3, 4
    HAVING sum(x.sign * x.runs) <> 0 OR sum(x.sign * x.wall_ms) <> 0 OR sum(x.sign * x.compute_cost_minor) <> 0
      OR sum(x.sign * x.licence_fee_minor) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (month, production_id, task_path, currency) DO UPDATE SET runs = a.runs + excluded.runs,
      wall_ms = a.wall_ms + excluded.wall_ms, compute_cost_minor = a.compute_cost_minor + excluded.compute_cost_minor,
      licence_fee_minor = a.licence_fee_minor + excluded.licence_fee_minor;
    DELETE FROM report_month_finished_ai WHERE runs = 0;
  END $$;
  ${rowTriggers('report_task_ai_cost', 'report_task_ai_cost_finished', 'report_apply_finished_ai')}
`;

const REPRICED = '(SELECT * FROM report_task WHERE bid_template_id = ANY (changed))';

const FINISHED_TERMS = `
  -- Signed per-task inputs in, their terms out of the three bid-day rollups.
  CREATE FUNCTION report_apply_finished_terms(deltas report_finished_input[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO report_month_finished AS f (month, production_id, hours_per_day, task_path, baseline_role_id, task_type_code, den,
      tasks, unbid, baseline_num, displaced_num60)
    SELECT t.month, t.production_id, t.hours_per_day, t.task_path, t.baseline_role_id, t.task_type_code, t.den, sum(t.sign),
      coalesce(sum(t.sign) FILTER (WHERE t.num IS NULL), 0), coalesce(sum(t.sign * t.num), 0),
      coalesce(sum(t.sign * greatest(0, 60 * t.num - t.craft * t.den)), 0)
    FROM (${terms('unnest(deltas)')}) t
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING sum(t.sign) <> 0 OR coalesce(sum(t.sign * t.num), 0) <> 0 OR coalesce(sum(t.sign * greatest(0, 60 * t.num - t.craft * t.den)), 0) <> 0
      OR coalesce(sum(t.sign) FILTER (WHERE t.num IS NULL), 0) <> 0
    ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (month, production_id, hours_per_day, task_path, baseline_role_id, task_type_code, den) DO UPDATE SET
      tasks = f.tasks + excluded.tasks, unbid = f.unbid + excluded.unbid, baseline_num = f.baseline_num + excluded.baseline_num,
      displaced_num60 = f.displaced_num60 + excluded.displaced_num60;
    DELETE FROM report_month_finished WHERE tasks = 0;

    INSERT INTO report_month_speed AS s (month, production_id, hours_per_day, task_path, bucket, tasks)
    SELECT t.month, t.production_id, t.hours_per_day, t.task_path, t.bucket, sum(t.sign)
    FROM (${terms('unnest(deltas)')}) t WHERE t.speed IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(t.sign) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (month, production_id, hours_per_day, task_path, bucket) DO UPDATE SET tasks = s.tasks + excluded.tasks;
    DELETE FROM report_month_speed WHERE tasks = 0;

    DELETE FROM report_task_speed WHERE task_id IN (SELECT d.task_id FROM unnest(deltas) d WHERE d.sign < 0);
    INSERT INTO report_task_speed (task_id, hours_per_day, production_id, task_path, month, bucket, speed, num, den, wall_ms, minutes)
    SELECT t.task_id, t.hours_per_day, t.production_id, t.task_path, t.month, t.bucket, t.speed, t.num, t.den, t.wall_ms, t.minutes
    FROM (${terms('unnest(deltas)')}) t WHERE t.speed IS NOT NULL AND t.sign > 0;
  END $$;

  CREATE FUNCTION report_task_terms_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    deltas report_finished_input[];
  BEGIN
    IF ${REBUILDING} THEN
      RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(x.i) INTO deltas FROM (${inputs('new_rows', 1)}) x;
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg(x.i) INTO deltas FROM (${inputs('old_rows', -1)}) x;
    ELSE
      SELECT array_agg(x.i) INTO deltas FROM (${inputs('old_rows', -1)} UNION ALL ${inputs('new_rows', 1)}) x;
    END IF;
    IF deltas IS NOT NULL THEN
      PERFORM report_apply_finished_terms(deltas);
    END IF;
    RETURN NULL;
  END $$;
${statementTriggers('report_task', 'report_task_terms')}
  -- A template's new most likely figure or unit re-prices its finished tasks: out at the old
  -- figures, in at the new, with those tasks' report_task rows locked so writers queue behind.
  CREATE FUNCTION report_bid_template_terms_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    changed uuid[];
    deltas report_finished_input[];
  BEGIN
    SELECT array_agg(n.id) INTO changed FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.unit, n.most_likely) IS DISTINCT FROM (o.unit, o.most_likely);
    IF changed IS NULL THEN
      RETURN NULL;
    END IF;
    PERFORM 1 FROM report_task WHERE bid_template_id = ANY (changed) AND last_ai_finished_at IS NOT NULL ORDER BY task_id FOR UPDATE;
    SELECT array_agg(x.i) INTO deltas FROM (
      ${inputs(REPRICED, -1, 'JOIN old_rows b ON b.id = r.bid_template_id')}
      UNION ALL ${inputs(REPRICED, 1, 'JOIN new_rows b ON b.id = r.bid_template_id')}
    ) x;
    IF deltas IS NOT NULL THEN
      PERFORM report_apply_finished_terms(deltas);
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER report_bid_template_terms AFTER UPDATE ON bid_template REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_bid_template_terms_changed();
`;

/** The order a bulk load writes a rollup's rows in (its output columns, as `ORDER BY` lists them), or none. */
export type RollupOrder = Partial<Record<string, string>>;
const ordered = (order: RollupOrder, table: string) => (order[table] ? ` ORDER BY ${order[table]}` : '');

/**
 * Adds these (production, hours a day) pairs, each computed from report_task. Writers of
 * report_task and bid_template wait meanwhile, and the ones in flight are waited for, so the new
 * pair's rows start from every committed change and every later change moves them. Answers how
 * many pairs were new.
 */
export const registerBidDays = (order: RollupOrder = {}) => `
  CREATE OR REPLACE FUNCTION report_register_bid_days(ids uuid[], days numeric[]) RETURNS int LANGUAGE plpgsql AS $$
  DECLARE
    added_ids uuid[];
    added_days numeric[];
  BEGIN
    IF NOT EXISTS (SELECT 1 FROM unnest(ids, days) h(production_id, hours_per_day)
                   WHERE NOT EXISTS (SELECT 1 FROM report_bid_day d WHERE d.production_id = h.production_id AND d.hours_per_day = h.hours_per_day)) THEN
      RETURN 0;
    END IF;
    LOCK TABLE report_task, bid_template IN SHARE MODE;
    WITH added AS (
      INSERT INTO report_bid_day SELECT DISTINCT h.production_id, h.hours_per_day FROM unnest(ids, days) h(production_id, hours_per_day)
      ON CONFLICT DO NOTHING RETURNING production_id, hours_per_day
    )
    SELECT array_agg(production_id), array_agg(hours_per_day) INTO added_ids, added_days FROM added;
    IF added_ids IS NULL THEN
      RETURN 0;
    END IF;
    ${BID_DAY_ROLLUPS.map(
      (table) => `INSERT INTO ${table} SELECT f.* FROM ${table}_fresh f
      JOIN unnest(added_ids, added_days) a(production_id, hours_per_day) ON a.production_id = f.production_id AND a.hours_per_day = f.hours_per_day${ordered(order, table)};`,
    ).join('\n    ')}
    RETURN cardinality(added_ids);
  END $$;
`;

/** The reload of migration 040, then these rollups from their views (their triggers stand aside). */
export const rebuildAggregates = (order: RollupOrder = {}) => `
  CREATE OR REPLACE FUNCTION report_rebuild_aggregates() RETURNS void LANGUAGE plpgsql SET work_mem = '256MB' AS $$
  BEGIN
    PERFORM set_config('frameledger.report_rebuild', 'on', true);
    PERFORM report_rebuild_base_aggregates();
    PERFORM set_config('frameledger.report_rebuild', 'off', true);
    TRUNCATE ${ROLLUPS.join(', ')};
    ${ROLLUPS.map((table) => `INSERT INTO ${table} SELECT * FROM ${table}_fresh${ordered(order, table)};`).join('\n    ')}
  END $$;
`;

const MAINTENANCE = `
  ${registerBidDays()}
  ALTER FUNCTION report_rebuild_aggregates() RENAME TO report_rebuild_base_aggregates;
  ${rebuildAggregates()}
`;

const drift = (tables: string[]) => `
  CREATE OR REPLACE FUNCTION report_aggregate_drift() RETURNS TABLE (aggregate text, stored_only bigint, fresh_only bigint) LANGUAGE sql AS $$
    ${tables
      .map(
        (table) => `
    SELECT '${table}'::text, (SELECT count(*) FROM (TABLE ${table} EXCEPT ALL TABLE ${table}_fresh) x),
      (SELECT count(*) FROM (TABLE ${table}_fresh EXCEPT ALL TABLE ${table}) x)`,
      )
      .join(' UNION ALL ')}
  $$;
`;
