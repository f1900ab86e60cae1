import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isoTime } from '../../database/sql';

export interface ConsentRow {
  id: string;
  productionId: string;
  productionCode: string;
  performerName: string;
  replicaKind: string;
  scope: string;
  documentSha256: string | null;
  signedAt: string;
  noticeGivenAt: string;
  compensationMinor: string;
  compensationCurrency: string;
  estateConsent: boolean;
  scanReason: string | null;
  performerMinor: boolean;
  guardianName: string | null;
  trainingLicensedAt: string | null;
  trainingNoticeAt: string | null;
  createdAt: string;
  createdBy: string | null;
}

export type NewConsent = Omit<
  ConsentRow,
  'id' | 'productionCode' | 'compensationMinor' | 'createdAt' | 'createdBy'
> & {
  compensationMinor: bigint;
};

export interface NoticeRow {
  id: string;
  productionId: string;
  productionCode: string;
  taskId: string | null;
  unionName: string;
  scope: string;
  givenAt: string;
  createdAt: string;
  createdBy: string | null;
}

export interface NewNotice {
  productionId: string;
  taskId?: string | null;
  unionName: string;
  scope: string;
  givenAt: string;
}

const CONSENT = `c.id, c.production_id AS "productionId", p.code AS "productionCode", c.performer_name AS "performerName",
  c.replica_kind AS "replicaKind", c.scope, c.document_sha256 AS "documentSha256", ${isoTime('c.signed_at')} AS "signedAt",
  ${isoTime('c.notice_given_at')} AS "noticeGivenAt", c.compensation_minor::text AS "compensationMinor",
  c.compensation_currency AS "compensationCurrency", c.estate_consent AS "estateConsent", c.scan_reason AS "scanReason",
  c.performer_minor AS "performerMinor", c.guardian_name AS "guardianName", ${isoTime('c.training_licensed_at')} AS "trainingLicensedAt",
  ${isoTime('c.training_notice_at')} AS "trainingNoticeAt", ${isoTime('c.created_at')} AS "createdAt",
  u.email AS "createdBy"`;
const CONSENT_FROM = `FROM consent c JOIN production p ON p.id = c.production_id LEFT JOIN app_user u ON u.id = c.created_by`;
/** Worker notices cover a production; union notices may name a synthetic performer task. */
export type NoticeKind = 'worker' | 'union';
const NOTICE_TABLE: Record<NoticeKind, { table: string; task: string }> = {
  worker: { table: 'worker_notice', task: 'NULL::uuid' },
  union: { table: 'union_notice', task: 'n.task_id' },
};

/** SQL for consents and for worker and union notices. */
/** One production, those of a person scoped to some (decision 0037), or all when neither is set. */
export interface ProductionsFilter {
  productionId?: string;
  productionIds?: string[];
}

@Injectable()
export class ConsentsRepository {
  constructor(private readonly db: DataSource) {}

  async insertConsent(c: NewConsent, actorId: string | null, manager: EntityManager): Promise<ConsentRow> {
    const [{ id }] = await manager.query(
      `INSERT INTO consent (production_id, performer_name, replica_kind, scope, document_sha256, signed_at, notice_given_at,
         compensation_minor, compensation_currency, estate_consent, created_by, scan_reason, performer_minor,
         guardian_name, training_licensed_at, training_notice_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [
        c.productionId,
        c.performerName,
        c.replicaKind,
        c.scope,
        c.documentSha256,
        c.signedAt,
        c.noticeGivenAt,
        c.compensationMinor.toString(),
        c.compensationCurrency,
        c.estateConsent,
        actorId,
        c.scanReason,
        c.performerMinor,
        c.guardianName,
        c.trainingLicensedAt,
        c.trainingNoticeAt,
      ],
    );
    return (await this.consents({ id }, manager))[0];
  }

  /** Consents by production, oldest signature first. */
  async consents(
    filter: { id?: string } & ProductionsFilter,
    manager: EntityManager = this.db.manager,
  ): Promise<ConsentRow[]> {
    return manager.query(
      `SELECT ${CONSENT} ${CONSENT_FROM}
        WHERE ($1::uuid IS NULL OR c.id = $1) AND ($2::uuid IS NULL OR c.production_id = $2)
          AND ($3::uuid[] IS NULL OR c.production_id = ANY($3))
        ORDER BY p.code, c.signed_at, c.id`,
      [filter.id ?? null, filter.productionId ?? null, filter.productionIds ?? null],
    );
  }

  async insertNotice(
    kind: NoticeKind,
    n: NewNotice,
    actorId: string | null,
    manager: EntityManager,
  ): Promise<NoticeRow> {
    const [{ id }] = await manager.query(
      kind === 'union'
        ? `INSERT INTO union_notice (production_id, union_name, scope, given_at, created_by, task_id)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`
        : `INSERT INTO worker_notice (production_id, union_name, scope, given_at, created_by)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [
        n.productionId,
        n.unionName,
        n.scope,
        n.givenAt,
        actorId,
        ...(kind === 'union' ? [n.taskId ?? null] : []),
      ],
    );
    return (await this.notices(kind, { id }, manager))[0];
  }

  /** Notices of one kind by production, oldest first. */
  async notices(
    kind: NoticeKind,
    filter: { id?: string } & ProductionsFilter,
    manager: EntityManager = this.db.manager,
  ): Promise<NoticeRow[]> {
    const { table, task } = NOTICE_TABLE[kind];
    return manager.query(
      `SELECT n.id, n.production_id AS "productionId", p.code AS "productionCode", ${task} AS "taskId",
              n.union_name AS "unionName", n.scope, ${isoTime('n.given_at')} AS "givenAt",
              ${isoTime('n.created_at')} AS "createdAt", u.email AS "createdBy"
         FROM ${table} n JOIN production p ON p.id = n.production_id LEFT JOIN app_user u ON u.id = n.created_by
        WHERE ($1::uuid IS NULL OR n.id = $1) AND ($2::uuid IS NULL OR n.production_id = $2)
          AND ($3::uuid[] IS NULL OR n.production_id = ANY($3))
        ORDER BY p.code, n.given_at, n.id`,
      [filter.id ?? null, filter.productionId ?? null, filter.productionIds ?? null],
    );
  }

  /** The production's code and currency, and whether a task belongs to it (with its likeness kind). */
  async production(
    productionId: string,
    manager: EntityManager,
  ): Promise<{ code: string; currency: string } | undefined> {
    const [row] = await manager.query(`SELECT code, currency FROM production WHERE id = $1`, [productionId]);
    return row;
  }

  async task(
    taskId: string,
    manager: EntityManager,
  ): Promise<{ productionId: string; likenessKind: string } | undefined> {
    const [row] = await manager.query(
      `SELECT production_id AS "productionId", likeness_kind AS "likenessKind" FROM task WHERE id = $1`,
      [taskId],
    );
    return row;
  }
}
