import { createHash } from 'node:crypto';
import type { FileStore } from '../../platform/files/file-store';
import { InferenceInputError } from '../engine';

/** Bytes read from the store whose sha256 is not the one recorded for them: refused, never rendered or signed. */
export class StoredBytesChangedError extends InferenceInputError {
  constructor(
    readonly kind: 'model' | 'frame',
    readonly expected: string,
    readonly actual: string,
    field: string,
  ) {
    super(
      'STORED_BYTES_CHANGED',
      field,
      `The ${kind} file in the store no longer matches its recorded sha256 (recorded ${expected}, read ${actual}): it was replaced or damaged after upload. Upload the original ${kind} again and submit a new job.`,
    );
  }
}

/**
 * Reads a file from the store, hashing it as it streams in, and refuses it when its sha256 is not
 * `sha256`: the signed manifest and the C2PA claim name that hash, so the bytes must be those bytes.
 */
export async function readVerified(
  store: FileStore,
  sha256: string,
  kind: 'model' | 'frame',
  field: string,
): Promise<Buffer> {
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  for await (const chunk of store.stream(sha256)) {
    hash.update(chunk as Buffer);
    chunks.push(chunk as Buffer);
  }
  const actual = hash.digest('hex');
  if (actual !== sha256) throw new StoredBytesChangedError(kind, sha256, actual, field);
  return Buffer.concat(chunks);
}
