import { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildAggregates, registerBidDays, RollupOrder } from './1764000001950-report-month-rollups';

/**
 * The bid-day rollups are written in the order the reports read them, so a report reads a few
 * pages of each, not one page per row. The median speed-up reads one bucket's tasks over a
 * quarter: at 1,000,000 tasks that was 5,112 rows on 3,511 pages of report_task_speed (8.5 ms of
 * the query's 26 ms) whenever the visibility map was not yet set for an index-only scan, as right
 * after the bulk load that registering a production writes.
 *
 * Registering a (production, hours a day) pair and the full reload now write in this order, and
 * the rows already there are rewritten in it once (CLUSTER, which locks each table while it runs:
 * seconds at a million tasks). Rows that writers move later land wherever there is room, as before.
 */
const ORDER: RollupOrder = {
  report_task_speed: 'bucket, month',
  report_month_speed: 'month, production_id',
  report_month_finished: 'month, production_id',
};

export class ReportRollupOrder1764000001960 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(registerBidDays(ORDER));
    await q.query(rebuildAggregates(ORDER));
    await q.query(`
      CLUSTER report_task_speed USING report_task_speed_bucket_idx;
      CLUSTER report_month_speed USING report_month_speed_pkey;
      CLUSTER report_month_finished USING report_month_finished_pkey;
      ANALYZE report_task_speed, report_month_speed, report_month_finished;
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(registerBidDays());
    await q.query(rebuildAggregates());
  }
}
