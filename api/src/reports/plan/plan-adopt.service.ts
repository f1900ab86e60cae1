import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { adoptionPlan, AdoptableTaskState, AdoptionPlan, Frontier, Money } from '@frameledger/analytics';
import { DataSource } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { TaskPath } from '../../platform/graphql/vocabulary.enums';
import { asUserErrors } from '../analytics-errors';
import { gqlMoney } from '../working/working';
import { PathMove, PlanAdoptRepository } from './plan-adopt.repository';
import {
  AdoptedPlanType,
  KeptTaskReason,
  PlanAdoptionPreviewType,
  UndonePlanAdoptionType,
} from './plan-adopt.types';
import { PlanContext, PlanContextService } from './plan-context.service';
import { ReportPool } from '../pool/report-pool';
import { frontierOf } from './plan-frontier-of';

/** The point's changes and kept tasks, and how a person sees them. */
interface Worked {
  plan: AdoptionPlan & { cost: Money };
  preview: PlanAdoptionPreviewType;
}

const json = (m: Money) => ({ amountMinor: m.amountMinor.toString(), currency: m.currency });

/** Names at most five tasks, then how many more. */
const some = (items: string[]) =>
  items.slice(0, 5).join(', ') + (items.length > 5 ? ` and ${items.length - 5} more` : '');

/**
 * Adopting a frontier point (docs/decisions/0011-safe-plan-adoption.md): a preview lists every task
 * it would move, the money each move makes or costs, and every task it leaves alone and why (DONE,
 * or work logged on its current path). The adoption applies exactly what was previewed, in one
 * transaction with one audit event, and is kept so that undoPlanAdoption can set every path back
 * in one transaction with one audit event.
 */
@Injectable()
export class PlanAdoptService {
  constructor(
    private readonly db: DataSource,
    private readonly context: PlanContextService,
    private readonly repository: PlanAdoptRepository,
    private readonly audit: AuditLog,
    private readonly pool: ReportPool,
  ) {}

  preview(productionId: string, scenarioId: string | undefined, index: number) {
    return asUserErrors(async () => {
      const { c, frontier } = await this.frontier(productionId, scenarioId, index);
      return this.work(c, frontier, scenarioId, index, await this.repository.states(productionId)).preview;
    });
  }

  adopt(
    productionId: string,
    scenarioId: string | undefined,
    index: number,
    fingerprint: string,
    actorId: string,
  ) {
    return asUserErrors(async (): Promise<AdoptedPlanType> => {
      const { c, frontier } = await this.frontier(productionId, scenarioId, index);
      return this.db.transaction(async (manager) => {
        const states = await this.repository.lockStates(productionId, manager);
        const planned = new Map(c.tasks.map((t) => [t.id, t]));
        const moved = states.filter((s) => planned.has(s.id) && planned.get(s.id)?.path !== s.path);
        if (moved.length > 0) {
          throw conflict(
            `${some(moved.map((s) => planned.get(s.id)?.label ?? s.id))} changed while the frontier was worked out; reload the frontier and pick again.`,
          );
        }
        const { plan, preview } = this.work(c, frontier, scenarioId, index, states);
        if (preview.fingerprint !== fingerprint) {
          throw conflict(
            'The plan has changed since this adoption was previewed (a task was moved, finished or worked on); preview it again and confirm what it now changes.',
          );
        }
        const changes: PathMove[] = plan.changes.map(({ taskId, from, to }) => ({ taskId, from, to }));
        await this.repository.setPaths(
          changes.map((m) => ({ taskId: m.taskId, path: m.to })),
          actorId,
          manager,
        );
        const adoptionId = await this.repository.insertAdoption(
          { productionId, scenarioId: scenarioId ?? null, index, changes, actorId },
          manager,
        );
        await this.audit.append(manager, {
          actor: actorId,
          action: 'plan.adopt_frontier_point',
          subjectType: 'plan_adoption',
          subjectId: adoptionId,
          productionId,
          payload: {
            adoptionId,
            scenarioId: scenarioId ?? null,
            index,
            cost: json(plan.cost),
            costEffect: json(plan.costEffect),
            displacedHours: preview.displacedHours,
            changes: changes.map((m) => ({ ...m })),
            kept: plan.kept.map((k) => ({ ...k })),
          },
        });
        return {
          adoptionId,
          index,
          cost: preview.cost,
          displacedHours: preview.displacedHours,
          changed: changes.length,
          changes: preview.changes,
          kept: preview.kept,
        };
      });
    });
  }

  undo(adoptionId: string, actorId: string): Promise<UndonePlanAdoptionType> {
    return this.db.transaction(async (manager) => {
      const adoption = await this.repository.lockAdoption(adoptionId, manager);
      if (!adoption) throw notFound('plan adoption', adoptionId);
      if (adoption.undoneAt) throw conflict(`This adoption was already undone on ${adoption.undoneAt}.`);
      const now = new Map(
        (
          await this.repository.lockTasks(
            adoption.changes.map((m) => m.taskId),
            manager,
          )
        ).map((t) => [t.id, t]),
      );
      const problems = adoption.changes.flatMap((m) => {
        const t = now.get(m.taskId);
        if (!t) return [`${m.taskId} (deleted)`];
        if (t.path !== m.to) return [`${t.label} (now on ${t.path})`];
        if (t.done) return [`${t.label} (now DONE)`];
        if (t.hasWork) return [`${t.label} (work logged since)`];
        return [];
      });
      if (problems.length > 0) {
        throw conflict(
          `Undoing would change tasks that moved on since the adoption: ${some(problems)}. Nothing was undone; set the other tasks' paths one by one.`,
        );
      }
      await this.repository.setPaths(
        adoption.changes.map((m) => ({ taskId: m.taskId, path: m.from })),
        actorId,
        manager,
      );
      await this.repository.markUndone(adoptionId, actorId, manager);
      const restored = adoption.changes.map((m) => ({ taskId: m.taskId, from: m.to, to: m.from }));
      await this.audit.append(manager, {
        actor: actorId,
        action: 'plan.adoption.undo',
        subjectType: 'plan_adoption',
        subjectId: adoptionId,
        productionId: adoption.productionId,
        payload: { adoptionId, changes: restored },
      });
      return {
        adoptionId,
        restored: restored.map((r) => ({
          ...r,
          task: now.get(r.taskId)?.label ?? r.taskId,
          from: r.from as TaskPath,
          to: r.to as TaskPath,
        })),
      };
    });
  }

  private async frontier(productionId: string, scenarioId: string | undefined, index: number) {
    const c = await this.context.load(productionId, scenarioId, undefined);
    const frontier = await frontierOf(this.pool, c);
    if (!Number.isInteger(index) || index < 0 || index >= frontier.points.length) {
      throw badInput(
        'index',
        `The frontier has points 0 to ${frontier.points.length - 1}; ${index} is not one of them. Reload the frontier and pick again.`,
      );
    }
    return { c, frontier };
  }

  private work(
    c: PlanContext,
    frontier: Frontier,
    scenarioId: string | undefined,
    index: number,
    states: AdoptableTaskState[],
  ): Worked {
    const plan = adoptionPlan(
      c.tasks,
      new Map(states.map((s) => [s.id, s])),
      frontier.choicesAt(index),
      c.assumptions,
      frontier.currency,
    );
    const labels = new Map(c.tasks.map((t) => [t.id, t.label]));
    const point = frontier.points[index];
    // What the person confirms: adopting refuses if this differs when the tasks are locked.
    const fingerprint = createHash('sha256')
      .update(
        JSON.stringify([
          scenarioId ?? null,
          index,
          plan.changes.map((m) => [m.taskId, m.from, m.to]),
          plan.kept.map((k) => [k.taskId, k.path, k.wanted, k.reason]),
        ]),
      )
      .digest('hex');
    return {
      plan: { ...plan, cost: point.cost },
      preview: {
        index,
        cost: gqlMoney(point.cost),
        displacedHours: point.displacedHours,
        changes: plan.changes.map((m) => ({
          taskId: m.taskId,
          task: labels.get(m.taskId) ?? m.taskId,
          from: m.from as TaskPath,
          to: m.to as TaskPath,
          costBefore: gqlMoney(m.costBefore),
          costAfter: gqlMoney(m.costAfter),
          costEffect: gqlMoney(m.costEffect),
        })),
        kept: plan.kept.map((k) => ({
          taskId: k.taskId,
          task: labels.get(k.taskId) ?? k.taskId,
          path: k.path as TaskPath,
          wanted: k.wanted as TaskPath,
          reason: k.reason as KeptTaskReason,
        })),
        costEffect: gqlMoney(plan.costEffect),
        fingerprint,
      },
    };
  }
}
