import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A frame folder may belong to a production: plates uploaded for it. A person scoped to
 * productions uploads, lists and runs jobs on their productions' folders only; a folder with no
 * production (every folder before this, the demo's) stays a studio folder, open to studio-wide
 * operators on any task (docs/decisions/0037-scoped-people-see-their-share.md).
 */
export class FrameFolderProduction1764000001920 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE frame_folder ADD COLUMN production_id uuid REFERENCES production(id);
      CREATE INDEX frame_folder_production_idx ON frame_folder (production_id, created_at DESC);
      COMMENT ON COLUMN frame_folder.production_id IS 'The production the plates were uploaded for; null: a studio folder.';
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE frame_folder DROP COLUMN production_id`);
  }
}
