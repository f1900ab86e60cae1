import type { FileStoreConfig } from '../../config/file-store';
import type { FileStore } from './file-store';
import { LocalFileStore } from './local-file-store';
import { S3FileStore } from './s3-file-store';

/**
 * The store FILE_STORE names, checked before anything relies on it: the api, the worker and the
 * demo seed all open it here, so a missing bucket stops the start with a sentence, not the
 * first upload with a stack trace.
 */
export async function openFileStore(config: {
  fileStore: FileStoreConfig;
  dataDir: string;
}): Promise<FileStore> {
  if (config.fileStore.kind === 'local') return LocalFileStore.underDataDir(config.dataDir);
  const store = new S3FileStore(config.fileStore, config.dataDir);
  await store.checkBucket();
  return store;
}
