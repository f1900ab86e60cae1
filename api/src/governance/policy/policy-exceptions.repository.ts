import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { JsonValue } from '../../platform/audit/core/canonical-json';
import { isoTime } from '../../database/sql';
import { POLICY_RULES } from './policy-rules';
import { RulePackId } from './rule-packs';

export type ExceptionStatus = 'OPEN' | 'RESOLVED' | 'WAIVED';
export type ReviewStatus = 'UNREVIEWED' | 'ACCEPTED' | 'QUERIED';

export interface PolicyExceptionRow {
  id: string;
  productionId: string;
  productionCode: string;
  ruleId: string;
  taskId: string;
  shotCode: string;
  modelId: string | null;
  /** The vendor tool the use ran in, which stands in for the model when the rule is checked again. */
  vendorToolId: string | null;
  occasion: string;
  message: string;
  evidence: JsonValue;
  status: ExceptionStatus;
  occurrences: number;
  firstSeenAt: string;
  lastSeenAt: string;
  closedAt: string | null;
  closedBy: string | null;
  closeReason: string | null;
  reviewStatus: ReviewStatus;
  reviewNote: string;
  reviewedAt: string | null;
  reviewedBy: string | null;
}

export interface NewPolicyException {
  productionId: string;
  ruleId: string;
  taskId: string;
  modelId: string | null;
  vendorToolId: string | null;
  occasion: string;
  message: string;
  evidence: JsonValue;
  createdBy: string | null;
}

/** How many exceptions one rule has on one production, under the register's filter. */
export interface ExceptionCountRow {
  ruleId: string;
  productionId: string;
  productionCode: string;
  total: number;
  open: number;
  unreviewed: number;
}

export interface ExceptionFilter {
  productionId?: string;
  /** Only these productions: a person scoped to them (decision 0037). */
  productionIds?: string[];
  ruleId?: string;
  /** Only the rules of this pack. */
  pack?: RulePackId;
  status?: ExceptionStatus;
  taskId?: string;
}

const COLUMNS = `e.id, e.production_id AS "productionId", p.code AS "productionCode", e.rule_id AS "ruleId",
  e.task_id AS "taskId", s.code AS "shotCode", e.model_id AS "modelId", e.vendor_tool_id AS "vendorToolId", e.occasion, e.message, e.evidence, e.status,
  e.occurrences, ${isoTime('e.first_seen_at')} AS "firstSeenAt", ${isoTime('e.last_seen_at')} AS "lastSeenAt",
  ${isoTime('e.closed_at')} AS "closedAt", cu.email AS "closedBy", e.close_reason AS "closeReason",
  e.review_status AS "reviewStatus", e.review_note AS "reviewNote", ${isoTime('e.reviewed_at')} AS "reviewedAt",
  ru.email AS "reviewedBy"`;
const FROM = `FROM policy_exception e JOIN production p ON p.id = e.production_id
  JOIN task t ON t.id = e.task_id JOIN shot s ON s.id = t.shot_id
  LEFT JOIN app_user cu ON cu.id = e.closed_by LEFT JOIN app_user ru ON ru.id = e.reviewed_by`;

/** SQL for the policy exceptions register. */
@Injectable()
export class PolicyExceptionsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Opens an exception, or counts one more occurrence of the same open one (same rule, task,
   * model and vendor tool), so a re-run job does not bury the register in duplicates. Returns the row before and after.
   */
  async open(
    e: NewPolicyException,
    manager: EntityManager,
  ): Promise<{ before: PolicyExceptionRow | null; after: PolicyExceptionRow }> {
    const [existing] = await manager.query(
      `SELECT e.id FROM policy_exception e
        WHERE e.rule_id = $1 AND e.task_id = $2 AND e.model_id IS NOT DISTINCT FROM $3
          AND e.vendor_tool_id IS NOT DISTINCT FROM $4 AND e.status = 'OPEN' FOR UPDATE`,
      [e.ruleId, e.taskId, e.modelId, e.vendorToolId],
    );
    if (existing) {
      const before = (await this.findById(existing.id, manager))!;
      await manager.query(
        `UPDATE policy_exception SET occurrences = occurrences + 1, last_seen_at = now(), message = $2, evidence = $3
          WHERE id = $1`,
        [existing.id, e.message, JSON.stringify(e.evidence)],
      );
      return { before, after: (await this.findById(existing.id, manager))! };
    }
    const [{ id }] = await manager.query(
      `INSERT INTO policy_exception (production_id, rule_id, task_id, model_id, vendor_tool_id, occasion, message, evidence, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        e.productionId,
        e.ruleId,
        e.taskId,
        e.modelId,
        e.vendorToolId,
        e.occasion,
        e.message,
        JSON.stringify(e.evidence),
        e.createdBy,
      ],
    );
    return { before: null, after: (await this.findById(id, manager))! };
  }

  async findById(
    id: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<PolicyExceptionRow | undefined> {
    const rows = await manager.query(
      `SELECT ${COLUMNS} ${FROM} WHERE e.id = $1 ${lock ? 'FOR UPDATE OF e' : ''}`,
      [id],
    );
    return rows[0];
  }

  async list(
    filter: ExceptionFilter,
    offset: number,
    limit: number,
  ): Promise<{ rows: PolicyExceptionRow[]; total: number }> {
    const { where, params } = whereOf(filter);
    const rows = await this.db.query(
      `SELECT ${COLUMNS} ${FROM} ${where} ORDER BY e.first_seen_at, p.code, s.code, e.rule_id, e.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n ${FROM} ${where}`, params);
    return { rows, total: n };
  }

  /** The register grouped by rule and production, with the same filter as list(). */
  async counts(filter: ExceptionFilter): Promise<ExceptionCountRow[]> {
    const { where, params } = whereOf(filter);
    return this.db.query(
      `SELECT e.rule_id AS "ruleId", e.production_id AS "productionId", p.code AS "productionCode",
              count(*)::int AS total, (count(*) FILTER (WHERE e.status = 'OPEN'))::int AS open,
              (count(*) FILTER (WHERE e.review_status = 'UNREVIEWED'))::int AS unreviewed
         ${FROM} ${where} GROUP BY e.rule_id, e.production_id, p.code ORDER BY p.code, e.rule_id`,
      params,
    );
  }

  /** Closes an open exception as RESOLVED or WAIVED; false when it was not open. */
  async close(
    id: string,
    status: 'RESOLVED' | 'WAIVED',
    reason: string | null,
    actorId: string,
    manager: EntityManager,
  ): Promise<boolean> {
    const rows = await manager.query(
      `UPDATE policy_exception SET status = $2, close_reason = $3, closed_by = $4, closed_at = now()
        WHERE id = $1 AND status = 'OPEN' RETURNING id`,
      [id, status, reason, actorId],
    );
    return rows.length === 1;
  }

  async review(
    id: string,
    reviewStatus: ReviewStatus,
    note: string,
    actorId: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE policy_exception SET review_status = $2, review_note = $3, reviewed_by = $4, reviewed_at = now() WHERE id = $1`,
      [id, reviewStatus, note, actorId],
    );
  }
}

function whereOf(filter: ExceptionFilter): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    clauses.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.productionId) add('e.production_id = ?', filter.productionId);
  if (filter.productionIds) add('e.production_id = ANY(?)', filter.productionIds);
  if (filter.ruleId) add('e.rule_id = ?', filter.ruleId);
  if (filter.pack) {
    const pack = filter.pack;
    add(
      'e.rule_id = ANY(?)',
      POLICY_RULES.filter((rule) => rule.packs.includes(pack)).map((rule) => rule.id),
    );
  }
  if (filter.status) add('e.status = ?', filter.status);
  if (filter.taskId) add('e.task_id = ?', filter.taskId);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
