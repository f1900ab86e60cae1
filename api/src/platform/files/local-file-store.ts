import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { access, chmod, mkdir, rename, rm, stat, writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FileStore, StoredBlob } from './file-store';

const SHA256 = /^[0-9a-f]{64}$/;

/** Where a content lives in a store, on disk or in a bucket: `sha256/ab/cd/<sha256>`. */
export function storeKey(sha256: string): string {
  if (!SHA256.test(sha256)) throw new RangeError(`Not a sha256 in lower-case hex: ${sha256}`);
  return `sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/**
 * The store on local disk, under `<dataDir>/store`: `sha256/ab/cd/<sha256>`. Writes go to a
 * temporary name first and are renamed into place, so a reader never sees half a file and two
 * writers of the same content both end with the same complete file. Folders are 0700 and files
 * 0600: frames, renders and signed consent documents are for the api's own user only.
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
      await writeFile(temporary, bytes, { mode: PRIVATE_FILE });
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

  async read(sha256: string): Promise<Buffer> {
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
    return join(this.root, ...storeKey(sha256).split('/'));
  }

  private async temporaryPath(): Promise<string> {
    await this.privateDir(this.spoolDir);
    return join(this.spoolDir, `put-${randomBytes(8).toString('hex')}`);
  }

  private async moveIntoPlace(from: string, sha256: string): Promise<void> {
    const target = this.pathOf(sha256);
    await this.privateDir(join(target, '..'));
    // An upload spooled by multer has the umask's mode (often 0644).
    await chmod(from, PRIVATE_FILE);
    await rename(from, target);
  }

  /** Makes `dir` and the folders up to the store's root, all owner-only (existing ones too). */
  private async privateDir(dir: string): Promise<void> {
    await mkdir(dir, { recursive: true, mode: PRIVATE_DIR });
    for (let at = dir; at.startsWith(this.root); at = join(at, '..')) {
      await chmod(at, PRIVATE_DIR);
      if (at === this.root) break;
    }
  }
}
