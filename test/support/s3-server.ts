import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// s3rver: an S3-compatible server (S3's REST API, signatures and errors) kept on local disk.
import S3rver from 's3rver';

export interface TestS3 {
  /** FILE_STORE=s3 settings pointing at this server's bucket. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** A real S3-compatible server on a free loopback port, with one empty bucket. */
export async function startS3Server(bucket = 'frameledger-test'): Promise<TestS3> {
  const directory = mkdtempSync(join(tmpdir(), 'frameledger-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  return {
    env: {
      FILE_STORE: 's3',
      S3_BUCKET: bucket,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: 'us-east-1',
      // s3rver's fixed credentials.
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
    stop: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
