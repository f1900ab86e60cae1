import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isoTime } from '../../database/sql';
import {
  AnswerAiUseChecklistInput,
  RecordAiUseApprovalInput,
  RecordAiUseDisclosureInput,
} from './dto/ai-use-facts.inputs';
import { AiUseApprovalType, AiUseChecklistType, AiUseDisclosureType } from './ai-use-facts.types';

export interface AiUseTaskRow {
  taskId: string;
  productionId: string;
  shotCode: string;
  aiCategory: 'GENERATIVE' | 'TRADITIONAL';
  useClassReason: string;
  outputStatus: 'TEMPORARY' | 'FINAL';
  likenessKind: string;
  lastAiRunAt: string | null;
  signedOffBy: string | null;
  signedOffAt: string | null;
}

const CHECKLIST_COLUMNS = `no_unowned_material AS "noUnownedMaterial", no_data_reuse AS "noDataReuse",
  enterprise_secured AS "enterpriseSecured", output_temporary AS "outputTemporary",
  no_talent_replacement AS "noTalentReplacement", involves_personal_data AS "involvesPersonalData",
  involves_third_party_ip AS "involvesThirdPartyIp", ${isoTime('answered_at')} AS "answeredAt"`;

/** The AI-use facts of a task: disclosures, the five-principle check, approvals, output status. */
@Injectable()
export class AiUseFactsRepository {
  async task(taskId: string, manager: EntityManager, lock = false): Promise<AiUseTaskRow | undefined> {
    const [row] = await manager.query(
      `SELECT t.id AS "taskId", t.production_id AS "productionId", s.code AS "shotCode",
              coalesce(t.ai_category, tt.default_ai_category) AS "aiCategory", t.ai_category_reason AS "useClassReason",
              t.ai_output_status AS "outputStatus", t.likeness_kind AS "likenessKind",
              (SELECT ${isoTime('max(r.finished_at)')} FROM ai_run r WHERE r.task_id = t.id) AS "lastAiRunAt",
              u.email AS "signedOffBy", ${isoTime('t.signed_off_at')} AS "signedOffAt"
         FROM task t JOIN shot s ON s.id = t.shot_id JOIN task_type tt ON tt.code = t.task_type_code
              LEFT JOIN app_user u ON u.id = t.signed_off_by
        WHERE t.id = $1 ${lock ? 'FOR UPDATE OF t' : ''}`,
      [taskId],
    );
    return row;
  }

  disclosures(taskId: string, manager: EntityManager): Promise<AiUseDisclosureType[]> {
    return manager.query(
      `SELECT d.id, d.contact, ${isoTime('d.disclosed_at')} AS "disclosedAt", d.description, u.email AS "recordedBy"
         FROM ai_use_disclosure d LEFT JOIN app_user u ON u.id = d.created_by
        WHERE d.task_id = $1 ORDER BY d.disclosed_at, d.id`,
      [taskId],
    );
  }

  approvals(taskId: string, manager: EntityManager): Promise<AiUseApprovalType[]> {
    return manager.query(
      `SELECT a.id, a.category, a.approver, a.document_ref AS "documentRef", ${isoTime('a.approved_at')} AS "approvedAt",
              u.email AS "recordedBy"
         FROM ai_use_approval a LEFT JOIN app_user u ON u.id = a.created_by
        WHERE a.task_id = $1 ORDER BY a.approved_at, a.id`,
      [taskId],
    );
  }

  async checklist(taskId: string, manager: EntityManager): Promise<AiUseChecklistType | null> {
    const [row] = await manager.query(
      `SELECT ${CHECKLIST_COLUMNS} FROM ai_use_checklist WHERE task_id = $1`,
      [taskId],
    );
    return row ?? null;
  }

  async insertDisclosure(
    input: RecordAiUseDisclosureInput,
    productionId: string,
    actorId: string,
    manager: EntityManager,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO ai_use_disclosure (production_id, task_id, contact, disclosed_at, description, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        productionId,
        input.taskId,
        input.contact.trim(),
        input.disclosedAt,
        input.description.trim(),
        actorId,
      ],
    );
    return row.id;
  }

  async insertApproval(
    input: RecordAiUseApprovalInput,
    productionId: string,
    actorId: string,
    manager: EntityManager,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO ai_use_approval (production_id, task_id, category, approver, document_ref, approved_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        productionId,
        input.taskId,
        input.category,
        input.approver.trim(),
        input.documentRef.trim(),
        input.approvedAt,
        actorId,
      ],
    );
    return row.id;
  }

  /** The latest answers replace the earlier ones (the audit log keeps both). */
  async saveChecklist(
    input: AnswerAiUseChecklistInput,
    productionId: string,
    actorId: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO ai_use_checklist (task_id, production_id, no_unowned_material, no_data_reuse, enterprise_secured,
         output_temporary, no_talent_replacement, involves_personal_data, involves_third_party_ip, answered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (task_id) DO UPDATE SET no_unowned_material = EXCLUDED.no_unowned_material,
         no_data_reuse = EXCLUDED.no_data_reuse, enterprise_secured = EXCLUDED.enterprise_secured,
         output_temporary = EXCLUDED.output_temporary, no_talent_replacement = EXCLUDED.no_talent_replacement,
         involves_personal_data = EXCLUDED.involves_personal_data,
         involves_third_party_ip = EXCLUDED.involves_third_party_ip, answered_at = now(), answered_by = EXCLUDED.answered_by`,
      [
        input.taskId,
        productionId,
        input.noUnownedMaterial,
        input.noDataReuse,
        input.enterpriseSecured,
        input.outputTemporary,
        input.noTalentReplacement,
        input.involvesPersonalData,
        input.involvesThirdPartyIp,
        actorId,
      ],
    );
  }

  async classify(
    taskId: string,
    aiCategory: 'GENERATIVE' | 'TRADITIONAL',
    reason: string,
    actorId: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE task SET ai_category = $2, ai_category_reason = $3, updated_by = $4, updated_at = now() WHERE id = $1`,
      [taskId, aiCategory, reason, actorId],
    );
  }

  async promote(taskId: string, actorId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE task SET ai_output_status = 'FINAL', updated_by = $2, updated_at = now() WHERE id = $1`,
      [taskId, actorId],
    );
  }
}
