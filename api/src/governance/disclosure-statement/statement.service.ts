import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/errors';
import { publicKeyPem, SigningKey } from '../../platform/audit/core/keys';
import { signDocument } from '../../platform/audit/core/signing';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { Checkpointer } from '../../platform/audit/log/checkpointer';
import { AUDIT_SIGNING_KEY } from '../../platform/audit/log/signing-key';
import { AiUseFactsService } from '../ai-use-facts/ai-use-facts.service';
import { ReportsService } from '../ai-use-ledger/reports.service';
import { AiUseType } from '../ai-use-ledger/reports.types';
import { Occasion, rulesInForce, severityOf } from '../policy/policy-rules';
import { PolicyGate } from '../policy/policy-gate';
import { PolicySettingsRepository } from '../policy/policy-settings.repository';
import { RULE_PACKS } from '../policy/rule-packs';
import { DisclosureStatement, RuleOutcome, STATEMENT_FORMAT, statementJson, StatementUse } from './statement';
import { StatementRepository } from './statement.repository';
import { DisclosurePlanRepository } from '../disclosure-plan/disclosure-plan.repository';

export interface SignedStatement {
  statement: DisclosureStatement;
  /** Base64 Ed25519 by the audit key over 'frameledger/disclosure-statement/1' and the statement's canonical JSON. */
  signature: string;
  keyId: string;
  publicKeyPem: string;
}

/** A run's rules are judged as of its start; the delivery rules as the task stands now. */
const OCCASIONS: Occasion[] = ['RECORDED_USE', 'TASK_DELIVERY'];

/**
 * The disclosure statement of a deliverable: every generative AI use whose output reached it, with
 * the facts a distributor, a guild and a regulator ask for, signed with the audit key and tied to
 * the audit log's signed head (decision 0024).
 */
@Injectable()
export class StatementService {
  constructor(
    private readonly db: DataSource,
    private readonly repository: StatementRepository,
    private readonly ledger: ReportsService,
    private readonly aiUseFacts: AiUseFactsService,
    private readonly gate: PolicyGate,
    private readonly settings: PolicySettingsRepository,
    private readonly plans: DisclosurePlanRepository,
    private readonly audit: AuditLog,
    private readonly checkpointer: Checkpointer,
    @Inject(AUDIT_SIGNING_KEY) private readonly key: SigningKey,
  ) {}

  async generate(productionId: string, episodeId: string | null, actorId: string): Promise<SignedStatement> {
    return this.db.transaction(async (manager) => {
      const production = await this.repository.production(productionId, manager);
      if (!production) throw notFound('production', productionId);
      const episode = episodeId ? await this.repository.episode(episodeId, manager) : null;
      if (episodeId && !episode) throw notFound('episode', episodeId);
      if (episode && episode.productionId !== productionId) {
        throw badInput(
          'episodeId',
          `That episode belongs to another production; give an episode of ${production.code}.`,
        );
      }
      const tasks = await this.repository.generativeDeliverableTasks(productionId, episodeId, manager);
      const episodeOf = new Map(tasks.map((t) => [t.taskId, t.episode]));
      const runs = (await this.ledger.allAiUses({ productionId })).filter((run) => episodeOf.has(run.taskId));
      const uses: StatementUse[] = [];
      for (const run of runs) uses.push(await this.use(run, episodeOf.get(run.taskId) ?? null, manager));
      const packs = await this.settings.packs(productionId, manager);
      const plans = await this.plans.plans(productionId, episodeId, manager);
      const deliverable = {
        episodeId,
        label: episode ? episode.label : `${production.code}, whole production`,
      };

      await this.audit.append(manager, {
        actor: actorId,
        action: 'disclosure_statement.generate',
        subjectType: 'production',
        subjectId: productionId,
        productionId,
        payload: { deliverable, runIds: uses.map((u) => u.runId) },
      });
      const head = (await this.checkpointer.signHead(manager))!;
      const statement: DisclosureStatement = {
        format: STATEMENT_FORMAT,
        production,
        deliverable,
        generatedAt: head.at,
        packs: RULE_PACKS.filter((p) => packs.includes(p.id)).map(({ id, title, source }) => ({
          id,
          title,
          source,
        })),
        audit: {
          treeSize: head.treeSize,
          rootHash: head.rootHash,
          keyId: head.keyId,
          checkpointSignature: head.signature,
        },
        uses,
        disclosurePlans: plans.map(
          ({ deliverable, episodeId, placements, howTold, firstExposure, updatedAt }) => ({
            deliverable,
            episodeId,
            placements,
            howTold,
            firstExposure,
            updatedAt,
          }),
        ),
      };
      return {
        statement,
        signature: signDocument(STATEMENT_FORMAT, statementJson(statement), this.key),
        keyId: this.key.keyId,
        publicKeyPem: publicKeyPem(this.key.publicKey),
      };
    });
  }

  private async use(run: AiUseType, episode: string | null, manager: EntityManager): Promise<StatementUse> {
    const facts = await this.aiUseFacts.aiUse(run.taskId);
    const startedAt = new Date(new Date(run.finishedAt).getTime() - run.wallMs);
    return {
      runId: run.runId,
      source: run.source,
      episode,
      shotCode: run.shotCode,
      taskId: run.taskId,
      finishedAt: run.finishedAt,
      tool: run.tool,
      model: run.modelName,
      modelSha256: run.modelSha256,
      vendor: run.vendor,
      licence: run.licence,
      trainingData: run.trainingData,
      trainingDataNotes: run.trainingDataNotes,
      useClass: facts.useClass,
      useClassReason: facts.useClassReason,
      outputStatus: facts.outputStatus,
      likenessKind: run.likenessKind,
      performer: run.performerName,
      consent: {
        standing: run.consentStanding,
        consentId: run.consentId,
        firstLikenessUseAt: run.firstLikenessUseAt,
        noticeHoursBeforeFirstUse: run.noticeHoursBeforeFirstUse,
      },
      disclosures: facts.disclosures.map(({ contact, disclosedAt, description }) => ({
        contact,
        disclosedAt,
        description,
      })),
      escalation: facts.escalation,
      approvals: facts.approvals.map(({ category, approver, documentRef, approvedAt }) => ({
        category,
        approver,
        documentRef,
        approvedAt,
      })),
      marking:
        run.source === 'PIPELINE'
          ? 'FrameLedger render manifest signed into each render (C2PA digital source type)'
          : `vendor files' C2PA credentials: ${run.c2paStatus ?? 'NONE'}`,
      rules: await this.outcomes(run, startedAt, manager),
      exceptions: run.exceptions.map(({ id, ruleId, status }) => ({ id, ruleId, status })),
    };
  }

  /**
   * Every rule of the production's packs checked on a recorded use or a delivery, and what it says
   * now; rules the production has OFF were not applied and are not listed.
   */
  private async outcomes(run: AiUseType, startedAt: Date, manager: EntityManager): Promise<RuleOutcome[]> {
    const packs = await this.settings.packs(run.productionId, manager);
    const severities = await this.settings.forProduction(run.productionId, manager);
    // A vendor run is weighed with its tool standing in, as recorded now (approval and data terms).
    const toolId = await this.repository.vendorToolOf(run.runId, manager);
    const outcomes: RuleOutcome[] = [];
    for (const occasion of OCCASIONS) {
      const at = occasion === 'RECORDED_USE' ? startedAt : undefined;
      const found = await this.gate.evaluate(manager, run.taskId, run.modelId, occasion, at, toolId);
      for (const rule of rulesInForce(occasion, packs, severities)) {
        const finding = found.find((v) => v.rule.id === rule.id);
        outcomes.push({
          ruleId: rule.id,
          packs: rule.packs.filter((p) => packs.includes(p)),
          occasion,
          outcome: finding ? 'FINDING' : 'PASSED',
          severity: severityOf(rule, severities),
          finding: finding ? finding.finding.message : null,
        });
      }
    }
    return outcomes;
  }
}
