import { Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { BearerAuthMiddleware } from './bearer-auth.middleware';
import { FILE_STORE } from './file-store';
import { FilesController } from './files.controller';
import { openFileStore } from './create-file-store';
import { StoredFilesRepository } from './stored-files.repository';

/** The content-addressed file store, the stored_file table and the REST routes under /files. */
@Global()
@Module({
  imports: [AuthModule],
  controllers: [FilesController],
  providers: [
    StoredFilesRepository,
    {
      provide: FILE_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => openFileStore(config),
    },
  ],
  exports: [FILE_STORE, StoredFilesRepository],
})
export class FilesModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(BearerAuthMiddleware).forRoutes('files', 'files/*path');
  }
}
