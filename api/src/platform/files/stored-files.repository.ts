import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { StoredBlob } from './file-store';
import type { FileKind } from './file-kind';

export interface StoredFileRow {
  id: string;
  sha256: string;
  sizeBytes: number;
  mediaType: string;
  originalName: string;
  kind: FileKind;
}

const COLUMNS = `id, sha256, size_bytes::float8 AS "sizeBytes", media_type AS "mediaType", original_name AS "originalName", kind`;

@Injectable()
export class StoredFilesRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * The row for this content as this kind: the existing one when the same bytes were stored
   * before as the same kind. The same bytes as another kind get their own row, so a file's name
   * and who may read it never come from another use of its bytes.
   */
  async record(
    blob: StoredBlob,
    file: { mediaType: string; originalName: string; kind: FileKind },
    actorId: string | null,
    manager: EntityManager,
  ): Promise<StoredFileRow & { created: boolean }> {
    const [inserted] = await manager.query(
      `INSERT INTO stored_file (sha256, size_bytes, media_type, original_name, created_by, kind)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (sha256, kind) DO NOTHING RETURNING ${COLUMNS}`,
      [blob.sha256, blob.sizeBytes, file.mediaType, file.originalName, actorId, file.kind],
    );
    if (inserted) return { ...inserted, created: true };
    // A separate statement, so it sees a row another transaction committed while this one waited on it.
    return { ...(await this.findBySha256(blob.sha256, file.kind, manager))!, created: false };
  }

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<StoredFileRow | undefined> {
    const rows = await manager.query(`SELECT ${COLUMNS} FROM stored_file WHERE id = $1`, [id]);
    return rows[0];
  }

  async findBySha256(
    sha256: string,
    kind: FileKind,
    manager: EntityManager = this.db.manager,
  ): Promise<StoredFileRow | undefined> {
    const rows = await manager.query(`SELECT ${COLUMNS} FROM stored_file WHERE sha256 = $1 AND kind = $2`, [
      sha256,
      kind,
    ]);
    return rows[0];
  }

  /**
   * The productions the file belongs to: a job's render or input frame, a frame of a folder uploaded
   * for a production, a vendor run's output, a consent's signed document (by its sha256). The same
   * bytes may belong to several. A model, a report or a studio frame no job has used belongs to none.
   */
  async productionsOf(id: string): Promise<string[]> {
    const rows: { productionId: string }[] = await this.db.query(
      `SELECT j.production_id AS "productionId" FROM render r JOIN inference_job j ON j.id = r.job_id
        WHERE r.output_file_id = $1 OR r.thumbnail_file_id = $1
       UNION SELECT j.production_id FROM inference_job_frame f JOIN inference_job j ON j.id = f.job_id WHERE f.file_id = $1
       UNION SELECT ff.production_id FROM frame_folder_frame fr JOIN frame_folder ff ON ff.id = fr.folder_id
        WHERE fr.file_id = $1 AND ff.production_id IS NOT NULL
       UNION SELECT t.production_id FROM ai_run_output o JOIN ai_run a ON a.id = o.ai_run_id JOIN task t ON t.id = a.task_id
        WHERE o.file_id = $1
       UNION SELECT c.production_id FROM consent c JOIN stored_file sf ON sf.sha256 = c.document_sha256 WHERE sf.id = $1`,
      [id],
    );
    return rows.map((r) => r.productionId);
  }
}
