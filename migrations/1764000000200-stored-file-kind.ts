import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each stored file is, so GET /files/:id can check the role its kind needs (a signed
 * consent document is for governance readers, not for every signed-in user). Existing files
 * get their kind from what refers to them; a file nothing refers to yet was uploaded as a
 * consent document (the only upload recorded before anything points at it), and is treated
 * as the most restricted kind anyway.
 */
export class StoredFileKind1764000000200 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE stored_file ADD COLUMN kind text;
      UPDATE stored_file SET kind = 'MODEL' WHERE id IN (SELECT file_id FROM model_file);
      UPDATE stored_file SET kind = 'FRAME' WHERE kind IS NULL AND id IN (SELECT file_id FROM frame_folder_frame);
      UPDATE stored_file SET kind = 'RENDER' WHERE kind IS NULL
        AND id IN (SELECT output_file_id FROM render UNION SELECT thumbnail_file_id FROM render);
      UPDATE stored_file SET kind = 'CONSENT_DOCUMENT' WHERE kind IS NULL;
      -- Fail closed: a file recorded without a kind is treated as the most restricted.
      ALTER TABLE stored_file ALTER COLUMN kind SET DEFAULT 'CONSENT_DOCUMENT', ALTER COLUMN kind SET NOT NULL,
        ADD CONSTRAINT stored_file_kind CHECK (kind IN ('RENDER', 'FRAME', 'MODEL', 'CONSENT_DOCUMENT', 'REPORT'));
      COMMENT ON COLUMN stored_file.kind IS 'What the file is; GET /files/:id serves it to the roles its kind allows.';
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE stored_file DROP COLUMN kind`);
  }
}
