import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { FolderFrameType, FrameFolderType } from './frame-folder.types';

export interface NewFrameFolder {
  name: string;
  firstFrame: number;
  width: number;
  height: number;
  frames: Array<{ number: number; name: string; fileId: string }>;
}

const FOLDER_COLUMNS = `id, name, first_frame AS "firstFrame", first_frame + frame_count - 1 AS "lastFrame",
  frame_count AS "frameCount", width, height, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"`;

@Injectable()
export class FrameFoldersRepository {
  constructor(private readonly db: DataSource) {}

  async insert(
    folder: NewFrameFolder,
    actorId: string | null,
    manager: EntityManager,
  ): Promise<FrameFolderType> {
    const [row] = await manager.query(
      `INSERT INTO frame_folder (name, first_frame, frame_count, width, height, created_by) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING ${FOLDER_COLUMNS}`,
      [folder.name, folder.firstFrame, folder.frames.length, folder.width, folder.height, actorId],
    );
    await manager.query(
      `INSERT INTO frame_folder_frame (folder_id, frame_number, file_id, name)
       SELECT $1, f.number, f."fileId", f.name FROM json_to_recordset($2::json) AS f(number int, "fileId" uuid, name text)`,
      [row.id, JSON.stringify(folder.frames)],
    );
    return row;
  }

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<FrameFolderType | undefined> {
    const rows = await manager.query(`SELECT ${FOLDER_COLUMNS} FROM frame_folder WHERE id = $1`, [id]);
    return rows[0];
  }

  async list(offset: number, limit: number): Promise<{ rows: FrameFolderType[]; total: number }> {
    const rows = await this.db.query(
      `SELECT ${FOLDER_COLUMNS} FROM frame_folder ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM frame_folder`);
    return { rows, total: n };
  }

  async frames(folderId: string, offset: number, limit: number): Promise<FolderFrameType[]> {
    return this.db.query(
      `SELECT ff.frame_number AS number, ff.name, ff.file_id AS "fileId", f.sha256
       FROM frame_folder_frame ff JOIN stored_file f ON f.id = ff.file_id
       WHERE ff.folder_id = $1 ORDER BY ff.frame_number LIMIT $2 OFFSET $3`,
      [folderId, limit, offset],
    );
  }
}
