import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections of logged time, as accounts make them (docs/decisions/0016-time-entry-corrections.md).
 * An entry in an open month is changed or removed in place; one in a closed month stays as it was
 * booked and is cancelled by a reversing entry (the same task, person, role and kind, with its
 * minutes negated) in the first open month, beside the corrected entry when it was changed.
 * `reverses` and `corrects` link them to the original; an entry is reversed at most once.
 * The report aggregates (migration 1764000000040) sum signed minutes already, so a reversing
 * entry moves them by its negative minutes and counts as one more entry.
 */
export class TimeEntryCorrections1764000000620 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE time_entry
        ADD COLUMN reverses uuid REFERENCES time_entry(id),
        ADD COLUMN corrects uuid REFERENCES time_entry(id),
        DROP CONSTRAINT time_entry_minutes_check,
        ADD CONSTRAINT time_entry_minutes_check CHECK (
          CASE WHEN reverses IS NULL THEN minutes > 0 AND minutes <= 1440 ELSE minutes < 0 AND minutes >= -1440 END
        ),
        ADD CONSTRAINT time_entry_one_link CHECK (reverses IS NULL OR corrects IS NULL);
      CREATE UNIQUE INDEX time_entry_reverses_idx ON time_entry (reverses) WHERE reverses IS NOT NULL;
      CREATE INDEX time_entry_corrects_idx ON time_entry (corrects) WHERE corrects IS NOT NULL;
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM time_entry WHERE reverses IS NOT NULL;
      ALTER TABLE time_entry
        DROP CONSTRAINT time_entry_one_link,
        DROP CONSTRAINT time_entry_minutes_check,
        DROP COLUMN corrects,
        DROP COLUMN reverses,
        ADD CONSTRAINT time_entry_minutes_check CHECK (minutes > 0 AND minutes <= 1440);
    `);
  }
}
