import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AdapterSpec, ModelMetadata } from '../engine';
import type { FileProvenance } from './file-provenance';
import { dataTermsSql, SELF_HOSTED_TERMS, type ToolDataTerms } from './data-terms';
import type { ModelProvenance, ModelStatus, PerformerScopeInput, PerformerScopeType } from './model.types';

export interface ModelFileRow extends ModelMetadata {
  fileId: string;
  sha256: string;
  sizeBytes: number;
}

export interface ModelRow extends ModelFileRow {
  id: string;
  name: string;
  version: string;
  taskTypes: string[];
  adapter: AdapterSpec;
  provenance: ModelProvenance;
  dataTerms: ToolDataTerms;
  performerScope: PerformerScopeType | null;
  /** The file's provenance revision the model shows (1 until an admin corrects it). */
  provenanceRevision: number;
  status: ModelStatus;
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export interface NewModel {
  fileId: string;
  name: string;
  version: string;
  taskTypes: string[];
  adapter: AdapterSpec;
  provenance: ModelProvenance;
  dataTerms?: ToolDataTerms | null;
  performerScope?: PerformerScopeInput | null;
}

const FILE_COLUMNS = `mf.file_id AS "fileId", f.sha256, f.size_bytes::float8 AS "sizeBytes", mf.inputs, mf.outputs,
  mf.ir_version AS "irVersion", mf.opsets, mf.producer`;

const MODEL_COLUMNS = `m.id, m.name, m.version, m.task_types AS "taskTypes", m.adapter,
  json_build_object('licence', m.licence, 'trainingData', m.training_data, 'trainingDataNotes', m.training_data_notes,
    'vendor', m.vendor, 'source', m.source, 'weights', m.weights, 'modelCard', m.model_card) AS provenance,
  ${dataTermsSql('m')} AS "dataTerms",
  CASE WHEN m.trained_on_performer IS NOT NULL THEN json_build_object('performerName', m.trained_on_performer,
    'productionId', m.scoped_production_id, 'productionCode', (SELECT code FROM production WHERE id = m.scoped_production_id))
  END AS "performerScope",
  coalesce((SELECT max(p.revision) FROM model_file_provenance p WHERE p.sha256 = f.sha256), 1) AS "provenanceRevision",
  m.status, m.decision_reason AS "decisionReason", m.decided_by AS "decidedBy",
  to_char(m.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "decidedAt",
  to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt", ${FILE_COLUMNS}`;

const MODEL_FROM = `model m JOIN model_file mf ON mf.file_id = m.file_id JOIN stored_file f ON f.id = mf.file_id`;

@Injectable()
export class ModelsRepository {
  constructor(private readonly db: DataSource) {}

  async findFile(
    fileId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<ModelFileRow | undefined> {
    const rows = await manager.query(
      `SELECT ${FILE_COLUMNS} FROM model_file mf JOIN stored_file f ON f.id = mf.file_id WHERE mf.file_id = $1`,
      [fileId],
    );
    return rows[0];
  }

  /** Records what onnxruntime read from a stored file; a file inspected before keeps its first reading. */
  async recordFile(fileId: string, metadata: ModelMetadata, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO model_file (file_id, inputs, outputs, ir_version, opsets, producer) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (file_id) DO NOTHING`,
      [
        fileId,
        JSON.stringify(metadata.inputs),
        JSON.stringify(metadata.outputs),
        metadata.irVersion,
        JSON.stringify(metadata.opsets),
        metadata.producer,
      ],
    );
  }

  async findById(
    id: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<ModelRow | undefined> {
    const rows = await manager.query(
      `SELECT ${MODEL_COLUMNS} FROM ${MODEL_FROM} WHERE m.id = $1 ${lock ? 'FOR UPDATE OF m' : ''}`,
      [id],
    );
    return rows[0];
  }

  async findByNameVersion(
    name: string,
    version: string,
    manager: EntityManager,
  ): Promise<{ id: string } | undefined> {
    const rows = await manager.query(`SELECT id FROM model WHERE name = $1 AND version = $2`, [
      name,
      version,
    ]);
    return rows[0];
  }

  async list(
    filter: { status?: ModelStatus; taskType?: string },
    offset: number,
    limit: number,
  ): Promise<{ rows: ModelRow[]; total: number }> {
    const where = `($1::model_status IS NULL OR m.status = $1) AND ($2::text IS NULL OR $2 = ANY (m.task_types))`;
    const params = [filter.status ?? null, filter.taskType ?? null];
    const rows = await this.db.query(
      `SELECT ${MODEL_COLUMNS} FROM ${MODEL_FROM} WHERE ${where} ORDER BY m.name, m.version LIMIT $3 OFFSET $4`,
      [...params, limit, offset],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM model m WHERE ${where}`, params);
    return { rows, total: n };
  }

  async insert(
    model: NewModel,
    status: ModelStatus,
    actorId: string | null,
    manager: EntityManager,
  ): Promise<ModelRow> {
    const p = model.provenance;
    const terms = model.dataTerms ?? SELF_HOSTED_TERMS;
    const [{ id }] = await manager.query(
      `INSERT INTO model (name, version, file_id, task_types, adapter, licence, training_data, training_data_notes, vendor,
         source, weights, model_card, status, decided_by, decided_at, created_by, updated_by, trains_on_inputs,
         retention_days, enterprise_agreement, trained_on_performer, scoped_production_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::model_status,
         CASE WHEN $13::model_status = 'PENDING' THEN NULL ELSE $14::uuid END,
         CASE WHEN $13::model_status = 'PENDING' THEN NULL ELSE now() END, $14, $14, $15, $16, $17, $18, $19)
       RETURNING id`,
      [
        model.name,
        model.version,
        model.fileId,
        model.taskTypes,
        JSON.stringify(model.adapter),
        p.licence,
        p.trainingData,
        p.trainingDataNotes,
        p.vendor,
        p.source,
        p.weights,
        p.modelCard,
        status,
        actorId,
        terms.trainsOnInputs,
        terms.retentionDays,
        terms.enterpriseAgreement,
        model.performerScope?.performerName ?? null,
        model.performerScope?.productionId ?? null,
      ],
    );
    // The first registration of a file records its provenance (revision 1); a later one leaves it.
    await manager.query(
      `INSERT INTO model_file_provenance (sha256, revision, licence, training_data, training_data_notes, vendor, source, weights, created_by)
       SELECT f.sha256, 1, m.licence, m.training_data, m.training_data_notes, m.vendor, m.source, m.weights, m.created_by
       FROM model m JOIN stored_file f ON f.id = m.file_id WHERE m.id = $1 ON CONFLICT (sha256, revision) DO NOTHING`,
      [id],
    );
    return (await this.findById(id, manager))!;
  }

  async setDataTerms(
    id: string,
    terms: ToolDataTerms,
    actorId: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE model SET trains_on_inputs = $2, retention_days = $3, enterprise_agreement = $4, updated_by = $5,
         updated_at = now() WHERE id = $1`,
      [id, terms.trainsOnInputs, terms.retentionDays, terms.enterpriseAgreement, actorId],
    );
  }

  async decide(
    id: string,
    status: ModelStatus,
    reason: string | null,
    actorId: string | null,
    manager: EntityManager,
  ): Promise<ModelRow> {
    await manager.query(
      `UPDATE model SET status = $2, decision_reason = $3, decided_by = $4, decided_at = now(), updated_by = $4, updated_at = now()
       WHERE id = $1`,
      [id, status, reason, actorId],
    );
    return (await this.findById(id, manager))!;
  }

  /** The file's provenance as last revised, locked for the caller's transaction; undefined for a file never registered. */
  async fileProvenance(
    sha256: string,
    manager: EntityManager,
  ): Promise<(FileProvenance & { revision: number }) | undefined> {
    const rows = await manager.query(
      `SELECT revision, licence, training_data AS "trainingData", training_data_notes AS "trainingDataNotes", vendor, source, weights
       FROM model_file_provenance WHERE sha256 = $1 ORDER BY revision DESC LIMIT 1 FOR UPDATE`,
      [sha256],
    );
    return rows[0];
  }

  /**
   * Records a revision of a file's provenance and shows it on every model registered from that
   * file. False when another transaction wrote that revision first.
   */
  async reviseFileProvenance(
    sha256: string,
    revision: number,
    provenance: FileProvenance,
    reason: string,
    actorId: string | null,
    manager: EntityManager,
  ): Promise<boolean> {
    const p = provenance;
    const inserted = await manager.query(
      `INSERT INTO model_file_provenance (sha256, revision, licence, training_data, training_data_notes, vendor, source, weights, reason, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (sha256, revision) DO NOTHING RETURNING revision`,
      [
        sha256,
        revision,
        p.licence,
        p.trainingData,
        p.trainingDataNotes,
        p.vendor,
        p.source,
        p.weights,
        reason,
        actorId,
      ],
    );
    if (inserted.length === 0) return false;
    await manager.query(
      `UPDATE model m SET licence = $2, training_data = $3, training_data_notes = $4, vendor = $5, source = $6, weights = $7,
         updated_by = $8, updated_at = now()
       FROM stored_file f WHERE f.id = m.file_id AND f.sha256 = $1`,
      [sha256, p.licence, p.trainingData, p.trainingDataNotes, p.vendor, p.source, p.weights, actorId],
    );
    return true;
  }

  /** The task type codes among `codes` that the planning tables define. */
  async knownTaskTypes(codes: string[], manager: EntityManager): Promise<string[]> {
    const rows: Array<{ code: string }> = await manager.query(
      `SELECT code FROM task_type WHERE code = ANY ($1)`,
      [codes],
    );
    return rows.map((r) => r.code);
  }
}
