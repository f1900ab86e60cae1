import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Machine time is priced once, where a report sums it, not per job. Each AI cost line keeps its
 * exact cost as compute_cost_minor_ms: machine milliseconds x the price in minor units per hour,
 * that is the cost x 3,600,000 (a 57 s CPU job at USD 0.18 an hour: 1,026,000, or 0.285 cents).
 * compute_cost_minor stays the line's own figure, that rounded half-even, and a CHECK holds the
 * two together. A line booked or repriced in whole minor units (a vendor's invoice) gets its exact
 * cost from them: the trigger fills compute_cost_minor_ms whenever the writer does not set it.
 *
 * The rollups that summed compute_cost_minor sum compute_cost_minor_ms instead (the column, the
 * views that recompute it and the trigger functions that keep it). Their bodies come from several
 * earlier migrations, so they are rewritten here from the database's own definitions with the
 * column renamed, rather than restated; the down step renames back the same way.
 */
const EXACT = 'compute_cost_minor_ms';
const ROUNDED = 'compute_cost_minor';
const ROLLUPS = ['report_task_ai_cost', 'report_month_ai', 'report_month_finished_ai'];
const VIEWS = ROLLUPS.map((t) => `${t}_fresh`);
const FUNCTIONS = [
  'report_ai_run_changed',
  'report_shift_task_sums',
  'report_apply_ai_deltas',
  'report_apply_finished_ai',
];

/** Minor units x 3,600,000, rounded half-even back to minor units (values are never negative). */
const HALF_EVEN = (ms: string) => `
  (${ms} / 3600000 + CASE WHEN 2 * (${ms} % 3600000) > 3600000
    OR (2 * (${ms} % 3600000) = 3600000 AND (${ms} / 3600000) % 2 = 1) THEN 1 ELSE 0 END)`;

export class ExactMachineTime1764000001970 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ai_run ADD COLUMN ${EXACT} bigint`);
    // The lines already booked are exact at the figure they were booked at; their rollups do not move.
    await withoutRollupTriggers(q, `UPDATE ai_run SET ${EXACT} = ${ROUNDED} * 3600000`);
    await q.query(`
      ALTER TABLE ai_run ALTER COLUMN ${EXACT} SET NOT NULL,
        ADD CONSTRAINT ai_run_exact_cost_check CHECK (${EXACT} >= 0 AND ${ROUNDED} = ${HALF_EVEN(EXACT)});
      CREATE FUNCTION ai_run_exact_cost() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' AND NEW.${EXACT} IS NULL
          OR TG_OP = 'UPDATE' AND NEW.${EXACT} IS NOT DISTINCT FROM OLD.${EXACT} THEN
          NEW.${EXACT} := NEW.${ROUNDED} * 3600000;
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER ai_run_exact_cost BEFORE INSERT OR UPDATE OF ${ROUNDED} ON ai_run
        FOR EACH ROW EXECUTE FUNCTION ai_run_exact_cost();
      ALTER TYPE report_ai_delta RENAME ATTRIBUTE ${ROUNDED} TO ${EXACT};
    `);
    await renameInRollups(q, ROUNDED, EXACT);
    for (const table of ROLLUPS) {
      await withoutRollupTriggers(q, `UPDATE ${table} SET ${EXACT} = ${EXACT} * 3600000`, table);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await renameInRollups(q, EXACT, ROUNDED);
    await q.query(`
      ALTER TYPE report_ai_delta RENAME ATTRIBUTE ${EXACT} TO ${ROUNDED};
      DROP TRIGGER ai_run_exact_cost ON ai_run;
      DROP FUNCTION ai_run_exact_cost();
      ALTER TABLE ai_run DROP COLUMN ${EXACT};
      SELECT report_rebuild_aggregates();
    `);
  }
}

/** Renames the column in the rollup tables, their fresh views and the functions that keep them. */
async function renameInRollups(q: QueryRunner, from: string, to: string): Promise<void> {
  const word = new RegExp(`\\b${from}\\b`, 'g');
  for (const table of ROLLUPS) await q.query(`ALTER TABLE ${table} RENAME COLUMN ${from} TO ${to}`);
  for (const view of VIEWS) {
    const [{ definition }] = await q.query(`SELECT pg_get_viewdef($1::regclass) AS definition`, [view]);
    await q.query(`ALTER VIEW ${view} RENAME COLUMN ${from} TO ${to}`);
    await q.query(`CREATE OR REPLACE VIEW ${view} AS ${definition.replace(word, to)}`);
  }
  for (const fn of FUNCTIONS) {
    const [{ definition }] = await q.query(`SELECT pg_get_functiondef($1::regproc) AS definition`, [fn]);
    await q.query(definition.replace(word, to));
  }
}

/**
 * Runs a statement that rewrites a unit in place with the rollup triggers off: the rows' sums do
 * not change meaning, so passing the change on (hundreds of thousands of rows) would be wasted work.
 */
async function withoutRollupTriggers(q: QueryRunner, sql: string, table = 'ai_run'): Promise<void> {
  await q.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  await q.query(sql);
  await q.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
}
