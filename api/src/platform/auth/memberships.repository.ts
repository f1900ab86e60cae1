import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Membership, ScopedKind, ScopedRef } from './production-scope';

/** Where each kind of thing keeps its production (a production is its own). */
const PRODUCTION_OF: Record<ScopedKind, string> = {
  production: `SELECT id AS "productionId" FROM production WHERE id = ANY($1::uuid[])`,
  episode: `SELECT production_id AS "productionId" FROM episode WHERE id = ANY($1::uuid[])`,
  shot: `SELECT production_id AS "productionId" FROM shot WHERE id = ANY($1::uuid[])`,
  task: `SELECT production_id AS "productionId" FROM task WHERE id = ANY($1::uuid[])`,
  scenario: `SELECT production_id AS "productionId" FROM scenario WHERE id = ANY($1::uuid[])`,
  policyException: `SELECT production_id AS "productionId" FROM policy_exception WHERE id = ANY($1::uuid[])`,
  job: `SELECT production_id AS "productionId" FROM inference_job WHERE id = ANY($1::uuid[])`,
  timeEntry: `SELECT t.production_id AS "productionId" FROM time_entry e JOIN task t ON t.id = e.task_id
              WHERE e.id = ANY($1::uuid[])`,
};

/** A user's memberships as one JSON array of Membership, by production: the one way they are read. */
export const membershipsOf = (userId: string) =>
  `coalesce((SELECT json_agg(json_build_object('productionId', m.production_id, 'role', m.role, 'company', m.company)
                             ORDER BY m.production_id)
             FROM production_membership m WHERE m.user_id = ${userId}), '[]')`;

@Injectable()
export class MembershipsRepository {
  constructor(private readonly db: DataSource) {}

  async forUser(userId: string): Promise<Membership[]> {
    const [row] = await this.db.query(`SELECT ${membershipsOf('$1::uuid')} AS memberships`, [userId]);
    return row.memberships;
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

  /** Each task's production and the vendor company it is assigned to (null: none). */
  async taskCompanies(
    taskIds: string[],
  ): Promise<{ id: string; productionId: string; company: string | null }[]> {
    return this.db.query(
      `SELECT id, production_id AS "productionId", vendor_company AS company FROM task WHERE id = ANY($1::uuid[])`,
      [taskIds],
    );
  }

  /** The given ids that name no production. */
  async unknownProductions(ids: string[], manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM unnest($1::uuid[]) AS given(id) WHERE NOT EXISTS (SELECT 1 FROM production p WHERE p.id = given.id)`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  /** Replaces every membership of the person with these (none: studio-wide again). */
  async replaceMemberships(userId: string, memberships: Membership[], by: string, manager: EntityManager) {
    await manager.query(`DELETE FROM production_membership WHERE user_id = $1`, [userId]);
    if (!memberships.length) return;
    await manager.query(
      `INSERT INTO production_membership (user_id, production_id, role, company, created_by)
       SELECT $1, m.production_id, m.role::user_role, m.company, $2
         FROM unnest($3::uuid[], $4::text[], $5::text[]) AS m(production_id, role, company)`,
      [
        userId,
        by,
        memberships.map((m) => m.productionId),
        memberships.map((m) => m.role),
        memberships.map((m) => m.company ?? null),
      ],
    );
  }
}
