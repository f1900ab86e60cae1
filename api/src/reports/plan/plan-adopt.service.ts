import { Injectable } from '@nestjs/common';
import { frontierTasks, paretoFrontier, TaskPath } from '@frameledger/analytics';
import { DataSource } from 'typeorm';
import { badInput, conflict } from '../../common/errors';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { asUserErrors } from '../analytics-errors';
import { gqlMoney } from '../working/working';
import { PlanAdoptRepository } from './plan-adopt.repository';
import { PlanContextService } from './plan-context.service';
import { AdoptedPlanType, KeptTaskReason } from './plan-adopt.types';

/**
 * Adopting a frontier point: the frontier worked out once, here, and every task the point moves
 * set to its path in one transaction with one audit event for the whole plan. Work already done
 * stays as it was: a DONE task, or one with AI runs or logged time on its current path, keeps
 * that path and is listed with the reason.
 */
@Injectable()
export class PlanAdoptService {
  constructor(
    private readonly db: DataSource,
    private readonly context: PlanContextService,
    private readonly repository: PlanAdoptRepository,
    private readonly audit: AuditLog,
  ) {}

  adopt(productionId: string, scenarioId: string | undefined, index: number, actorId: string) {
    return asUserErrors(async (): Promise<AdoptedPlanType> => {
      const c = await this.context.load(productionId, scenarioId, undefined);
      const frontier = paretoFrontier(frontierTasks(c.tasks, c.assumptions));
      if (!Number.isInteger(index) || index < 0 || index >= frontier.points.length) {
        throw badInput(
          'index',
          `The frontier has points 0 to ${frontier.points.length - 1}; ${index} is not one of them. Reload the frontier and pick again.`,
        );
      }
      const point = frontier.points[index];
      const labels = new Map(c.tasks.map((t) => [t.id, t.label]));
      const planned = new Map(c.tasks.map((t) => [t.id, t.path]));
      return this.db.transaction(async (manager) => {
        const now = new Map((await this.repository.lockTasks(productionId, manager)).map((t) => [t.id, t]));
        const changes: Array<{ taskId: string; before: TaskPath; path: TaskPath }> = [];
        const kept: AdoptedPlanType['kept'] = [];
        for (const choice of frontier.choicesAt(index)) {
          const task = now.get(choice.taskId);
          if (!task || task.path !== planned.get(choice.taskId)) {
            throw conflict(
              `${labels.get(choice.taskId)} changed while the frontier was worked out; reload the frontier and pick again.`,
            );
          }
          if (task.path === choice.path) continue;
          const reason =
            task.status === 'DONE' ? KeptTaskReason.DONE : task.hasWork ? KeptTaskReason.WORK_LOGGED : null;
          const entry = {
            taskId: task.id,
            task: labels.get(task.id) ?? task.id,
            path: task.path,
            wanted: choice.path,
          };
          if (reason) kept.push({ ...entry, reason });
          else changes.push({ taskId: task.id, before: task.path, path: choice.path });
        }
        await this.repository.setPaths(changes, actorId, manager);
        await this.audit.append(manager, {
          actor: actorId,
          action: 'plan.adopt_frontier_point',
          subjectType: 'production',
          subjectId: productionId,
          productionId,
          payload: {
            scenarioId: scenarioId ?? null,
            index,
            cost: { amountMinor: point.cost.amountMinor.toString(), currency: point.cost.currency },
            displacedHours: point.displacedHours,
            changes,
            kept: kept.map((k) => ({ taskId: k.taskId, path: k.path, wanted: k.wanted, reason: k.reason })),
          },
        });
        return {
          index,
          cost: gqlMoney(point.cost),
          displacedHours: point.displacedHours,
          changed: changes.length,
          kept,
        };
      });
    });
  }
}
