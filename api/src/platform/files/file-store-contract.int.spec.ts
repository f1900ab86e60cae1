import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startS3Server, TestS3 } from '../../../../test/support/s3-server';
import { fileStoreConfig } from '../../config/file-store';
import { openFileStore } from './create-file-store';
import type { FileStore } from './file-store';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const PLATE = Buffer.from('plate DERR_010 frame 1001, 4 bytes of grain: \x00\x01\x02\x03');
const MISSING = 'f'.repeat(64);

async function drain(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * One contract, two stores: what the api, the worker and the seed rely on holds on the data
 * dir's folder and in an S3-compatible bucket (a real s3rver on loopback) alike.
 */
describe.each([
  ['the local folder store', async () => ({ env: { FILE_STORE: 'local' }, stop: async () => {} })],
  ['the S3 bucket store', () => startS3Server()],
])('%s', (_name, start: () => Promise<Pick<TestS3, 'env' | 'stop'>>) => {
  let backing: Pick<TestS3, 'env' | 'stop'>;
  let dataDir: string;
  let store: FileStore;

  beforeAll(async () => {
    backing = await start();
    dataDir = mkdtempSync(join(tmpdir(), 'frameledger-store-'));
    store = await openFileStore({ fileStore: fileStoreConfig(backing.env), dataDir });
  });
  afterAll(async () => {
    await backing.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps bytes under their sha256 and gives them back whole, read or streamed', async () => {
    const blob = await store.put(PLATE);
    expect(blob).toEqual({ sha256: sha(PLATE), sizeBytes: PLATE.length });
    expect(await store.has(blob.sha256)).toBe(true);
    expect((await store.read(blob.sha256)).equals(PLATE)).toBe(true);
    expect((await drain(store.stream(blob.sha256))).equals(PLATE)).toBe(true);
  });

  it('keeps the same bytes once, however often they are stored', async () => {
    const again = await store.put(Buffer.from(PLATE));
    expect(again.sha256).toBe(sha(PLATE));
    expect((await store.read(again.sha256)).equals(PLATE)).toBe(true);
  });

  it('takes a spooled upload and removes the spooled file, new content or not', async () => {
    const render = Buffer.alloc(300_000, 7); // bigger than one stream chunk
    for (const name of ['first-upload', 'same-again']) {
      const spooled = join(store.spoolDir, name);
      writeFileSync(spooled, render);
      const blob = await store.putFile(spooled);
      expect(blob).toEqual({ sha256: sha(render), sizeBytes: 300_000 });
      expect(existsSync(spooled)).toBe(false);
    }
    expect((await drain(store.stream(sha(render)))).equals(render)).toBe(true);
  });

  it('says what it does not hold: has is false, read rejects, a stream errors', async () => {
    expect(await store.has(MISSING)).toBe(false);
    await expect(store.read(MISSING)).rejects.toThrow();
    await expect(drain(store.stream(MISSING))).rejects.toThrow();
  });

  it('refuses a key that is not a sha256 before touching storage', async () => {
    await expect(store.read('../jwt-secret')).rejects.toThrow(RangeError);
  });
});

describe('opening the S3 store', () => {
  let s3: TestS3;
  beforeAll(async () => (s3 = await startS3Server()));
  afterAll(() => s3.stop());

  it('stops the start with a sentence when the bucket does not exist', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'frameledger-store-'));
    const config = fileStoreConfig({ ...s3.env, S3_BUCKET: 'no-such-bucket' });
    await expect(openFileStore({ fileStore: config, dataDir })).rejects.toThrow(
      `FILE_STORE=s3 cannot use bucket "no-such-bucket" at ${s3.env.S3_ENDPOINT}: it does not exist; create it.`,
    );
    rmSync(dataDir, { recursive: true, force: true });
  });
});
