import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { ConfigError } from '../../config/config';
import type { FileStoreConfig } from '../../config/file-store';
import type { FileStore, StoredBlob } from './file-store';
import { storeKey } from './local-file-store';

type S3Config = Extract<FileStoreConfig, { kind: 's3' }>;

/**
 * The store in an S3-compatible bucket, so an api and workers on different machines see the same
 * frames, renders and models (docs/scaling.md). Same layout as on disk, under the configured
 * prefix: `sha256/ab/cd/<sha256>`. An object is written whole or not at all (S3 has no partial
 * objects), and the same content written twice is the same object, so concurrent writers need
 * no coordination. Uploads still spool to local disk first: they are checked before they are kept.
 */
export class S3FileStore implements FileStore {
  readonly spoolDir: string;
  private readonly client: S3Client;

  constructor(
    private readonly config: S3Config,
    dataDir: string,
  ) {
    this.spoolDir = join(dataDir, 'spool');
    mkdirSync(this.spoolDir, { recursive: true, mode: 0o700 });
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
      // The SDK's default checksums send streamed bodies in aws-chunked encoding with a trailer,
      // which many S3-compatible servers store verbatim (framing and all). Checksums only where
      // an operation requires them; the content's sha256 is checked by whoever reads it anyway.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  /** Refuses to start on a bucket that is missing or closed to these credentials. */
  async checkBucket(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.config.bucket }));
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      const why =
        status === 404
          ? 'it does not exist; create it'
          : status === 403
            ? 'these credentials may not use it; check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY'
            : `it did not answer (${(error as Error).message}); check S3_ENDPOINT and S3_REGION`;
      throw new ConfigError(
        `FILE_STORE=s3 cannot use bucket "${this.config.bucket}" at ${this.config.endpoint ?? 'AWS S3'}: ${why}.`,
      );
    }
  }

  async put(bytes: Buffer): Promise<StoredBlob> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (!(await this.has(sha256))) await this.send(sha256, bytes, bytes.length);
    return { sha256, sizeBytes: bytes.length };
  }

  async putFile(path: string): Promise<StoredBlob> {
    try {
      const hash = createHash('sha256');
      await pipeline(createReadStream(path), hash);
      const sha256 = hash.digest('hex');
      const { size } = await stat(path);
      if (!(await this.has(sha256))) await this.send(sha256, createReadStream(path), size);
      return { sha256, sizeBytes: size };
    } finally {
      await rm(path, { force: true });
    }
  }

  async read(sha256: string): Promise<Buffer> {
    const object = await this.client.send(new GetObjectCommand(this.at(sha256)));
    return Buffer.from(await object.Body!.transformToByteArray());
  }

  /** A stream that starts at once and fails as a stream would when the object cannot be read. */
  stream(sha256: string): Readable {
    const out = new PassThrough();
    this.client
      .send(new GetObjectCommand(this.at(sha256)))
      .then((object) => pipeline(object.Body as Readable, out))
      .catch((error: Error) => out.destroy(error));
    return out;
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand(this.at(sha256)));
      return true;
    } catch (error) {
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
        return false;
      throw error;
    }
  }

  private send(sha256: string, body: Buffer | Readable, size: number): Promise<unknown> {
    return this.client.send(new PutObjectCommand({ ...this.at(sha256), Body: body, ContentLength: size }));
  }

  private at(sha256: string): { Bucket: string; Key: string } {
    return { Bucket: this.config.bucket, Key: this.config.prefix + storeKey(sha256) };
  }
}
