import { Inject, Injectable } from '@nestjs/common';
import { open } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { badInput } from '../../common/errors';
import { FILE_STORE, FileStore } from '../../platform/files/file-store';
import { StoredFilesRepository } from '../../platform/files/stored-files.repository';
import { AuditLog } from '../../platform/audit/log/audit-log.service';

export interface ConsentDocument {
  fileId: string;
  sha256: string;
  sizeBytes: number;
  mediaType: string;
  originalName: string;
}

/** Signed consent documents are PDFs or scans; the type is read from the bytes, not the client's say-so. */
const SIGNATURES: Array<[mediaType: string, magic: Buffer]> = [
  ['application/pdf', Buffer.from('%PDF-')],
  ['image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['image/jpeg', Buffer.from([0xff, 0xd8, 0xff])],
];

export const MAX_CONSENT_DOCUMENT_BYTES = 25 * 1024 * 1024;

/** Stores a signed consent document by sha256 and records the upload in the audit log. */
@Injectable()
export class ConsentDocumentsService {
  constructor(
    private readonly db: DataSource,
    @Inject(FILE_STORE) private readonly store: FileStore,
    private readonly files: StoredFilesRepository,
    private readonly audit: AuditLog,
  ) {}

  async upload(file: Express.Multer.File, actorId: string): Promise<ConsentDocument> {
    const mediaType = await sniff(file.path);
    if (!mediaType)
      throw badInput(
        'document',
        'The document is not a PDF, PNG or JPEG; upload the signed consent as one of those.',
      );
    const blob = await this.store.putFile(file.path);
    return this.db.transaction(async (manager) => {
      const row = await this.files.record(
        blob,
        { mediaType, originalName: file.originalname, kind: 'CONSENT_DOCUMENT' },
        actorId,
        manager,
      );
      const document = {
        fileId: row.id,
        sha256: row.sha256,
        sizeBytes: row.sizeBytes,
        mediaType: row.mediaType,
        originalName: row.originalName,
      };
      await this.audit.append(manager, {
        actor: actorId,
        action: 'consent.document.upload',
        subjectType: 'stored_file',
        subjectId: row.id,
        payload: { before: null, after: { ...document } },
      });
      return document;
    });
  }
}

async function sniff(path: string): Promise<string | null> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    const found = SIGNATURES.find(
      ([, magic]) => bytesRead >= magic.length && head.subarray(0, magic.length).equals(magic),
    );
    return found ? found[0] : null;
  } finally {
    await handle.close();
  }
}
