import { CallHandler, ExecutionContext, Inject, NestInterceptor, Type, mixin } from '@nestjs/common';
import { rm } from 'node:fs/promises';
import multer, { MulterError } from 'multer';
import { from, lastValueFrom, Observable } from 'rxjs';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { badInput } from '../../common/errors';
import { FILE_STORE, FileStore } from './file-store';

export interface MultipartLimits {
  /** The multipart form field that carries the files. */
  field: string;
  maxFiles: number;
  maxFileBytes: number;
}

export type SpooledRequest = { files?: Express.Multer.File[]; body?: Record<string, unknown> };

/**
 * The upload interceptor: multer reads the multipart body and spools its files into the store's
 * spool folder on disk (a 2 GiB model never sits in memory) under each endpoint's limits from the
 * config; its refusals become BAD_USER_INPUT with a sentence; and every spooled file the handler
 * did not move into the store is removed, whether it succeeded or not.
 */
export function SpooledUpload(limitsOf: (config: AppConfig) => MultipartLimits): Type<NestInterceptor> {
  class SpooledUploadInterceptor implements NestInterceptor {
    constructor(
      @Inject(FILE_STORE) private readonly store: FileStore,
      @Inject(APP_CONFIG) private readonly config: AppConfig,
    ) {}

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const http = context.switchToHttp();
      const request = http.getRequest<SpooledRequest>();
      const limits = limitsOf(this.config);
      const upload = multer({
        dest: this.store.spoolDir,
        limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 20 },
      }).array(limits.field, limits.maxFiles);
      const cleanUp = () => Promise.all((request.files ?? []).map((f) => rm(f.path, { force: true })));
      try {
        await new Promise<void>((resolve, reject) =>
          upload(request as never, http.getResponse(), (error: unknown) =>
            error ? reject(error) : resolve(),
          ),
        );
      } catch (error) {
        await cleanUp();
        throw refusal(error, limits);
      }
      return from(lastValueFrom(next.handle()).finally(cleanUp));
    }
  }
  return mixin(SpooledUploadInterceptor);
}

function refusal(error: unknown, limits: MultipartLimits) {
  const unreadable = (reason: string) =>
    badInput(limits.field, `The upload could not be read (${reason}); send it again as multipart/form-data.`);
  if (!(error instanceof MulterError)) return unreadable((error as Error).message);
  switch (error.code) {
    case 'LIMIT_FILE_SIZE':
      return badInput(
        limits.field,
        `A file is larger than the ${limits.maxFileBytes.toLocaleString('en-US')} bytes allowed; upload a smaller file or ask an admin to raise the limit.`,
      );
    case 'LIMIT_FILE_COUNT':
      return badInput(
        limits.field,
        `At most ${limits.maxFiles.toLocaleString('en-US')} files go in one upload; split it into several.`,
      );
    case 'LIMIT_UNEXPECTED_FILE':
      return badInput(
        limits.field,
        `Send the files in the multipart field "${limits.field}"; this endpoint does not read "${error.field}".`,
      );
    default:
      return unreadable(error.message);
  }
}
