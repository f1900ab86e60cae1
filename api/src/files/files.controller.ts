import { Controller, Get, Inject, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AnyRole } from '../auth/roles.decorator';
import { notFound } from '../common/errors';
import { FILE_STORE, FileStore } from './file-store';
import { StoredFilesRepository } from './stored-files.repository';

/** Downloads: any stored file (a render, its thumbnail, a frame, a model) by id, for any signed-in role. */
@Controller('files')
export class FilesController {
  constructor(
    private readonly files: StoredFilesRepository,
    @Inject(FILE_STORE) private readonly store: FileStore,
  ) {}

  @AnyRole()
  @Get(':id')
  async download(
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => notFound('file', 'given') })) id: string,
    @Res() res: Response,
  ) {
    const file = await this.files.findById(id);
    if (!file) throw notFound('file', id);
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Length', String(file.sizeBytes));
    // Content-addressed: the bytes behind an id never change.
    res.setHeader('ETag', `"${file.sha256}"`);
    res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
    if (file.originalName)
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${file.originalName.replace(/["\\\r\n]/g, '_')}"`,
      );
    this.store.stream(file.sha256).pipe(res);
  }
}
