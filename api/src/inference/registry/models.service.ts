import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { ProductionsRepository } from '../../productions/productions.repository';
import { AppError, badInput, conflict, notFound } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { StoredFilesRepository } from '../../platform/files/stored-files.repository';
import { FILE_STORE, FileStore } from '../../platform/files/file-store';
import {
  dryRunModel,
  InferenceInputError,
  inspectModel,
  runtimeReason,
  validateAdapter,
  type ModelMetadata,
} from '../engine';
import { asUserError } from '../input-errors';
import { fromAdapterSpec, toAdapterSpec } from './adapter.types';
import type { ToolDataTerms } from './data-terms';
import { describeDifferences, fileProvenanceOf, provenanceDifferences } from './file-provenance';
import {
  CorrectModelProvenanceInput,
  ModelFilter,
  ModelStatus,
  ModelType,
  RegisterModelInput,
} from './model.types';
import { ModelRow, ModelsRepository } from './models.repository';

/** What POST /files/models answers: the stored file and what onnxruntime read from it. */
export interface ModelUpload extends ModelMetadata {
  fileId: string;
  sha256: string;
  sizeBytes: number;
  /** False when the same bytes were uploaded before: the file is stored once. */
  newFile: boolean;
}

export const toModel = (row: ModelRow): ModelType => ({
  ...row,
  inputs: row.inputs.map((t) => ({ ...t, shape: t.shape.map(String) })),
  outputs: row.outputs.map((t) => ({ ...t, shape: t.shape.map(String) })),
  adapter: fromAdapterSpec(row.adapter),
});

@Injectable()
export class ModelsService {
  constructor(
    private readonly db: DataSource,
    private readonly models: ModelsRepository,
    private readonly productions: ProductionsRepository,
    private readonly files: StoredFilesRepository,
    private readonly audit: AuditLog,
    @Inject(FILE_STORE) private readonly store: FileStore,
  ) {}

  /**
   * Opens the upload with onnxruntime before keeping anything: a file the runtime refuses is
   * answered with the runtime's reason and the spooled copy is deleted by the caller.
   */
  async upload(spooled: { path: string; originalname: string }, actorId: string): Promise<ModelUpload> {
    let metadata: ModelMetadata;
    try {
      metadata = await inspectModel(spooled.path);
    } catch (error) {
      throw asUserError(error, 'file');
    }
    const blob = await this.store.putFile(spooled.path);
    return this.db.transaction(async (manager) => {
      const file = await this.files.record(
        blob,
        { mediaType: 'application/octet-stream', originalName: spooled.originalname, kind: 'MODEL' },
        actorId,
        manager,
      );
      await this.models.recordFile(file.id, metadata, manager);
      if (file.created) {
        await this.audit.append(manager, {
          actor: actorId,
          action: 'model_file.upload',
          subjectType: 'stored_file',
          subjectId: file.id,
          payload: {
            before: null,
            after: { sha256: file.sha256, sizeBytes: String(file.sizeBytes), name: spooled.originalname },
          },
        });
      }
      const stored = (await this.models.findFile(file.id, manager))!;
      return { ...stored, newFile: file.created };
    });
  }

  async register(input: RegisterModelInput, actorId: string): Promise<ModelType> {
    const adapter = toAdapterSpec(input.adapter);
    if ('field' in adapter) throw badInput(`input.${adapter.field}`, adapter.message);
    const file = await this.models.findFile(input.fileId);
    if (!file) {
      throw badInput(
        'input.fileId',
        'No uploaded model has this fileId; upload the .onnx file with POST /files/models and use the fileId it answers with.',
      );
    }
    const problems = validateAdapter(adapter, file);
    if (problems.length > 0) {
      const field = problems[0].field === 'file' ? 'input.fileId' : `input.${problems[0].field}`;
      throw badInput(field, problems.map((p) => p.message).join(' '), { reason: 'ADAPTER_MISMATCH' });
    }
    // One run over a synthetic frame: an output the adapter cannot map back (half the input size,
    // another rank) is refused now rather than failing every job later.
    try {
      await dryRunModel(await this.store.read(file.sha256), adapter);
    } catch (error) {
      if (error instanceof InferenceInputError) throw asUserError(error, `input.${error.field}`);
      throw badInput(
        'input.fileId',
        `The model failed a dry run on a synthetic frame fed as the adapter says (${runtimeReason(error)}); check the adapter's layout, size rule and value range against the model card.`,
        { reason: 'ADAPTER_MISMATCH' },
      );
    }
    // The dry run is CPU work on the event loop: done before the transaction, which holds no connection meanwhile.
    return this.db.transaction(async (manager) => {
      const known = await this.models.knownTaskTypes(input.taskTypes, manager);
      const unknown = input.taskTypes.filter((code) => !known.includes(code));
      if (unknown.length > 0) {
        throw badInput(
          'input.taskTypes',
          `No task type is defined with the code ${unknown.join(', ')}; use the codes of the production's task types (e.g. KEYING, LOCALIZATION).`,
        );
      }
      const scope = input.performerScope;
      if (scope && !scope.performerName.trim()) {
        throw badInput(
          'input.performerScope.performerName',
          'Name the performer whose likeness the model was trained on, as their consent names them.',
        );
      }
      if (scope && !(await this.productions.findById(scope.productionId, manager))) {
        throw badInput(
          'input.performerScope.productionId',
          'No production has that id; give the production whose consent the performer-trained model rests on.',
        );
      }
      if (await this.models.findByNameVersion(input.name, input.version, manager)) {
        throw conflict(
          `A model ${input.name} ${input.version} is registered already; give the new file another version.`,
        );
      }
      const performerScope = scope && { ...scope, performerName: scope.performerName.trim() };
      const row = await this.models.insert(
        { ...input, adapter, performerScope },
        ModelStatus.PENDING,
        actorId,
        manager,
      );
      await this.agreeWithFile(file.sha256, input, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'model.register',
        subjectType: 'model',
        subjectId: row.id,
        payload: { before: null, after: auditView(row) },
      });
      return toModel(row);
    });
  }

  /**
   * Provenance belongs to the file: the first registration of a file recorded it (revision 1, with
   * the model row), and every later registration of the same bytes must say the same, or is refused
   * naming each difference (the transaction, model row included, rolls back). Checked after the
   * insert, so two first registrations at once are compared too: the second waits for the first's
   * revision 1 and is compared with it.
   */
  private async agreeWithFile(
    sha256: string,
    input: RegisterModelInput,
    manager: EntityManager,
  ): Promise<void> {
    const recorded = (await this.models.fileProvenance(sha256, manager))!;
    const differences = provenanceDifferences(recorded, fileProvenanceOf(input.provenance));
    if (differences.length > 0)
      throw new AppError('CONFLICT', describeDifferences(sha256, recorded.revision, differences), {
        reason: 'PROVENANCE_MISMATCH',
        field: `input.provenance.${differences[0].field}`,
      });
  }

  /**
   * A correction of a file's provenance: a new revision with its reason, shown on every model of
   * that file and audited with what it said before. Renders made before keep the revision they were signed with.
   */
  async correctProvenance(input: CorrectModelProvenanceInput, actorId: string): Promise<ModelType> {
    return this.db.transaction(async (manager) => {
      const model = await this.models.findById(input.modelId, manager, true);
      if (!model) throw notFound('model', input.modelId);
      const before = (await this.models.fileProvenance(model.sha256, manager))!;
      const after = fileProvenanceOf(input.provenance);
      if (provenanceDifferences(before, after).length === 0)
        throw badInput(
          'input.provenance',
          `The file's provenance (revision ${before.revision}) says this already; change the field that is wrong.`,
        );
      const revision = before.revision + 1;
      await this.models.reviseFileProvenance(model.sha256, revision, after, input.reason, actorId, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'model.provenance.correct',
        subjectType: 'model',
        subjectId: model.id,
        payload: {
          sha256: model.sha256,
          reason: input.reason,
          before: { ...before },
          after: { ...after, revision },
        },
      });
      return toModel((await this.models.findById(model.id, manager))!);
    });
  }

  /** Records the registration's data terms (audited with before and after); FIVE_PRINCIPLES_CHECKED weighs them. */
  async setDataTerms(modelId: string, terms: ToolDataTerms, actorId: string): Promise<ModelType> {
    return this.db.transaction(async (manager) => {
      const before = await this.models.findById(modelId, manager, true);
      if (!before) throw notFound('model', modelId);
      await this.models.setDataTerms(modelId, terms, actorId, manager);
      const after = (await this.models.findById(modelId, manager))!;
      await this.audit.append(manager, {
        actor: actorId,
        action: 'model.data_terms.set',
        subjectType: 'model',
        subjectId: modelId,
        payload: { before: { ...before.dataTerms }, after: { ...after.dataTerms } },
      });
      return toModel(after);
    });
  }

  approve(id: string, actorId: string): Promise<ModelType> {
    return this.decide(id, ModelStatus.APPROVED, null, actorId);
  }

  reject(id: string, reason: string, actorId: string): Promise<ModelType> {
    return this.decide(id, ModelStatus.REJECTED, reason, actorId);
  }

  async get(id: string): Promise<ModelType> {
    const row = await this.models.findById(id);
    if (!row) throw notFound('model', id);
    return toModel(row);
  }

  async list(filter: ModelFilter, first: number, after?: string): Promise<Page<ModelType>> {
    const offset = offsetOf(after);
    const { rows, total } = await this.models.list(filter, offset, first);
    return toPage(rows.map(toModel), offset, first, total);
  }

  private decide(
    id: string,
    status: ModelStatus,
    reason: string | null,
    actorId: string,
  ): Promise<ModelType> {
    return this.db.transaction(async (manager) => {
      const before = await this.models.findById(id, manager, true);
      if (!before) throw notFound('model', id);
      if (before.status === status)
        throw conflict(`Model ${before.name} ${before.version} is ${status} already.`);
      const after = await this.models.decide(id, status, reason, actorId, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: status === ModelStatus.APPROVED ? 'model.approve' : 'model.reject',
        subjectType: 'model',
        subjectId: id,
        payload: { before: decisionView(before), after: decisionView(after) },
      });
      return toModel(after);
    });
  }
}

const decisionView = (row: ModelRow) => ({
  status: row.status,
  decisionReason: row.decisionReason,
  decidedBy: row.decidedBy,
  decidedAt: row.decidedAt,
  sha256: row.sha256,
});

/** The registered model as the audit log keeps it: everything but what onnxruntime read (the sha256 pins that). */
const auditView = (row: ModelRow) => ({
  name: row.name,
  version: row.version,
  sha256: row.sha256,
  taskTypes: row.taskTypes,
  adapter: JSON.parse(JSON.stringify(row.adapter)),
  provenance: { ...row.provenance },
  provenanceRevision: row.provenanceRevision,
  dataTerms: { ...row.dataTerms },
  performerScope: row.performerScope && { ...row.performerScope },
  status: row.status,
});
