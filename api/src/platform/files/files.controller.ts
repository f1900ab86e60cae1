import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AnyRole } from '../auth/roles.decorator';
import { FiltersByMembership, visibleProductions } from '../auth/production-scope';
import { Actor, CurrentUser } from '../auth/current-user';
import { AppError, forbidden, notFound } from '../../common/errors';
import { isUuid } from '../graphql/uuid.pipe';
import { FileKind, FILE_READERS, kindLabel } from './file-kind';
import { FILE_STORE, FileStore } from './file-store';
import { StoredFilesRepository } from './stored-files.repository';

/** Downloads: a stored file by id, for the roles its kind allows (file-kind.ts). */
@Controller('files')
export class FilesController {
  constructor(
    private readonly files: StoredFilesRepository,
    @Inject(FILE_STORE) private readonly store: FileStore,
  ) {}

  @AnyRole()
  @FiltersByMembership()
  @Get(':id')
  async download(@Param('id') id: string, @CurrentUser() actor: Actor, @Res() res: Response) {
    const file = isUuid(id) ? await this.files.findById(id) : undefined;
    if (!file) throw notFound('file', id);
    await this.checkReader(file.id, file.kind, actor);
    if (!(await this.store.has(file.sha256))) {
      throw new AppError(
        'NOT_FOUND',
        `The file ${id} is recorded but its bytes (sha256 ${file.sha256}) are missing from the store; an admin should restore the store from its backup.`,
      );
    }
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Length', String(file.sizeBytes));
    // Content-addressed: the bytes behind an id never change.
    res.setHeader('ETag', `"${file.sha256}"`);
    res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
    if (file.originalName)
      res.setHeader(
        'Content-Disposition',
        // Header values must be plain ASCII; anything else in the name becomes _.
        `attachment; filename="${file.originalName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"`,
      );
    // Once the bytes are flowing, a read error can only cut the download short.
    this.store
      .stream(file.sha256)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  /**
   * A studio-wide person by their role; a person scoped to productions by their role on a
   * production the file belongs to (decision 0037), so a file of no production is closed to them.
   */
  private async checkReader(id: string, kind: FileKind, actor: Actor): Promise<void> {
    const readers = FILE_READERS[kind];
    const only = visibleProductions(actor, readers);
    if (!only && !readers.includes(actor.role)) {
      throw forbidden(
        `This file is ${kindLabel(kind)}, which your role ${actor.role} may not read; it needs one of: ${readers.join(', ')}.`,
      );
    }
    if (only && !(await this.files.productionsOf(id)).some((p) => only.includes(p))) {
      throw forbidden(
        `This file is ${kindLabel(kind)} of no production where your role may read it (one of: ${readers.join(', ')}); ask an admin to add you to its production.`,
      );
    }
  }
}
