import type { Readable } from 'node:stream';

/** What the store holds for one content: its sha256 (lower-case hex) and size. */
export interface StoredBlob {
  sha256: string;
  sizeBytes: number;
}

/**
 * Content-addressed storage for frames, renders and model files: bytes are kept under their
 * sha256, so the same bytes stored twice are kept once and a name can never point at changed
 * content. The local disk implements it today; an S3-compatible bucket can implement the same.
 */
export interface FileStore {
  /** Stores bytes; storing bytes that are there already changes nothing. */
  put(bytes: Buffer): Promise<StoredBlob>;
  /** Moves a file spooled to local disk (an upload) into the store; the spooled file is gone afterwards. */
  putFile(path: string): Promise<StoredBlob>;
  read(sha256: string): Promise<Buffer>;
  stream(sha256: string): Readable;
  has(sha256: string): Promise<boolean>;
  /** A folder on local disk where uploads are spooled before they are checked and stored. */
  readonly spoolDir: string;
}

/** Nest injection token for the FileStore. */
export const FILE_STORE = Symbol('FILE_STORE');
