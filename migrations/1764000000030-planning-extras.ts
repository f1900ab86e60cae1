import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the planning API needs beyond the domain schema:
 * - a production's reporting currency (DERRUMBE budgets in ARS and reports in USD);
 * - the person-day index matched case-insensitively, because the 24-hours-a-day check treats
 *   "Jane Doe" and "jane doe" as one person (as the CSV import does) and must stay an index scan
 *   when a 5,000-entry batch is checked against what is stored.
 */
export class PlanningExtras1764000000030 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE production ADD COLUMN reporting_currency char(3)
        CHECK (reporting_currency ~ '^[A-Z]{3}$');
      DROP INDEX time_entry_person_day_idx;
      CREATE INDEX time_entry_person_day_idx ON time_entry (lower(person), work_date);
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX time_entry_person_day_idx;
      CREATE INDEX time_entry_person_day_idx ON time_entry (person, work_date);
      ALTER TABLE production DROP COLUMN reporting_currency;
    `);
  }
}
