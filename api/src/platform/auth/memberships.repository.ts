import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Membership, ScopedKind, ScopedRef } from './production-scope';

/** Where each kind of thing keeps its production (a production is its own). */
const PRODUCTION_OF: Record<ScopedKind, string> = {
  production: `SELECT id AS "productionId" FROM production WHERE id = ANY($1::uuid[])`,
  episode: `SELECT production_id AS "productionId" FROM episode WHERE id = ANY($1::uuid[])`,
  shot: `SELECT production_id AS "productionId" FROM shot WHERE id = ANY($1::uuid[])`,
  task: `SELECT production_id AS "productionId" FROM task WHERE id = ANY($1::uuid[])`,
  scenario: `SELECT production_id AS "productionId" FROM scenario WHERE id = ANY($1::uuid[])`,
};

@Injectable()
export class MembershipsRepository {
  constructor(private readonly db: DataSource) {}

  async forUser(userId: string): Promise<Membership[]> {
    return this.db.query(
      `SELECT production_id AS "productionId", role FROM production_membership
        WHERE user_id = $1 ORDER BY production_id`,
      [userId],
    );
  }

  /** The productions the references belong to; an id that names nothing adds none. */
  async productionsOf(refs: ScopedRef[]): Promise<string[]> {
    const found = new Set<string>();
    for (const kind of Object.keys(PRODUCTION_OF) as ScopedKind[]) {
      const ids = refs.filter((r) => r.kind === kind).map((r) => r.id);
      if (!ids.length) continue;
      const rows: { productionId: string }[] = await this.db.query(PRODUCTION_OF[kind], [ids]);
      rows.forEach((r) => found.add(r.productionId));
    }
    return [...found];
  }
}
