import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/errors';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { TasksRepository } from '../tasks/tasks.repository';
import { EpisodesRepository } from '../../productions/episodes/episodes.repository';
import { ProductionsRepository } from '../../productions/productions.repository';
import { ShotsRepository } from '../../productions/shots/shots.repository';
import { BreakdownImportType, ImportBreakdownArgs } from './breakdown.types';
import { BreakdownPlan, BreakdownPlanner, planCounts } from './breakdown-planner';
import { readBreakdown } from './breakdown-rows';
import { importRefusal, toProblem } from './import-problem.type';
import { readTaskType } from '../../imports';
import { TaskTypeNamesRepository } from './task-type-names.repository';

/**
 * importBreakdown: a dry run reports what would be created and every problem; a commit writes
 * episodes, shots and tasks in one transaction, or nothing when the file has any problem.
 */
@Injectable()
export class BreakdownImportService {
  constructor(
    private readonly db: DataSource,
    private readonly planner: BreakdownPlanner,
    private readonly productions: ProductionsRepository,
    private readonly episodes: EpisodesRepository,
    private readonly shots: ShotsRepository,
    private readonly tasks: TasksRepository,
    private readonly taskTypes: TaskTypeNamesRepository,
    private readonly audit: AuditLog,
  ) {}

  async import(args: ImportBreakdownArgs, actorId: string): Promise<BreakdownImportType> {
    const taskTypes = await this.taskTypes.all(this.db.manager);
    if (args.taskTypeCode !== undefined) {
      const reading = readTaskType(args.taskTypeCode, taskTypes);
      if (!reading.ok) throw badInput('taskTypeCode', `The task type ${reading.problem}.`);
    }
    const read = readBreakdown(args.format, args.content, { ...args, taskTypes });
    if (args.dryRun) {
      await this.requireProduction(args.productionId, this.db.manager);
      const plan = await this.planner.plan(args.productionId, read, args.templateName, this.db.manager);
      return this.result(args, read.title, plan, false);
    }
    return this.db.transaction(async (manager) => {
      await this.requireProduction(args.productionId, manager);
      // One import per production at a time: both would otherwise plan the same new shot codes.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('frameledger-breakdown:' || $1))`, [
        args.productionId,
      ]);
      const plan = await this.planner.plan(args.productionId, read, args.templateName, manager);
      if (plan.errors.length > 0) throw importRefusal(plan.errors, `${args.format} file`);
      await this.write(args.productionId, plan, actorId, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'breakdown.import',
        subjectType: 'production',
        subjectId: args.productionId,
        productionId: args.productionId,
        payload: {
          before: null,
          after: { format: args.format, title: read.title, ...planCounts(plan) },
        },
      });
      return this.result(args, read.title, plan, true);
    });
  }

  private async requireProduction(id: string, manager: EntityManager): Promise<void> {
    if (!(await this.productions.findById(id, manager))) throw notFound('production', id);
  }

  private async write(
    productionId: string,
    plan: BreakdownPlan,
    actorId: string,
    manager: EntityManager,
  ): Promise<void> {
    await this.episodes.insertMissing(
      productionId,
      plan.newEpisodes.map((number) => ({ number, title: '' })),
      actorId,
      manager,
    );
    const numbers = [...new Set(plan.shots.flatMap((s) => s.episodeNumber ?? []))];
    const episodeId = new Map(
      (await this.episodes.byNumbers(productionId, numbers, manager)).map((e) => [e.number, e.id]),
    );
    const fresh = plan.shots.filter((s) => !s.exists);
    const created = await this.shots.insertMany(
      productionId,
      fresh.map((s) => ({
        episodeId: s.episodeNumber === null ? null : episodeId.get(s.episodeNumber)!,
        code: s.code,
        sequence: s.sequence,
        frameIn: s.frameIn,
        frameOut: s.frameOut,
        frameCount: s.frameCount,
        fps: s.fps,
        description: s.description,
        performerLikeness: s.performerLikeness,
        performerName: null,
        timeScalar: s.timeScalar,
      })),
      actorId,
      manager,
    );
    const idOf = new Map(created.map((s) => [s.code, s.id]));
    for (const shot of fresh) shot.shotId = idOf.get(shot.code)!;
    const shotId = new Map(plan.shots.map((s) => [s.code, s.shotId!]));
    const newTasks = plan.tasks.filter((t) => !t.exists);
    if (newTasks.length === 0) return;
    await this.tasks.insertMany(
      productionId,
      newTasks.map((t) => ({
        shotId: shotId.get(t.shotCode)!,
        taskTypeCode: t.taskTypeCode,
        bidTemplateId: t.bidTemplateId!,
        complexity: t.complexity,
        path: t.path,
        plannedAiReviewHours: 0,
      })),
      actorId,
      manager,
    );
  }

  private result(
    args: ImportBreakdownArgs,
    title: string | null,
    plan: BreakdownPlan,
    committed: boolean,
  ): BreakdownImportType {
    return {
      format: args.format,
      dryRun: args.dryRun,
      committed,
      title,
      shots: plan.shots,
      tasks: plan.tasks.map(({ bidTemplateId: _template, ...task }) => task),
      errors: plan.errors.map(toProblem),
      ...planCounts(plan),
    };
  }
}
