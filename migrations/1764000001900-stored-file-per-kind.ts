import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One stored_file row per content AND kind. With one row per content, bytes uploaded as a signed
 * consent document that had been stored before as a render (or the other way round) came back
 * as the earlier row: its name, and its kind, which decides who may download it. The blob store
 * stays content-addressed (one copy of the bytes); only the record of what the bytes are used as
 * is per kind. Every existing row keeps its id, so nothing that refers to a file changes.
 */
export class StoredFilePerKind1764000001900 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE stored_file DROP CONSTRAINT stored_file_sha256_key;
      ALTER TABLE stored_file ADD CONSTRAINT stored_file_sha256_kind_key UNIQUE (sha256, kind);
      COMMENT ON TABLE stored_file IS 'One row per content and kind; the bytes live once in the content-addressed store.';
    `);
  }

  /** Fails when the same bytes are stored under two kinds: merging them would reopen the leak. */
  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE stored_file DROP CONSTRAINT stored_file_sha256_kind_key;
      ALTER TABLE stored_file ADD CONSTRAINT stored_file_sha256_key UNIQUE (sha256);
    `);
  }
}
