import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '../platform/audit/log/audit-log.service';
import { FILE_STORE, FileStore, StoredBlob } from '../platform/files/file-store';
import { StoredFilesRepository } from '../platform/files/stored-files.repository';
import { OutputCredentials, readOutputCredentials } from './output-credentials';
import { C2paStatus } from './c2pa-status';
import { notFound } from '../common/errors';
import { VendorAiRepository } from './vendor-ai.repository';

export const MAX_OUTPUT_FILES = 20;
/** Credentials are read from the whole file in memory, so one output stays under this. */
export const MAX_OUTPUT_BYTES = 200 * 1024 * 1024;

export interface RunOutput {
  fileId: string;
  sha256: string;
  sizeBytes: number;
  originalName: string;
  c2paStatus: C2paStatus;
  c2paDetail: string;
}

/** Stores a vendor run's output files by sha256 (as renders) and reads their C2PA credentials. */
@Injectable()
export class RunOutputsService {
  constructor(
    private readonly db: DataSource,
    @Inject(FILE_STORE) private readonly store: FileStore,
    private readonly files: StoredFilesRepository,
    private readonly audit: AuditLog,
    private readonly vendorAi: VendorAiRepository,
  ) {}

  /** `taskId`: the task the outputs are for, when the uploader names it (a scoped person must). */
  async upload(uploads: Express.Multer.File[], actorId: string, taskId?: string): Promise<RunOutput[]> {
    const stored: Array<{ file: Express.Multer.File; blob: StoredBlob; credentials: OutputCredentials }> = [];
    for (const file of uploads) {
      const blob = await this.store.putFile(file.path);
      const credentials = await readOutputCredentials(await this.store.read(blob.sha256));
      stored.push({ file, blob, credentials });
    }
    return this.db.transaction(async (manager) => {
      const task = taskId ? await this.vendorAi.taskForRun(taskId, manager) : undefined;
      if (taskId && !task) throw notFound('task', taskId);
      const outputs: RunOutput[] = [];
      for (const { file, blob, credentials } of stored) {
        const row = await this.files.record(
          blob,
          {
            mediaType: file.mimetype || 'application/octet-stream',
            originalName: file.originalname,
            kind: 'RENDER',
          },
          actorId,
          manager,
        );
        outputs.push({
          fileId: row.id,
          sha256: row.sha256,
          sizeBytes: row.sizeBytes,
          originalName: row.originalName,
          c2paStatus: credentials.status,
          c2paDetail: credentials.detail,
        });
      }
      await this.audit.append(manager, {
        actor: actorId,
        action: 'ai_run.output.upload',
        subjectType: 'stored_file',
        subjectId: outputs.map((o) => o.fileId).join(','),
        productionId: task?.productionId ?? null,
        payload: { before: null, after: { taskId: taskId ?? null, outputs: outputs.map((o) => ({ ...o })) } },
      });
      return outputs;
    });
  }
}
