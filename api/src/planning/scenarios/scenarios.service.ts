import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { money } from '../../platform/graphql/money-format';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { ProductionsRepository } from '../../productions/productions.repository';
import { checkCurrency } from '../../rates/currency';
import { LabourRolesRepository } from '../../rates/labour-roles/labour-roles.repository';
import { TaskTypesRepository } from '../task-types/task-types.repository';
import { ScenarioAssumptions } from './scenario-assumptions';
import {
  CreateScenarioInput,
  ScenarioAssumptionsInput,
  ScenarioType,
  UpdateScenarioInput,
} from './scenario.types';
import { ScenarioRow, ScenariosRepository } from './scenarios.repository';
import type { AuditAction } from '../../platform/audit/log/audit-actions';

export const toScenario = (row: ScenarioRow): ScenarioType => {
  const price = row.assumptions.gpuPricePerHour;
  return {
    ...row,
    assumptions: {
      ...row.assumptions,
      gpuPricePerHour: price ? money(price.amountMinor, price.currency) : null,
    },
  };
};

@Injectable()
export class ScenariosService {
  constructor(
    private readonly db: DataSource,
    private readonly scenarios: ScenariosRepository,
    private readonly productions: ProductionsRepository,
    private readonly types: TaskTypesRepository,
    private readonly roles: LabourRolesRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(productionId: string, first: number, after?: string): Promise<Page<ScenarioType>> {
    const offset = offsetOf(after);
    const { rows, total } = await this.scenarios.list(productionId, offset, first);
    return toPage(rows.map(toScenario), offset, first, total);
  }

  /** The stored row, for the reports: assumptions exactly as saved. */
  async find(id: string): Promise<ScenarioRow> {
    const row = await this.scenarios.findById(id);
    if (!row) throw notFound('scenario', id);
    return row;
  }

  async get(id: string): Promise<ScenarioType> {
    return toScenario(await this.find(id));
  }

  create(input: CreateScenarioInput, actorId: string): Promise<ScenarioType> {
    return this.db.transaction(async (manager) => {
      if (!(await this.productions.findById(input.productionId, manager)))
        throw notFound('production', input.productionId);
      await this.checkNameFree(input.productionId, input.name, undefined, manager);
      const assumptions = await this.readAssumptions(input.assumptions, 'input.assumptions', manager);
      const row = await this.scenarios.insert(input.productionId, input.name, assumptions, actorId, manager);
      await this.record(manager, actorId, 'scenario.create', row, null, row);
      return toScenario(row);
    });
  }

  update(id: string, input: UpdateScenarioInput, actorId: string): Promise<ScenarioType> {
    return this.db.transaction(async (manager) => {
      const before = await this.scenarios.findById(id, manager);
      if (!before) throw notFound('scenario', id);
      const name = input.name ?? before.name;
      await this.checkNameFree(before.productionId, name, id, manager);
      const assumptions = input.assumptions
        ? await this.readAssumptions(input.assumptions, 'input.assumptions', manager)
        : before.assumptions;
      const after = await this.scenarios.update(id, name, assumptions, actorId, manager);
      await this.record(manager, actorId, 'scenario.update', after, before, after);
      return toScenario(after);
    });
  }

  delete(id: string, actorId: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const before = await this.scenarios.findById(id, manager);
      if (!before) throw notFound('scenario', id);
      await this.scenarios.delete(id, manager);
      await this.record(manager, actorId, 'scenario.delete', before, before, null);
      return true;
    });
  }

  private async checkNameFree(
    productionId: string,
    name: string,
    self: string | undefined,
    manager: EntityManager,
  ) {
    const twin = await this.scenarios.findByName(productionId, name, manager);
    if (twin && twin.id !== self)
      throw conflict(`This production has a scenario called "${name}" already; choose another name.`);
  }

  /** Checks codes against the database and turns the input into the stored JSON. */
  private async readAssumptions(
    input: ScenarioAssumptionsInput,
    field: string,
    manager: EntityManager,
  ): Promise<ScenarioAssumptions> {
    const typeCodes = input.pathByTaskType.map((p) => p.taskTypeCode);
    const knownTypes = new Set((await this.types.byCodes(typeCodes, manager)).map((t) => t.code));
    input.pathByTaskType.forEach((p, i) => {
      if (!knownTypes.has(p.taskTypeCode)) {
        throw badInput(
          `${field}.pathByTaskType[${i}].taskTypeCode`,
          `No task type has the code ${p.taskTypeCode}.`,
        );
      }
      if (typeCodes.indexOf(p.taskTypeCode) !== i) {
        throw badInput(
          `${field}.pathByTaskType[${i}]`,
          `Task type ${p.taskTypeCode} is listed twice; give one path per type.`,
        );
      }
    });
    for (const [i, h] of input.headcounts.entries()) {
      if (!(await this.roles.findByCode(h.roleCode, manager))) {
        throw badInput(`${field}.headcounts[${i}].roleCode`, `No labour role has the code ${h.roleCode}.`);
      }
      if (input.headcounts.findIndex((x) => x.roleCode === h.roleCode) !== i) {
        throw badInput(
          `${field}.headcounts[${i}]`,
          `Role ${h.roleCode} is listed twice; give one headcount per role.`,
        );
      }
    }
    const hasPrice = input.gpuPricePerHourMinor !== undefined && input.gpuPricePerHourMinor !== null;
    if (hasPrice !== Boolean(input.gpuPriceCurrency)) {
      throw badInput(`${field}.gpuPriceCurrency`, 'Give a GPU price and its currency together, or neither.');
    }
    if (hasPrice && input.gpuPricePerHourMinor! < 0n) {
      throw badInput(`${field}.gpuPricePerHourMinor`, 'A GPU price cannot be negative.');
    }
    if (input.gpuPriceCurrency) checkCurrency(`${field}.gpuPriceCurrency`, input.gpuPriceCurrency);
    return {
      pathByTaskType: input.pathByTaskType.map(({ taskTypeCode, path }) => ({ taskTypeCode, path })),
      aiReviewHoursPerTask: input.aiReviewHoursPerTask ?? null,
      reworkRatePercent: input.reworkRatePercent,
      gpuDeviceClass: input.gpuDeviceClass,
      gpuPricePerHour: hasPrice
        ? { amountMinor: input.gpuPricePerHourMinor!.toString(), currency: input.gpuPriceCurrency! }
        : null,
      gpuSecondsPerFrame: input.gpuSecondsPerFrame,
      headcounts: input.headcounts.map(({ roleCode, people }) => ({ roleCode, people })),
      gpuCount: input.gpuCount,
      contingencyPercent: input.contingencyPercent,
      hoursPerWeek: input.hoursPerWeek,
    };
  }

  private record(
    manager: EntityManager,
    actorId: string,
    action: AuditAction,
    subject: ScenarioRow,
    before: ScenarioRow | null,
    after: ScenarioRow | null,
  ) {
    const json = (row: ScenarioRow | null) =>
      row ? { name: row.name, assumptions: { ...row.assumptions } } : null;
    return this.audit.append(manager, {
      actor: actorId,
      action,
      subjectType: 'scenario',
      subjectId: subject.id,
      productionId: subject.productionId,
      payload: { before: json(before), after: json(after) },
    });
  }
}
