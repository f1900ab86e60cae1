import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PERFORMER_OF_TASK } from '../../database/sql';
import type { DataTermsFacts } from './ai-use-rules';
import { PolicyFacts } from './policy-rules';

/** A vendor tool as the rules see a model; `registered: false` keeps its id out of exceptions' modelId. */
export type ExternalToolFacts = NonNullable<PolicyFacts['model']> & {
  registered: false;
  dataTerms: NonNullable<PolicyFacts['toolTerms']>;
};

type TaskFacts = Omit<PolicyFacts, 'now' | 'model' | 'toolTerms' | 'modelScope'>;

/** Reads what the policy rules weigh, in the caller's transaction. */
@Injectable()
export class PolicyFactsRepository {
  /** The task, its production and the consents and notices that bear on it; undefined when no such task. */
  async forTask(manager: EntityManager, taskId: string, now: Date): Promise<TaskFacts | undefined> {
    const [task] = await manager.query(
      `SELECT t.id, t.production_id AS "productionId", p.code AS "productionCode", p.guild_covered AS "guildCovered",
              s.code AS "shotCode", t.likeness_kind AS "likenessKind",
              ${PERFORMER_OF_TASK} AS "performerName",
              coalesce(t.ai_category, tt.default_ai_category) AS "aiCategory", t.path, t.status,
              t.in_final_deliverable AS "inFinalDeliverable", t.signed_off_at AS "signedOffAt",
              t.ai_output_status AS "outputStatus", s.episode_id AS "episodeId",
              (SELECT max(r.finished_at) FROM ai_run r WHERE r.task_id = t.id) AS "lastAiRunAt"
         FROM task t JOIN production p ON p.id = t.production_id JOIN shot s ON s.id = t.shot_id
         JOIN task_type tt ON tt.code = t.task_type_code
        WHERE t.id = $1`,
      [taskId],
    );
    if (!task) return undefined;
    const performer = task.performerName as string | null;
    const consents = performer
      ? await manager.query(
          `SELECT id, replica_kind AS "replicaKind", signed_at AS "signedAt", notice_given_at AS "noticeGivenAt",
                  scan_reason AS "scanReason", performer_minor AS "performerMinor", guardian_name AS "guardianName",
                  training_licensed_at AS "trainingLicensedAt", training_notice_at AS "trainingNoticeAt"
             FROM consent WHERE production_id = $1 AND lower(trim(performer_name)) = lower($2) ORDER BY signed_at`,
          [task.productionId, performer],
        )
      : [];
    const firstUse = performer ? await this.firstLikenessUse(manager, task.productionId, performer) : null;
    const unionNotices = await manager.query(
      `SELECT id, given_at AS "givenAt" FROM union_notice
        WHERE production_id = $1 AND (task_id IS NULL OR task_id = $2) AND given_at <= $3`,
      [task.productionId, taskId, now],
    );
    const workerNotices = await manager.query(
      `SELECT id, given_at AS "givenAt" FROM worker_notice WHERE production_id = $1 AND given_at <= $2`,
      [task.productionId, now],
    );
    const vendorOutputs = await manager.query(
      `SELECT o.ai_run_id AS "runId", o.file_id AS "fileId", o.c2pa_status AS "c2paStatus"
         FROM ai_run_output o JOIN ai_run r ON r.id = o.ai_run_id
        WHERE r.task_id = $1 ORDER BY r.finished_at, o.file_id`,
      [taskId],
    );
    const vendorRunsWithoutFiles = await manager.query(
      `SELECT r.id AS "runId" FROM ai_run r
        WHERE r.task_id = $1 AND r.source = 'EXTERNAL'
          AND NOT EXISTS (SELECT 1 FROM ai_run_output o WHERE o.ai_run_id = r.id)
        ORDER BY r.finished_at, r.id`,
      [taskId],
    );
    const aiUse = await this.aiUse(manager, taskId, now);
    // The episode's own plan before the production-wide one.
    const [disclosurePlan] = await manager.query(
      `SELECT id, episode_id AS "episodeId", placements::text[] AS placements FROM disclosure_plan
        WHERE production_id = $1 AND (episode_id IS NULL OR episode_id = $2) ORDER BY episode_id NULLS LAST LIMIT 1`,
      [task.productionId, task.episodeId],
    );
    return {
      production: { id: task.productionId, code: task.productionCode, guildCovered: task.guildCovered },
      task: {
        id: task.id,
        shotCode: task.shotCode,
        likenessKind: task.likenessKind,
        performerName: performer,
        aiCategory: task.aiCategory,
        path: task.path,
        status: task.status,
        inFinalDeliverable: task.inFinalDeliverable,
        signedOffAt: task.signedOffAt,
        lastAiRunAt: task.lastAiRunAt,
      },
      consents,
      firstLikenessUseAt: firstUse && firstUse < now ? firstUse : now,
      unionNotices,
      workerNotices,
      vendorOutputs,
      vendorRunsWithoutFiles,
      disclosurePlan: disclosurePlan ?? null,
      aiUse: { outputStatus: task.outputStatus, ...aiUse },
    };
  }

  /** The disclosures and approvals given by `now`, and the current five-principle answers. */
  private async aiUse(manager: EntityManager, taskId: string, now: Date) {
    const disclosures = await manager.query(
      `SELECT id, contact, disclosed_at AS "disclosedAt" FROM ai_use_disclosure
        WHERE task_id = $1 AND disclosed_at <= $2 ORDER BY disclosed_at, id`,
      [taskId, now],
    );
    const approvals = await manager.query(
      `SELECT id, category, approver, approved_at AS "approvedAt" FROM ai_use_approval
        WHERE task_id = $1 AND approved_at <= $2 ORDER BY approved_at, id`,
      [taskId, now],
    );
    const [checklist] = await manager.query(
      `SELECT no_unowned_material AS "noUnownedMaterial", no_data_reuse AS "noDataReuse",
              enterprise_secured AS "enterpriseSecured", output_temporary AS "outputTemporary",
              no_talent_replacement AS "noTalentReplacement", involves_personal_data AS "involvesPersonalData",
              involves_third_party_ip AS "involvesThirdPartyIp", answered_at AS "answeredAt"
         FROM ai_use_checklist WHERE task_id = $1`,
      [taskId],
    );
    return { disclosures, approvals, checklist: checklist ?? null };
  }

  /** When AI first touched this performer's likeness on the production (SQL function likeness_first_use); null before any. */
  async firstLikenessUse(
    manager: EntityManager,
    productionId: string,
    performer: string,
  ): Promise<Date | null> {
    const [row] = await manager.query(`SELECT likeness_first_use($1, $2) AS "firstUse"`, [
      productionId,
      performer,
    ]);
    return row.firstUse;
  }

  /**
   * The model's approval status, training-data declaration and data terms. The model table belongs
   * to the inference feature (migrations/1764000000010-inference.ts, 1764000001801); this is the
   * one query that depends on its columns.
   */
  async model(
    manager: EntityManager,
    modelId: string,
  ): Promise<
    | {
        model: NonNullable<PolicyFacts['model']>;
        dataTerms: DataTermsFacts;
        scope: PolicyFacts['modelScope'];
      }
    | undefined
  > {
    const [row] = await manager.query(
      `SELECT m.id, m.name || ' ' || m.version AS name, m.status, m.training_data AS "trainingData",
              m.trains_on_inputs AS "trainsOnInputs", m.retention_days AS "retentionDays",
              m.enterprise_agreement AS "enterpriseAgreement", m.trained_on_performer AS "performerName",
              m.scoped_production_id AS "productionId", p.code AS "productionCode"
         FROM model m LEFT JOIN production p ON p.id = m.scoped_production_id WHERE m.id = $1`,
      [modelId],
    );
    if (!row) return undefined;
    const {
      trainsOnInputs,
      retentionDays,
      enterpriseAgreement,
      performerName,
      productionId,
      productionCode,
      ...model
    } = row;
    return {
      model,
      dataTerms: { trainsOnInputs, retentionDays, enterpriseAgreement },
      scope: performerName ? { performerName, productionId, productionCode } : null,
    };
  }

  /**
   * A vendor tool as the rules weigh it in place of a model, for one production: APPROVED when an
   * admin approved it for that production, its training-data declaration, and its data terms as
   * recorded now. The vendor_tool tables belong to the vendor-ai feature (migrations/1764000000600,
   * 1764000001801); this is the one query of them the rules depend on.
   */
  async vendorTool(
    manager: EntityManager,
    toolId: string,
    production: { id: string; code: string },
  ): Promise<ExternalToolFacts | undefined> {
    const [row] = await manager.query(
      `SELECT t.id, t.vendor || ' ' || t.name AS name, t.training_data AS "trainingData",
              CASE WHEN EXISTS (SELECT 1 FROM vendor_tool_approval a WHERE a.tool_id = t.id AND a.production_id = $2)
                   THEN 'APPROVED' ELSE 'not approved for ' || $3 END AS status,
              t.trains_on_inputs AS "trainsOnInputs", t.retention_days AS "retentionDays",
              t.enterprise_agreement AS "enterpriseAgreement"
         FROM vendor_tool t WHERE t.id = $1`,
      [toolId, production.id, production.code],
    );
    if (!row) return undefined;
    const { trainsOnInputs, retentionDays, enterpriseAgreement, ...tool } = row;
    return { ...tool, registered: false, dataTerms: { trainsOnInputs, retentionDays, enterpriseAgreement } };
  }
}
