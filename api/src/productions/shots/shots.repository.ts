import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ShotType } from './shot.types';

export type ShotRow = Omit<ShotType, 'episode'>;
export type NewShot = Omit<ShotRow, 'id' | 'productionId' | 'timeScalar'>;
/** What updateShot may change (the service sets frameCount whenever the frames change). */
export type ShotChanges = Partial<
  Pick<
    ShotRow,
    | 'code'
    | 'sequence'
    | 'frameIn'
    | 'frameOut'
    | 'frameCount'
    | 'fps'
    | 'description'
    | 'performerLikeness'
    | 'performerName'
  >
>;

// Columns updateShot may set, by the field name the service uses.
const SETTABLE: Record<keyof ShotChanges, string> = {
  code: 'code',
  sequence: 'sequence',
  frameIn: 'frame_in',
  frameOut: 'frame_out',
  frameCount: 'frame_count',
  fps: 'fps',
  description: 'description',
  performerLikeness: 'performer_likeness',
  performerName: 'performer_name',
};

const COLUMNS = `id, production_id AS "productionId", episode_id AS "episodeId", code, sequence, frame_in AS "frameIn",
  frame_out AS "frameOut", frame_count AS "frameCount", fps::float8 AS fps, description,
  performer_likeness AS "performerLikeness", performer_name AS "performerName", time_scalar::float8 AS "timeScalar"`;

@Injectable()
export class ShotsRepository {
  constructor(private readonly db: DataSource) {}

  async list(
    filter: { productionId: string; episodeId?: string; sequence?: string },
    offset: number,
    limit: number,
  ): Promise<{ rows: ShotRow[]; total: number }> {
    const where = `WHERE production_id = $1 AND ($2::uuid IS NULL OR episode_id = $2) AND ($3::text IS NULL OR sequence = $3)`;
    const params = [filter.productionId, filter.episodeId ?? null, filter.sequence ?? null];
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM shot ${where} ORDER BY code LIMIT $4 OFFSET $5`,
      [...params, limit, offset],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM shot ${where}`, params);
    return { rows, total: n };
  }

  byIds(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<ShotRow[]> {
    return manager.query(`SELECT ${COLUMNS} FROM shot WHERE id = ANY($1::uuid[])`, [ids]);
  }

  byCodes(
    productionId: string,
    codes: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<ShotRow[]> {
    return manager.query(`SELECT ${COLUMNS} FROM shot WHERE production_id = $1 AND code = ANY($2::text[])`, [
      productionId,
      codes,
    ]);
  }

  /**
   * One multi-row INSERT (unnest of column arrays): an import of thousands of shots is one statement.
   * An edit's import also records each shot's speed effect (time_scalar, docs/imports.md).
   */
  insertMany(
    productionId: string,
    shots: readonly (NewShot & { timeScalar?: number | null })[],
    actorId: string,
    manager: EntityManager,
  ): Promise<ShotRow[]> {
    const column = <K extends keyof NewShot>(key: K) => shots.map((s) => s[key]);
    return manager.query(
      `INSERT INTO shot (production_id, episode_id, code, sequence, frame_in, frame_out, frame_count, fps, description,
         performer_likeness, performer_name, time_scalar, created_by, updated_by)
       SELECT $1, e, c, s, fi, fo, fc, f, d, pl, pn, ts, $12, $12
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[], $8::numeric[], $9::text[],
         $10::boolean[], $11::text[], $13::numeric[]) WITH ORDINALITY AS x(e, c, s, fi, fo, fc, f, d, pl, pn, ts, n)
       ORDER BY n RETURNING ${COLUMNS}`,
      [
        productionId,
        column('episodeId'),
        column('code'),
        column('sequence'),
        column('frameIn'),
        column('frameOut'),
        column('frameCount'),
        column('fps'),
        column('description'),
        column('performerLikeness'),
        column('performerName'),
        actorId,
        shots.map((s) => s.timeScalar ?? null),
      ],
    );
  }

  /** Locks the shot row for the rest of the transaction (read-modify-write). */
  async findForUpdate(id: string, manager: EntityManager): Promise<ShotRow | undefined> {
    const rows = await manager.query(`SELECT ${COLUMNS} FROM shot WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0];
  }

  async update(id: string, changes: ShotChanges, actorId: string, manager: EntityManager): Promise<ShotRow> {
    const keys = Object.keys(changes) as Array<keyof ShotChanges>;
    const sets = keys.map((key, i) => `${SETTABLE[key]} = $${i + 3}`);
    // TypeORM answers an UPDATE with [rows, affected count], unlike an INSERT or SELECT.
    const [rows]: [ShotRow[], number] = await manager.query(
      `UPDATE shot SET ${[...sets, 'updated_by = $2', 'updated_at = now()'].join(', ')} WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, actorId, ...keys.map((key) => changes[key])],
    );
    return rows[0];
  }
}
