import { Injectable } from '@nestjs/common';
import { threePointHours } from '@frameledger/analytics';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { listOf } from '../../imports/parse-result';
import { byKey } from '../../platform/graphql/request-loader';
import { LabourRolesRepository } from '../../rates/labour-roles/labour-roles.repository';
import { BidUnit } from '../../platform/graphql/vocabulary.enums';
import { BidTemplateInput, BidTemplateType, TaskTypeInput, TaskTypeRow } from './task-type.types';
import { TaskTypesRepository } from './task-types.repository';

export const DEFAULT_TEMPLATE = 'Standard';

@Injectable()
export class TaskTypesService {
  constructor(
    private readonly db: DataSource,
    private readonly types: TaskTypesRepository,
    private readonly roles: LabourRolesRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(first: number, after?: string): Promise<Page<TaskTypeRow>> {
    const offset = offsetOf(after);
    const { rows, total } = await this.types.list(offset, first);
    return toPage(rows, offset, first, total);
  }

  /** Task types by code; Task.taskType batches these per request. */
  async byCodes(codes: readonly string[]): Promise<Map<string, TaskTypeRow>> {
    return byKey(await this.types.byCodes(codes), (t) => t.code);
  }

  /** The bid templates of each task type; TaskType.bidTemplates batches these per request. */
  async templatesByType(codes: readonly string[]): Promise<Map<string, BidTemplateType[]>> {
    const grouped = new Map<string, BidTemplateType[]>(codes.map((c) => [c, []]));
    for (const t of await this.types.templatesOf(codes)) grouped.get(t.taskTypeCode)?.push(t);
    return grouped;
  }

  /**
   * The template a new task of this type and complexity is bid with: the named set, or the only
   * set the type has, or the one called Standard. `field` names the input in errors.
   */
  async templateFor(
    typeCode: string,
    complexity: number,
    name: string | undefined,
    field: string,
    manager: EntityManager = this.db.manager,
  ): Promise<BidTemplateType> {
    const [type] = await this.types.byCodes([typeCode], manager);
    if (!type)
      throw badInput(
        `${field}.taskTypeCode`,
        `No task type has the code ${typeCode}; pick one from taskTypes.`,
      );
    const templates = await this.types.templatesOf([typeCode], manager);
    const names = [...new Set(templates.map((t) => t.name))];
    const chosen = name ?? (names.length === 1 ? names[0] : DEFAULT_TEMPLATE);
    const template = templates.find((t) => t.name === chosen && t.complexity === complexity);
    if (!template) {
      const offered = names.length
        ? `it has ${listOf(names.map((n) => `"${n}"`))}`
        : 'it has none yet; add one with setBidTemplate';
      throw badInput(
        `${field}.complexity`,
        `Task type ${typeCode} has no bid template "${chosen}" at complexity ${complexity}; ${offered}.`,
      );
    }
    return template;
  }

  saveType(input: TaskTypeInput, actorId: string): Promise<TaskTypeRow> {
    return this.db.transaction(async (manager) => {
      const role = await this.roles.findByCode(input.baselineRoleCode, manager);
      if (!role) {
        throw badInput(
          'input.baselineRoleCode',
          `No labour role has the code ${input.baselineRoleCode}; create it first.`,
        );
      }
      const [before] = await this.types.byCodes([input.code], manager);
      const after = await this.types.upsertType({ ...input, baselineRoleId: role.id }, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: before ? 'task_type.update' : 'task_type.create',
        subjectType: 'task_type',
        subjectId: after.code,
        payload: { before: before ? { ...before } : null, after: { ...after } },
      });
      return after;
    });
  }

  setTemplate(input: BidTemplateInput, actorId: string): Promise<BidTemplateType> {
    // Hours rise from optimistic to pessimistic; frames per day fall (the optimistic artist is fastest).
    try {
      threePointHours(input, 'input', input.unit === BidUnit.FRAME ? 'FALLING' : 'RISING');
    } catch (error) {
      throw badInput('input.mostLikely', `input: ${(error as Error).message}`);
    }
    return this.db.transaction(async (manager) => {
      if ((await this.types.byCodes([input.taskTypeCode], manager)).length === 0) {
        throw notFound('task type', input.taskTypeCode);
      }
      const before = await this.types.findTemplate(input, manager);
      const after = await this.types.upsertTemplate(input, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: before ? 'bid_template.update' : 'bid_template.create',
        subjectType: 'bid_template',
        subjectId: after.id,
        payload: { before: before ? { ...before } : null, after: { ...after } },
      });
      return after;
    });
  }
}
