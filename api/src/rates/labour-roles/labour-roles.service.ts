import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { conflict, notFound } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { byKey } from '../../platform/graphql/request-loader';
import { LabourRoleInput } from './labour-role.input';
import { LabourRoleType } from './labour-role.types';
import { LabourRolesRepository } from './labour-roles.repository';

@Injectable()
export class LabourRolesService {
  constructor(
    private readonly db: DataSource,
    private readonly roles: LabourRolesRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(first: number, after?: string): Promise<Page<LabourRoleType>> {
    const offset = offsetOf(after);
    const { rows, total } = await this.roles.list(offset, first);
    return toPage(rows, offset, first, total);
  }

  /** Roles by id; the resolvers batch these per request (labour-role.loaders.ts). */
  async byIds(ids: readonly string[]): Promise<Map<string, LabourRoleType>> {
    return byKey(await this.roles.byIds(ids), (r) => r.id);
  }

  create(input: LabourRoleInput, actorId: string): Promise<LabourRoleType> {
    return this.db.transaction(async (manager) => {
      if (await this.roles.findByCode(input.code, manager)) {
        throw conflict(
          `A labour role with the code ${input.code} exists already; edit it or choose another code.`,
        );
      }
      const role = await this.roles.insert(input, actorId, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'labour_role.create',
        subjectType: 'labour_role',
        subjectId: role.id,
        payload: { before: null, after: { ...role } },
      });
      return role;
    });
  }

  update(id: string, input: LabourRoleInput, actorId: string): Promise<LabourRoleType> {
    return this.db.transaction(async (manager) => {
      const before = await this.roles.findById(id, manager);
      if (!before) throw notFound('labour role', id);
      const twin = await this.roles.findByCode(input.code, manager);
      if (twin && twin.id !== id)
        throw conflict(`Another labour role has the code ${input.code}; choose another code.`);
      const after = await this.roles.update(id, input, actorId, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'labour_role.update',
        subjectType: 'labour_role',
        subjectId: id,
        payload: { before: { ...before }, after: { ...after } },
      });
      return after;
    });
  }
}
