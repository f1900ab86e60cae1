import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AnyRole } from '../auth/roles.decorator';
import { Actor, CurrentUser } from '../auth/current-user';
import { AppError, forbidden, notFound } from '../../common/errors';
import { isUuid } from '../graphql/uuid.pipe';
import { FILE_READERS, kindLabel } from './file-kind';
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
  @Get(':id')
  async download(@Param('id') id: string, @CurrentUser() actor: Actor, @Res() res: Response) {
    const file = isUuid(id) ? await this.files.findById(id) : undefined;
    if (!file) throw notFound('file', id);
    if (!FILE_READERS[file.kind].includes(actor.role)) {
      throw forbidden(
        `This file is ${kindLabel(file.kind)}, which your role ${actor.role} may not read; it needs one of: ${FILE_READERS[file.kind].join(', ')}.`,
      );
    }
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
}
