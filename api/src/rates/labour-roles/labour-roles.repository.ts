import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LabourRoleInput } from './labour-role.input';
import { LabourRoleType } from './labour-role.types';

const COLUMNS = `id, code, name, department, soc_code AS "socCode", union_local AS "unionLocal"`;

@Injectable()
export class LabourRolesRepository {
  constructor(private readonly db: DataSource) {}

  async list(offset: number, limit: number): Promise<{ rows: LabourRoleType[]; total: number }> {
    const rows = await this.db.query(`SELECT ${COLUMNS} FROM labour_role ORDER BY code LIMIT $1 OFFSET $2`, [
      limit,
      offset,
    ]);
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM labour_role`);
    return { rows, total: n };
  }

  byIds(ids: readonly string[]): Promise<LabourRoleType[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM labour_role WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async findByCode(
    code: string,
    manager: EntityManager = this.db.manager,
  ): Promise<LabourRoleType | undefined> {
    const rows = await manager.query(`SELECT ${COLUMNS} FROM labour_role WHERE code = $1`, [code]);
    return rows[0];
  }

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<LabourRoleType | undefined> {
    const rows = await manager.query(`SELECT ${COLUMNS} FROM labour_role WHERE id = $1`, [id]);
    return rows[0];
  }

  async insert(input: LabourRoleInput, actorId: string, manager: EntityManager): Promise<LabourRoleType> {
    const rows = await manager.query(
      `INSERT INTO labour_role (code, name, department, soc_code, union_local, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING ${COLUMNS}`,
      [input.code, input.name, input.department, input.socCode ?? null, input.unionLocal ?? null, actorId],
    );
    return rows[0];
  }

  async update(
    id: string,
    input: LabourRoleInput,
    actorId: string,
    manager: EntityManager,
  ): Promise<LabourRoleType> {
    // TypeORM answers an UPDATE with [rows, affected count], unlike an INSERT or SELECT.
    const [rows]: [LabourRoleType[], number] = await manager.query(
      `UPDATE labour_role SET code = $2, name = $3, department = $4, soc_code = $5, union_local = $6,
         updated_by = $7, updated_at = now()
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [
        id,
        input.code,
        input.name,
        input.department,
        input.socCode ?? null,
        input.unionLocal ?? null,
        actorId,
      ],
    );
    return rows[0];
  }
}
