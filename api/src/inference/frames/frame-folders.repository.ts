import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { FolderFrameType, FrameFolderType } from './frame-folder.types';

export interface NewFrameFolder {
  name: string;
  firstFrame: number;
  width: number;
  height: number;
  /** The production the plates are for; null: a studio folder. */
  productionId: string | null;
  /** hasAlpha: as the image's header says; null where unknown. */
  frames: Array<{ number: number; name: string; fileId: string; hasAlpha: boolean | null }>;
}

const FOLDER_COLUMNS = `id, name, first_frame AS "firstFrame", first_frame + frame_count - 1 AS "lastFrame",
  frame_count AS "frameCount", width, height, production_id AS "productionId", to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"`;

@Injectable()
export class FrameFoldersRepository {
  constructor(private readonly db: DataSource) {}

  async insert(
    folder: NewFrameFolder,
    actorId: string | null,
    manager: EntityManager,
  ): Promise<FrameFolderType> {
    const [row] = await manager.query(
      `INSERT INTO frame_folder (name, first_frame, frame_count, width, height, created_by, production_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${FOLDER_COLUMNS}`,
      [
        folder.name,
        folder.firstFrame,
        folder.frames.length,
        folder.width,
        folder.height,
        actorId,
        folder.productionId,
      ],
    );
    await manager.query(
      `INSERT INTO frame_folder_frame (folder_id, frame_number, file_id, name, has_alpha)
       SELECT $1, f.number, f."fileId", f.name, f."hasAlpha"
       FROM json_to_recordset($2::json) AS f(number int, "fileId" uuid, name text, "hasAlpha" boolean)`,
      [row.id, JSON.stringify(folder.frames)],
    );
    return row;
  }

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<FrameFolderType | undefined> {
    const rows = await manager.query(`SELECT ${FOLDER_COLUMNS} FROM frame_folder WHERE id = $1`, [id]);
    return rows[0];
  }

  /** Newest first; `only`: these productions' folders alone (a scoped person's), else every folder. */
  async list(
    offset: number,
    limit: number,
    only?: readonly string[],
  ): Promise<{ rows: FrameFolderType[]; total: number }> {
    const where = `($1::uuid[] IS NULL OR production_id = ANY($1))`;
    const rows = await this.db.query(
      `SELECT ${FOLDER_COLUMNS} FROM frame_folder WHERE ${where} ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [only ?? null, limit, offset],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM frame_folder WHERE ${where}`, [
      only ?? null,
    ]);
    return { rows, total: n };
  }

  async frames(folderId: string, offset: number, limit: number): Promise<FolderFrameType[]> {
    return this.db.query(
      `SELECT ff.frame_number AS number, ff.name, ff.file_id AS "fileId", f.sha256, ff.has_alpha AS "hasAlpha"
       FROM frame_folder_frame ff JOIN stored_file f ON f.id = ff.file_id
       WHERE ff.folder_id = $1 ORDER BY ff.frame_number LIMIT $2 OFFSET $3`,
      [folderId, limit, offset],
    );
  }
}
