import { Injectable } from '@nestjs/common';
import { DEFAULT_HOURS_PER_DAY, hoursPerDay, makeRatio } from '@frameledger/analytics';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { PolicyGate } from '../../governance/policy/policy-gate';
import { listOf } from '../../imports/parse-result';
import { ProductionsRepository } from '../../productions/productions.repository';
import { byKey } from '../../platform/graphql/request-loader';
import { ShotsRepository } from '../../productions/shots/shots.repository';
import { RateCardsService } from '../../rates/rate-cards/rate-cards.service';
import { AI_PATHS, LikenessKind, TaskStatus } from '../../platform/graphql/vocabulary.enums';
import { TaskTypesRepository } from '../task-types/task-types.repository';
import { TaskTypesService } from '../task-types/task-types.service';
import { taskBaseline } from './task-baseline';
import {
  CreateTasksInput,
  CreateTasksResult,
  TaskBaselineType,
  TaskFilterArgs,
  TaskRow,
  UpdateTaskInput,
} from './task.types';
import { NewTask, TaskChanges, TasksRepository } from './tasks.repository';

@Injectable()
export class TasksService {
  constructor(
    private readonly db: DataSource,
    private readonly tasks: TasksRepository,
    private readonly shots: ShotsRepository,
    private readonly productions: ProductionsRepository,
    private readonly types: TaskTypesService,
    private readonly templates: TaskTypesRepository,
    private readonly rateCards: RateCardsService,
    private readonly audit: AuditLog,
    private readonly policy: PolicyGate,
  ) {}

  async list(args: TaskFilterArgs): Promise<Page<TaskRow>> {
    const offset = offsetOf(args.after);
    const { rows, total } = await this.tasks.list(args, offset, args.first);
    return toPage(rows, offset, args.first, total);
  }

  /** Tasks by id; the resolvers batch these per request (task.loaders.ts). */
  async byIds(ids: readonly string[]): Promise<Map<string, TaskRow>> {
    return byKey(await this.tasks.byIds(ids), (t) => t.id);
  }

  /** B(t) of each task: one query for the inputs, one for the production rate cards' day. */
  async baselines(ids: readonly string[]): Promise<Map<string, TaskBaselineType | null>> {
    const inputs = await this.tasks.baselineInputs(ids);
    const cards = await this.rateCards.pricingCards([...new Set(inputs.map((t) => t.productionId))]);
    return new Map(
      inputs.map((task) => {
        const card = cards.get(task.productionId)?.rateCard;
        const day = card ? hoursPerDay(card) : makeRatio(BigInt(DEFAULT_HOURS_PER_DAY));
        return [task.id, taskBaseline(task, day)];
      }),
    );
  }

  /** One task of a type on each shot, bid with the type's template at the complexity given. */
  createMany(input: CreateTasksInput, actorId: string): Promise<CreateTasksResult> {
    return this.db.transaction(async (manager) => {
      if (!(await this.productions.findById(input.productionId, manager)))
        throw notFound('production', input.productionId);
      const template = await this.types.templateFor(
        input.taskTypeCode,
        input.complexity,
        input.templateName,
        'input',
        manager,
      );
      await this.checkShots(input, manager);
      const tasks: NewTask[] = input.shotIds.map((shotId) => ({
        shotId,
        taskTypeCode: input.taskTypeCode,
        bidTemplateId: template.id,
        complexity: input.complexity,
        path: input.path,
        plannedAiReviewHours: input.plannedAiReviewHours,
      }));
      const created = await this.tasks.insertMany(input.productionId, tasks, actorId, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'task.create_many',
        subjectType: 'production',
        subjectId: input.productionId,
        productionId: input.productionId,
        payload: {
          before: null,
          after: {
            taskTypeCode: input.taskTypeCode,
            complexity: input.complexity,
            path: input.path,
            bidTemplateId: template.id,
            taskIds: created.map((t) => t.id),
          },
        },
      });
      return { created: created.length, tasks: created };
    });
  }

  update(id: string, input: UpdateTaskInput, actorId: string): Promise<TaskRow> {
    return this.db.transaction(async (manager) => {
      const before = await this.tasks.findForUpdate(id, manager);
      if (!before) throw notFound('task', id);
      const changes: TaskChanges = Object.fromEntries(
        Object.entries(input).filter(([, v]) => v !== undefined),
      );
      const next = { ...before, ...changes };
      if (next.aiForbidden && AI_PATHS.includes(next.path)) {
        throw badInput(
          'input.path',
          `Policy forbids AI on this task, so its path must be HUMAN; lift the restriction first.`,
        );
      }
      if (next.likenessKind !== LikenessKind.NONE && !next.performerName) {
        throw badInput(
          'input.performerName',
          `A ${next.likenessKind} likeness needs the performer's name, for the consent check.`,
        );
      }
      if (next.likenessKind === LikenessKind.NONE) changes.performerName = null;
      if (
        changes.complexity !== undefined &&
        changes.complexity !== before.complexity &&
        before.bidTemplateId
      ) {
        const [current] = await this.templates.templatesByIds([before.bidTemplateId], manager);
        const template = await this.types.templateFor(
          before.taskTypeCode,
          changes.complexity,
          current?.name,
          'input',
          manager,
        );
        changes.bidTemplateId = template.id;
      }
      const after = await this.tasks.update(id, changes, actorId, manager);
      // Delivery is where "AI-final output in the final deliverable needs a human sign-off" bites.
      if (after.status === TaskStatus.DONE && before.status !== TaskStatus.DONE) {
        await this.policy.checkTaskDelivery(manager, { taskId: id, actorId });
      }
      await this.audit.append(manager, {
        actor: actorId,
        action: 'task.update',
        subjectType: 'task',
        subjectId: id,
        productionId: before.productionId,
        payload: { before: { ...before }, after: { ...after } },
      });
      return after;
    });
  }

  // "A shot outside its production": every shot must exist, belong here, and not have this task yet.
  private async checkShots(input: CreateTasksInput, manager: EntityManager): Promise<void> {
    const shots = byKey(await this.shots.byIds(input.shotIds, manager), (s) => s.id);
    const seen = new Set<string>();
    for (const [i, shotId] of input.shotIds.entries()) {
      const shot = shots.get(shotId);
      if (!shot)
        throw badInput(`input.shotIds[${i}]`, `No shot has the id ${shotId}; check the list of shots.`);
      if (shot.productionId !== input.productionId) {
        throw badInput(
          `input.shotIds[${i}]`,
          `Shot ${shot.code} belongs to another production; a task can only be planned on a shot of its own production.`,
        );
      }
      if (seen.has(shotId))
        throw badInput(`input.shotIds[${i}]`, `Shot ${shot.code} is listed twice; list each shot once.`);
      seen.add(shotId);
    }
    const taken = await this.tasks.existing(
      input.shotIds.map((shotId) => ({ shotId, taskTypeCode: input.taskTypeCode })),
      manager,
    );
    if (taken.length > 0) {
      const codes = taken.map((t) => shots.get(t.shotId)!.code).sort();
      const index = input.shotIds.indexOf(taken[0].shotId);
      throw badInput(
        `input.shotIds[${index}]`,
        `${codes.length === 1 ? 'Shot' : 'Shots'} ${listOf(codes.slice(0, 10), 'and')}${codes.length > 10 ? ` and ${codes.length - 10} more` : ''} ` +
          `already ${codes.length === 1 ? 'has' : 'have'} a ${input.taskTypeCode} task; leave them out.`,
      );
    }
  }
}
