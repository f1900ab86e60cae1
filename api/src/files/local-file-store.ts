import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { access, mkdir, rename, rm, stat, writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FileStore, StoredBlob } from './file-store';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The store on local disk, under `<dataDir>/store`: `sha256/ab/cd/<sha256>`. Writes go to a
 * temporary name first and are renamed into place, so a reader never sees half a file and two
 * writers of the same content both end with the same complete file.
 */
export class LocalFileStore implements FileStore {
  readonly spoolDir: string;

  constructor(private readonly root: string) {
    this.spoolDir = join(root, 'spool');
  }

  static underDataDir(dataDir: string): LocalFileStore {
    return new LocalFileStore(join(dataDir, 'store'));
  }

  async put(bytes: Buffer): Promise<StoredBlob> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (!(await this.has(sha256))) {
      const temporary = await this.temporaryPath();
      await writeFile(temporary, bytes);
      await this.moveIntoPlace(temporary, sha256);
    }
    return { sha256, sizeBytes: bytes.length };
  }

  async putFile(path: string): Promise<StoredBlob> {
    const hash = createHash('sha256');
    await pipeline(createReadStream(path), hash);
    const sha256 = hash.digest('hex');
    const { size } = await stat(path);
    if (await this.has(sha256)) await rm(path, { force: true });
    else await this.moveIntoPlace(path, sha256);
    return { sha256, sizeBytes: size };
  }

  read(sha256: string): Promise<Buffer> {
    return readFile(this.pathOf(sha256));
  }

  stream(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  private pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new RangeError(`Not a sha256 in lower-case hex: ${sha256}`);
    return join(this.root, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  private async temporaryPath(): Promise<string> {
    await mkdir(this.spoolDir, { recursive: true });
    return join(this.spoolDir, `put-${randomBytes(8).toString('hex')}`);
  }

  private async moveIntoPlace(from: string, sha256: string): Promise<void> {
    const target = this.pathOf(sha256);
    await mkdir(join(target, '..'), { recursive: true });
    await rename(from, target);
  }
}
