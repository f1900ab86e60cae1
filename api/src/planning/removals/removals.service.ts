import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../../common/errors';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { JsonValue } from '../../platform/audit/core/canonical-json';
import { listOf } from '../../imports/parse-result';
import { blocksOf, shotHasWork, taskHasWork } from './removal.errors';
import { RemovalType } from './removal.types';
import { RemovalsRepository, TaskRecord } from './removals.repository';

// The audit payload keeps what the plan said about each task, not the counts (all zero by then).
const planned = ({ id, shotId, taskTypeName, path, status, complexity }: TaskRecord) => ({
  id,
  shotId,
  taskTypeName,
  path,
  status,
  complexity,
});

/**
 * Deletes a task, or a shot with its tasks, only while nothing is recorded against them: time
 * logged, AI runs (in-house or vendor), AI jobs. A refusal writes nothing; a delete and its audit
 * event commit together.
 */
@Injectable()
export class RemovalsService {
  constructor(
    private readonly db: DataSource,
    private readonly removals: RemovalsRepository,
    private readonly audit: AuditLog,
  ) {}

  deleteTask(id: string, actorId: string): Promise<RemovalType> {
    return this.db.transaction(async (manager) => {
      const [task] = await this.removals.lockTasks({ taskId: id }, manager);
      if (!task) throw notFound('task', id);
      if (blocksOf(task).length > 0) throw taskHasWork(task);
      await this.removals.deleteTask(id, manager);
      await this.record(manager, actorId, 'task.delete', 'task', id, task.productionId, planned(task));
      return {
        shotId: null,
        taskIds: [id],
        summary: `Deleted the ${task.taskTypeName} task on shot ${task.shotCode}.`,
      };
    });
  }

  deleteShot(id: string, actorId: string): Promise<RemovalType> {
    return this.db.transaction(async (manager) => {
      const shot = await this.removals.lockShot(id, manager);
      if (!shot) throw notFound('shot', id);
      const tasks = await this.removals.lockTasks({ shotId: id }, manager);
      const blocked = tasks.filter((t) => blocksOf(t).length > 0);
      if (blocked.length > 0) throw shotHasWork(shot.code, blocked);
      await this.removals.deleteShot(id, manager);
      await this.record(manager, actorId, 'shot.delete', 'shot', id, shot.productionId, {
        ...shot,
        tasks: tasks.map(planned),
      });
      const names = tasks.map((t) => t.taskTypeName);
      const withTasks =
        tasks.length === 0
          ? ''
          : ` and its ${tasks.length === 1 ? 'task' : `${tasks.length} tasks`} (${listOf(names, 'and')})`;
      return {
        shotId: id,
        taskIds: tasks.map((t) => t.id),
        summary: `Deleted shot ${shot.code}${withTasks}.`,
      };
    });
  }

  private record(
    manager: EntityManager,
    actor: string,
    action: 'task.delete' | 'shot.delete',
    subjectType: string,
    subjectId: string,
    productionId: string,
    before: JsonValue,
  ) {
    return this.audit.append(manager, {
      actor,
      action,
      subjectType,
      subjectId,
      productionId,
      payload: { before, after: null },
    });
  }
}
