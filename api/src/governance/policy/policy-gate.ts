import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, notFound } from '../../common/errors';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { PolicyExceptionsRepository } from './policy-exceptions.repository';
import { PolicyFactsRepository } from './policy-facts.repository';
import {
  Finding,
  Occasion,
  PolicyFacts,
  PolicyRule,
  rulesInForce,
  Severity,
  severityOf,
} from './policy-rules';
import { PolicySettingsRepository } from './policy-settings.repository';

export interface InferenceJobContext {
  taskId: string;
  modelId: string;
  actorId: string;
}

export interface TaskDeliveryContext {
  taskId: string;
  actorId: string;
}

/** A user id, as opposed to 'system' (seeds, the worker), which has no app_user row. */
const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Violation {
  rule: PolicyRule;
  severity: Severity;
  finding: Finding;
}

/**
 * The one place policy is enforced. Callers pass the manager of the transaction that makes the
 * change: a BLOCK throws POLICY_BLOCKED (the caller's transaction rolls back, nothing is written);
 * a FLAG opens a PolicyException in that same transaction and lets the change go ahead.
 */
@Injectable()
export class PolicyGate {
  constructor(
    private readonly facts: PolicyFactsRepository,
    private readonly settings: PolicySettingsRepository,
    private readonly exceptions: PolicyExceptionsRepository,
    private readonly audit: AuditLog,
  ) {}

  /** Before an inference job is queued (submitInferenceJob). */
  async checkInferenceJob(manager: EntityManager, ctx: InferenceJobContext): Promise<void> {
    const facts = await this.load(manager, ctx.taskId, ctx.modelId);
    await this.enforce(manager, facts, 'INFERENCE_JOB', ctx.actorId);
  }

  /**
   * Before an AI run done in a vendor's tool is recorded (recordAiRun, importAiUsage): the same
   * rules as a job, as of when the run started, with the tool standing in (see load).
   * BLOCK refuses with POLICY_BLOCKED; FLAG opens an exception, naming the tool, in the caller's
   * transaction.
   */
  async checkExternalRun(
    manager: EntityManager,
    ctx: { taskId: string; modelId: string | null; toolId: string; actorId: string; usedAt: Date },
  ): Promise<void> {
    const facts = await this.load(manager, ctx.taskId, ctx.modelId, ctx.usedAt, ctx.toolId);
    await this.enforce(manager, facts, 'RECORDED_USE', ctx.actorId, ctx.toolId);
  }

  /** Before a task is marked DONE (delivered). */
  async checkTaskDelivery(manager: EntityManager, ctx: TaskDeliveryContext): Promise<void> {
    const facts = await this.load(manager, ctx.taskId, null);
    await this.enforce(manager, facts, 'TASK_DELIVERY', ctx.actorId);
  }

  /** Before a task's AI output is promoted from temporary to final (promoteAiOutputToFinal). */
  async checkOutputPromotion(manager: EntityManager, ctx: TaskDeliveryContext): Promise<void> {
    const facts = await this.load(manager, ctx.taskId, null);
    await this.enforce(manager, facts, 'OUTPUT_PROMOTION', ctx.actorId);
  }

  /**
   * AI use that already happened (an external render log, an import, the demo's history): every
   * finding opens an exception whatever its severity (OFF rules are not evaluated), since there
   * is nothing left to refuse.
   * Notices count only if given by `usedAt`. Returns the number of findings.
   */
  async reviewRecordedUse(
    manager: EntityManager,
    ctx: { taskId: string; modelId: string | null; actorId: string; usedAt: Date },
  ): Promise<number> {
    const facts = await this.load(manager, ctx.taskId, ctx.modelId, ctx.usedAt);
    const found = await this.violations(manager, facts, 'RECORDED_USE');
    await this.openExceptions(manager, facts, 'RECORDED_USE', found, ctx.actorId);
    return found.length;
  }

  /**
   * The findings of every rule of the production's packs that it has not turned OFF, for a task as
   * it stands now (or as of `at`: notices, disclosures and approvals given by then), with the
   * production's severities; writes nothing. `vendorToolId`: the use ran in that vendor's tool,
   * which stands in as when the run was recorded.
   */
  async evaluate(
    manager: EntityManager,
    taskId: string,
    modelId: string | null,
    occasion: Occasion,
    at?: Date,
    vendorToolId: string | null = null,
  ): Promise<Violation[]> {
    return this.violations(manager, await this.load(manager, taskId, modelId, at, vendorToolId), occasion);
  }

  /**
   * The facts of a task and the model it used. A use in a vendor's tool weighs the tool: the
   * registry model it names, else the tool (APPROVED when an admin approved it for the
   * production), is the model, and the tool's data terms, not a model's, say where the data went.
   */
  private async load(
    manager: EntityManager,
    taskId: string,
    modelId: string | null,
    now = new Date(),
    vendorToolId: string | null = null,
  ): Promise<PolicyFacts> {
    const task = await this.facts.forTask(manager, taskId, now);
    if (!task) throw notFound('task', taskId);
    const found = modelId ? await this.facts.model(manager, modelId) : null;
    if (found === undefined) throw notFound('model', modelId!);
    const facts = {
      now,
      model: found && found.model,
      toolTerms: found && found.dataTerms,
      modelScope: found && found.scope,
      ...task,
    };
    if (!vendorToolId) return facts;
    const tool = await this.facts.vendorTool(manager, vendorToolId, task.production);
    if (!tool) throw notFound('vendor tool', vendorToolId);
    const { dataTerms, ...asModel } = tool;
    return { ...facts, model: facts.model ?? asModel, toolTerms: dataTerms };
  }

  private async violations(
    manager: EntityManager,
    facts: PolicyFacts,
    occasion: Occasion,
  ): Promise<Violation[]> {
    const severities = await this.settings.forProduction(facts.production.id, manager);
    const packs = await this.settings.packs(facts.production.id, manager);
    return rulesInForce(occasion, packs, severities).flatMap((rule) => {
      const finding = rule.check(facts, occasion);
      return finding ? [{ rule, finding, severity: severityOf(rule, severities) }] : [];
    });
  }

  private async enforce(
    manager: EntityManager,
    facts: PolicyFacts,
    occasion: Occasion,
    actorId: string,
    vendorToolId: string | null = null,
  ): Promise<void> {
    const found = await this.violations(manager, facts, occasion);
    const blocks = found.filter((v) => v.severity === 'BLOCK');
    if (blocks.length > 0) {
      const [first] = blocks;
      throw new AppError(
        'POLICY_BLOCKED',
        `${first.finding.message} (policy rule ${first.rule.id}: ${first.rule.source})`,
        {
          ruleId: first.rule.id,
          ruleIds: blocks.map((v) => v.rule.id),
        },
      );
    }
    await this.openExceptions(manager, facts, occasion, found, actorId, vendorToolId);
  }

  private async openExceptions(
    manager: EntityManager,
    facts: PolicyFacts,
    occasion: Occasion,
    found: Violation[],
    actorId: string,
    vendorToolId: string | null = null,
  ) {
    for (const { rule, finding } of found) {
      const { before, after } = await this.exceptions.open(
        {
          productionId: facts.production.id,
          ruleId: rule.id,
          taskId: facts.task.id,
          modelId: facts.model && !('registered' in facts.model) ? facts.model.id : null,
          vendorToolId,
          occasion,
          message: finding.message,
          evidence: finding.evidence,
          createdBy: USER_ID.test(actorId) ? actorId : null,
        },
        manager,
      );
      await this.audit.append(manager, {
        actor: actorId,
        action: before ? 'policy.exception.recur' : 'policy.exception.open',
        subjectType: 'policy_exception',
        subjectId: after.id,
        productionId: facts.production.id,
        payload: { before: before && { ...before }, after: { ...after } },
      });
    }
  }
}
