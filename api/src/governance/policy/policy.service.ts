import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { canonicalJson } from '../../platform/audit/core/canonical-json';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import {
  ExceptionFilter,
  PolicyExceptionRow,
  PolicyExceptionsRepository,
} from './policy-exceptions.repository';
import { PolicyGate } from './policy-gate';
import { Occasion, POLICY_RULES, ruleApplies, RuleId, Severity, severityOf } from './policy-rules';
import { CORE_PACK, DEFAULT_PACKS, isRulePackId, RULE_PACK_IDS, RULE_PACKS, RulePackId } from './rule-packs';
import { PolicySettingsRepository } from './policy-settings.repository';
import { PolicyExceptionType, PolicyRuleType, RulePackType } from './policy.types';
import type { AuditAction } from '../../platform/audit/log/audit-actions';

export const toExceptionType = (row: PolicyExceptionRow): PolicyExceptionType =>
  ({ ...row, evidenceJson: canonicalJson(row.evidence) }) as PolicyExceptionType;

/** Policy settings and the exceptions register: who may close an exception, and how. */
@Injectable()
export class PolicyService {
  constructor(
    private readonly db: DataSource,
    private readonly settings: PolicySettingsRepository,
    private readonly exceptions: PolicyExceptionsRepository,
    private readonly gate: PolicyGate,
    private readonly audit: AuditLog,
  ) {}

  async rules(productionId?: string): Promise<PolicyRuleType[]> {
    if (productionId) await this.requireProduction(productionId, this.db.manager);
    const own = productionId ? await this.settings.forProduction(productionId) : new Map<RuleId, Severity>();
    const packs = productionId ? await this.settings.packs(productionId) : DEFAULT_PACKS;
    return POLICY_RULES.map((rule) => ({
      id: rule.id,
      text: rule.text,
      source: rule.source,
      packs: [...rule.packs],
      facts: [...rule.facts],
      defaultSeverity: rule.defaultSeverity,
      severity: severityOf(rule, own),
      applies: ruleApplies(rule, packs),
      occasions: [...rule.occasions],
    })) as PolicyRuleType[];
  }

  /** Every rule pack with its rules; with a production, which it chose and its severities. */
  async rulePacks(productionId?: string): Promise<RulePackType[]> {
    const rules = await this.rules(productionId);
    const chosen = productionId ? await this.settings.packs(productionId) : DEFAULT_PACKS;
    return RULE_PACKS.map((pack) => ({
      ...pack,
      chosen: chosen.includes(pack.id),
      rules: rules.filter((rule) => rule.packs.includes(pack.id)),
    }));
  }

  /**
   * Chooses the packs a production is held to (audited with before and after); rules of other
   * packs stop applying to its jobs, deliveries and recorded runs. frameledger-core always stays.
   */
  async setRulePacks(productionId: string, packs: string[], actorId: string): Promise<RulePackType[]> {
    const unknown = packs.find((id) => !isRulePackId(id));
    if (unknown !== undefined) {
      throw badInput(
        'packs',
        `There is no rule pack called "${unknown}"; choose from ${RULE_PACK_IDS.join(', ')}.`,
        { pack: unknown },
      );
    }
    // Catalogue order, each once, core included: the stored list reads the same however it was given.
    const after = RULE_PACK_IDS.filter((id) => id === CORE_PACK || packs.includes(id));
    await this.db.transaction(async (manager) => {
      await this.requireProduction(productionId, manager);
      const before: RulePackId[] = await this.settings.packs(productionId, manager);
      await this.settings.setPacks(productionId, after, actorId, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'policy.packs.set',
        subjectType: 'production',
        subjectId: productionId,
        productionId,
        payload: { before: { packs: before }, after: { packs: after } },
      });
    });
    return this.rulePacks(productionId);
  }

  async setSeverity(
    productionId: string,
    ruleId: RuleId,
    severity: Severity,
    actorId: string,
  ): Promise<PolicyRuleType> {
    const rule = POLICY_RULES.find((r) => r.id === ruleId)!;
    // OFF is for terms that could not be confirmed; a confirmed rule stays at least on the register.
    if (severity === 'OFF' && rule.defaultSeverity !== 'OFF') {
      throw badInput(
        'severity',
        `${ruleId} can be BLOCK or FLAG only: OFF is for rules whose terms are reported but not confirmed; a production stops this rule by dropping its pack.`,
        { ruleId },
      );
    }
    await this.db.transaction(async (manager) => {
      await this.requireProduction(productionId, manager);
      const before = severityOf(rule, await this.settings.forProduction(productionId, manager));
      await this.settings.set(productionId, ruleId, severity, actorId, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'policy.severity.set',
        subjectType: 'policy_rule',
        subjectId: ruleId,
        productionId,
        payload: { before: { severity: before }, after: { severity } },
      });
    });
    return (await this.rules(productionId)).find((r) => r.id === ruleId)!;
  }

  async list(filter: ExceptionFilter, first: number, after?: string): Promise<Page<PolicyExceptionType>> {
    const offset = offsetOf(after);
    const { rows, total } = await this.exceptions.list(filter, offset, first);
    return toPage(rows.map(toExceptionType), offset, first, total);
  }

  /** Closes an exception whose cause is gone: the rule is checked again and must pass now. */
  async resolve(id: string, note: string, actorId: string): Promise<PolicyExceptionType> {
    return this.close(id, actorId, 'RESOLVED', note.trim() || null, async (manager, row) => {
      const still = (
        await this.gate.evaluate(
          manager,
          row.taskId,
          row.modelId,
          row.occasion as Occasion,
          undefined,
          row.vendorToolId,
        )
      ).find((v) => v.rule.id === row.ruleId);
      if (still) {
        throw conflict(
          `The task still breaks ${row.ruleId}: ${still.finding.message} Fix the cause, or waive the exception with a reason.`,
        );
      }
    });
  }

  /** Accepts an exception as it stands; the reason is kept and audited. */
  async waive(id: string, reason: string, actorId: string): Promise<PolicyExceptionType> {
    if (!reason.trim())
      throw badInput(
        'reason',
        'A waiver needs a reason a reviewer can read; say why this exception is accepted.',
      );
    return this.close(id, actorId, 'WAIVED', reason.trim(), async () => undefined);
  }

  private async close(
    id: string,
    actorId: string,
    status: 'RESOLVED' | 'WAIVED',
    reason: string | null,
    precondition: (manager: EntityManager, row: PolicyExceptionRow) => Promise<void>,
  ): Promise<PolicyExceptionType> {
    return this.db.transaction(async (manager) => {
      const before = await this.exceptions.findById(id, manager, true);
      if (!before) throw notFound('policy exception', id);
      if (before.status !== 'OPEN') {
        throw conflict(
          `This exception is ${before.status} already (${before.closedAt}); only an OPEN exception can be resolved or waived.`,
        );
      }
      await precondition(manager, before);
      await this.exceptions.close(id, status, reason, actorId, manager);
      const after = (await this.exceptions.findById(id, manager))!;
      await recordExceptionChange(
        this.audit,
        manager,
        status === 'WAIVED' ? 'policy.exception.waive' : 'policy.exception.resolve',
        actorId,
        before,
        after,
      );
      return toExceptionType(after);
    });
  }

  private async requireProduction(productionId: string, manager: EntityManager): Promise<void> {
    const [row] = await manager.query(`SELECT 1 FROM production WHERE id = $1`, [productionId]);
    if (!row) throw notFound('production', productionId);
  }
}

/** One audit event for a change to an exception, with the whole row before and after. */
export async function recordExceptionChange(
  audit: AuditLog,
  manager: EntityManager,
  action: AuditAction,
  actorId: string,
  before: PolicyExceptionRow,
  after: PolicyExceptionRow,
): Promise<void> {
  await audit.append(manager, {
    actor: actorId,
    action,
    subjectType: 'policy_exception',
    subjectId: after.id,
    productionId: after.productionId,
    payload: { before: { ...before }, after: { ...after } },
  });
}
