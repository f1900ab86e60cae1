import { ConfigError } from './config';

/** Where frames, renders, model files and signed documents are kept (docs/scaling.md). */
export type FileStoreConfig =
  | { kind: 'local' }
  | {
      kind: 's3';
      bucket: string;
      /** Key prefix inside the bucket, '' or ending in '/'. */
      prefix: string;
      region: string;
      /** An S3-compatible server (MinIO, Ceph, R2...); absent: AWS itself. */
      endpoint?: string;
      /** Path-style addressing (`endpoint/bucket/key`), which most S3-compatible servers need. */
      forcePathStyle: boolean;
      /** Absent: the SDK's own chain (instance role, AWS_* variables, profile). */
      credentials?: { accessKeyId: string; secretAccessKey: string };
    };

type Env = Record<string, string | undefined>;

const fail = (message: string): never => {
  throw new ConfigError(message);
};

// S3's own bucket naming rule (3 to 63 characters: lower-case letters, digits, dots, hyphens).
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** FILE_STORE=local (the default: `<data dir>/store`) or s3 with the S3_* settings, checked at boot. */
export function fileStoreConfig(env: Env): FileStoreConfig {
  const kind = (env.FILE_STORE || 'local').toLowerCase();
  if (kind === 'local') return { kind };
  if (kind !== 's3') return fail(`FILE_STORE must be local or s3; it is "${env.FILE_STORE}".`);

  const bucket = env.S3_BUCKET ?? '';
  if (!BUCKET.test(bucket)) {
    fail(
      `FILE_STORE=s3 needs S3_BUCKET, a bucket name of 3 to 63 lower-case letters, digits, dots or hyphens; it is "${bucket}".`,
    );
  }
  const prefix = env.S3_PREFIX ?? '';
  if (prefix !== '' && (!prefix.endsWith('/') || prefix.startsWith('/') || prefix.length > 200)) {
    fail(
      `S3_PREFIX must be empty or a folder such as "frameledger/" (ending in /, not starting with /); it is "${prefix}".`,
    );
  }
  const endpoint = env.S3_ENDPOINT || undefined;
  if (endpoint !== undefined) {
    let protocol = '';
    try {
      protocol = new URL(endpoint).protocol;
    } catch {
      protocol = '';
    }
    if (!['http:', 'https:'].includes(protocol)) {
      fail(`S3_ENDPOINT must be an http(s) URL such as http://minio:9000; it is "${endpoint}".`);
    }
  }
  const accessKeyId = env.S3_ACCESS_KEY_ID ?? '';
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY ?? '';
  if (!accessKeyId !== !secretAccessKey) {
    fail(
      'Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (the SDK then finds credentials itself).',
    );
  }
  const pathStyle = (env.S3_FORCE_PATH_STYLE ?? (endpoint ? 'true' : 'false')).toLowerCase();
  if (!['true', 'false'].includes(pathStyle)) {
    fail(`S3_FORCE_PATH_STYLE must be true or false; it is "${env.S3_FORCE_PATH_STYLE}".`);
  }
  return {
    kind,
    bucket,
    prefix,
    region: env.S3_REGION || 'us-east-1',
    endpoint,
    forcePathStyle: pathStyle === 'true',
    credentials: accessKeyId ? { accessKeyId, secretAccessKey } : undefined,
  };
}
