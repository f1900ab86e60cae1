import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { escalationState, requiredApprovals } from '../policy/ai-use-rules';
import { PolicyGate } from '../policy/policy-gate';
import { AiUseFactsRepository, AiUseTaskRow } from './ai-use-facts.repository';
import { AiApprovalCategory, AiUseClass, AiUseFactsType, EscalationState } from './ai-use-facts.types';
import {
  AnswerAiUseChecklistInput,
  ClassifyAiUseInput,
  RecordAiUseApprovalInput,
  RecordAiUseDisclosureInput,
} from './dto/ai-use-facts.inputs';
import type { AuditAction } from '../../platform/audit/log/audit-actions';

/**
 * Records the facts of a task's AI use that distributor guidance and the AI Act weigh, each
 * checked, stored and audited (before and after) in one transaction, and promotes AI output to
 * final through the policy gate.
 */
@Injectable()
export class AiUseFactsService {
  constructor(
    private readonly db: DataSource,
    private readonly repository: AiUseFactsRepository,
    private readonly gate: PolicyGate,
    private readonly audit: AuditLog,
  ) {}

  aiUse(taskId: string): Promise<AiUseFactsType> {
    return this.db.transaction(async (manager) =>
      this.load(await this.requireTask(taskId, manager), manager),
    );
  }

  recordDisclosure(input: RecordAiUseDisclosureInput, actorId: string): Promise<AiUseFactsType> {
    notInFuture(input.disclosedAt, 'input.disclosedAt', 'the contact was told');
    return this.change(input.taskId, actorId, 'ai_use.disclosure.record', async (task, manager) => {
      await this.repository.insertDisclosure(input, task.productionId, actorId, manager);
    });
  }

  answerChecklist(input: AnswerAiUseChecklistInput, actorId: string): Promise<AiUseFactsType> {
    return this.change(input.taskId, actorId, 'ai_use.checklist.answer', async (task, manager) => {
      await this.repository.saveChecklist(input, task.productionId, actorId, manager);
    });
  }

  recordApproval(input: RecordAiUseApprovalInput, actorId: string): Promise<AiUseFactsType> {
    notInFuture(input.approvedAt, 'input.approvedAt', 'the approval was given');
    return this.change(input.taskId, actorId, 'ai_use.approval.record', async (task, manager) => {
      await this.repository.insertApproval(input, task.productionId, actorId, manager);
    });
  }

  classify(input: ClassifyAiUseInput, actorId: string): Promise<AiUseFactsType> {
    const reason = input.reason.trim();
    if (!reason) throw badInput('input.reason', 'Say why the use is generative or assistive.');
    const category = input.useClass === AiUseClass.GENERATIVE ? 'GENERATIVE' : 'TRADITIONAL';
    return this.change(input.taskId, actorId, 'ai_use.classify', async (task, manager) => {
      await this.repository.classify(task.taskId, category, reason, actorId, manager);
    });
  }

  /**
   * TEMPORARY to FINAL: refused with POLICY_BLOCKED (naming the rule) when the production's
   * packs require an approval that is missing; the gate runs in this transaction, so a refusal
   * writes nothing.
   */
  promoteToFinal(taskId: string, actorId: string): Promise<AiUseFactsType> {
    return this.change(taskId, actorId, 'ai_use.output.promote', async (task, manager) => {
      if (task.outputStatus === 'FINAL')
        throw conflict(`Shot ${task.shotCode}'s AI output is already final.`);
      if (!task.lastAiRunAt) {
        throw conflict(
          `Shot ${task.shotCode} has no AI output yet; promote it after an AI run has rendered it.`,
        );
      }
      await this.gate.checkOutputPromotion(manager, { taskId, actorId });
      await this.repository.promote(taskId, actorId, manager);
    });
  }

  private change(
    taskId: string,
    actorId: string,
    action: AuditAction,
    apply: (task: AiUseTaskRow, manager: EntityManager) => Promise<void>,
  ): Promise<AiUseFactsType> {
    return this.db.transaction(async (manager) => {
      const task = await this.requireTask(taskId, manager, true);
      const before = await this.load(task, manager);
      await apply(task, manager);
      const after = await this.load((await this.repository.task(taskId, manager))!, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action,
        subjectType: 'task',
        subjectId: taskId,
        productionId: task.productionId,
        payload: { before: auditFacts(before), after: auditFacts(after) },
      });
      return after;
    });
  }

  private async requireTask(taskId: string, manager: EntityManager, lock = false): Promise<AiUseTaskRow> {
    const task = await this.repository.task(taskId, manager, lock);
    if (!task) throw notFound('task', taskId);
    return task;
  }

  private async load(task: AiUseTaskRow, manager: EntityManager): Promise<AiUseFactsType> {
    const [disclosures, approvals, checklist] = await Promise.all([
      this.repository.disclosures(task.taskId, manager),
      this.repository.approvals(task.taskId, manager),
      this.repository.checklist(task.taskId, manager),
    ]);
    const escalation = escalationState({
      checklist: checklist && { ...checklist, answeredAt: new Date(checklist.answeredAt) },
      approvals: approvals.map((a) => ({ ...a, approvedAt: new Date(a.approvedAt) })),
    });
    return {
      taskId: task.taskId,
      productionId: task.productionId,
      shotCode: task.shotCode,
      useClass: task.aiCategory === 'GENERATIVE' ? AiUseClass.GENERATIVE : AiUseClass.ASSISTIVE,
      useClassReason: task.useClassReason,
      outputStatus: task.outputStatus,
      disclosures,
      checklist,
      escalation: escalation as EscalationState,
      approvals,
      requiredForFinal: requiredApprovals(task.likenessKind, checklist) as AiApprovalCategory[],
      lastAiRunAt: task.lastAiRunAt,
      signedOffBy: task.signedOffBy,
      signedOffAt: task.signedOffAt,
    } as AiUseFactsType;
  }
}

/** The use as plain JSON for the audit log. */
const auditFacts = (use: AiUseFactsType) => ({
  ...use,
  disclosures: use.disclosures.map((d) => ({ ...d })),
  checklist: use.checklist && { ...use.checklist },
  approvals: use.approvals.map((a) => ({ ...a })),
});

function notInFuture(value: string, field: string, what: string): void {
  if (new Date(value).getTime() > Date.now()) {
    throw badInput(field, `${value} is in the future; record when ${what}.`);
  }
}
