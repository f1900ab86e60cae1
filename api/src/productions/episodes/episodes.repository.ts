import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EpisodeType } from './episode.types';

const COLUMNS = `id, production_id AS "productionId", number, title`;

@Injectable()
export class EpisodesRepository {
  constructor(private readonly db: DataSource) {}

  async list(
    productionId: string,
    offset: number,
    limit: number,
  ): Promise<{ rows: EpisodeType[]; total: number }> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM episode WHERE production_id = $1 ORDER BY number LIMIT $2 OFFSET $3`,
      [productionId, limit, offset],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM episode WHERE production_id = $1`, [
      productionId,
    ]);
    return { rows, total: n };
  }

  byIds(ids: readonly string[]): Promise<EpisodeType[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM episode WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<EpisodeType | undefined> {
    const rows = await manager.query(`SELECT ${COLUMNS} FROM episode WHERE id = $1`, [id]);
    return rows[0];
  }

  byNumbers(
    productionId: string,
    numbers: readonly number[],
    manager: EntityManager = this.db.manager,
  ): Promise<EpisodeType[]> {
    return manager.query(
      `SELECT ${COLUMNS} FROM episode WHERE production_id = $1 AND number = ANY($2::int[])`,
      [productionId, numbers],
    );
  }

  /** Creates the numbered episodes that do not exist yet; returns only those it created. */
  insertMissing(
    productionId: string,
    episodes: ReadonlyArray<{ number: number; title: string }>,
    actorId: string,
    manager: EntityManager,
  ): Promise<EpisodeType[]> {
    return manager.query(
      `INSERT INTO episode (production_id, number, title, created_by, updated_by)
       SELECT $1, n, t, $4, $4 FROM unnest($2::int[], $3::text[]) AS e(n, t)
       ON CONFLICT (production_id, number) DO NOTHING RETURNING ${COLUMNS}`,
      [productionId, episodes.map((e) => e.number), episodes.map((e) => e.title), actorId],
    );
  }
}
