import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileStoreConfig, FileStoreConfig } from './file-store';
import { ssoConfig, SsoConfig } from './sso';

/** Everything the service reads from the environment, validated once at boot. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** Absent: an embedded PostgreSQL is started under `<dataDir>/pg`. The api and workers connect as this role. */
  databaseUrl?: string;
  /** The owner role that runs migrations and grants the app role its rights; unset: DATABASE_URL's role. */
  migrationDatabaseUrl?: string;
  dataDir: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  logLevel: string;
  /** Start the inference worker as a child process of the api (npm start). */
  startWorker: boolean;
  /** Seed the demo when the database holds no users. */
  seedDemo: boolean;
  maxModelBytes: number;
  maxImagePixelsWide: number;
  workerDeviceClass: string;
  graphqlMaxDepth: number;
  /** Highest cost a GraphQL query may have (api/src/platform/graphql/query-cost.ts); refused above it. */
  graphqlMaxCost: number;
  graphqlMaxAliases: number;
  /** Largest /graphql body for ordinary operations; imports and batches may send up to importMaxBytes. */
  graphqlMaxBodyBytes: number;
  importMaxBytes: number;
  /** Introspection (schema queries) answered; off in production unless GRAPHQL_INTROSPECTION=true. */
  graphqlIntrospection: boolean;
  /** The address the server listens on. */
  host: string;
  /** When set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** Graceful shutdown: how long `/readyz` answers 503 with the port still open before it closes. */
  shutdownDrainSeconds: number;
  /** Graceful shutdown: how long in-flight requests may take to finish once the port is closed. */
  shutdownTimeoutSeconds: number;
  /** Inference: how many times a failed job is tried again before it is marked FAILED. */
  inferenceRetryLimit: number;
  /** Inference: a RUNNING job whose worker has written nothing for this long is given to another worker. */
  inferenceStallSeconds: number;
  /** Inference: how often a worker beats its row; a job whose worker missed 3 beats goes to another worker. */
  inferenceHeartbeatSeconds: number;
  /** Inference: the longest one attempt of a job may run before the queue fails it. */
  inferenceJobTimeoutSeconds: number;
  /** Inference: how often an idle worker asks the queue for work. */
  inferencePollSeconds: number;
  /** Inference: how many models a worker keeps open (sessions cached by sha256). */
  workerSessionCacheSize: number;
  /** Frames a worker runs together when the model's batch dimension is free (1: one at a time). */
  inferenceBatchFrames: number;
  /** Inference: a worker refuses to start unless CUDA or WebGPU opens (INFERENCE_REQUIRE_GPU). */
  inferenceRequireGpu: boolean;
  /** Inference: a session on another kind of device than WORKER_DEVICE_CLASS is flagged on the job, or refused. */
  inferenceDeviceMismatch: 'flag' | 'refuse';
  /** Inference: a frame whose output is NaN, infinite or constant is flagged (warn) or fails the job (fail). */
  inferenceOutputCheck: 'warn' | 'fail';
  /** PKCS#8 PEM Ed25519 key that signs audit checkpoints and exports; unset: generated in the data dir. */
  auditSigningKeyFile?: string;
  /** Sign an audit checkpoint every this many events (0: only on demand and at export). */
  auditCheckpointEvery: number;
  /** Heavy reports (Monte Carlo, the frontier): worker threads; default one per core but one (the request thread's). */
  reportThreads: number;
  /** Heavy reports one person may have running or queued at once; past it RESOURCE_EXHAUSTED. */
  reportMaxPerUser: number;
  /** Heavy reports waiting for a thread, all people together; past it RESOURCE_EXHAUSTED. */
  reportQueueLimit: number;
  /** Nice value of the report threads (Linux): they give way to the request thread; 0 leaves them equal. */
  reportThreadNice: number;
  /** OpenID Connect sign-in; undefined when OIDC_ISSUER_URL is unset. */
  sso?: SsoConfig;
  /** LOCAL_PASSWORDS=false: the login mutation refuses everyone and people sign in through `sso`. */
  localPasswords: boolean;
  /** FILE_STORE: the data dir's store (local) or an S3-compatible bucket (s3). */
  fileStore: FileStoreConfig;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false; it is "${raw}".`);
}

/** One of `values` (the first is the default), case-insensitive. */
function oneOf<T extends string>(env: Env, name: string, values: readonly T[]): T {
  const raw = (env[name] ?? '').toLowerCase();
  if (raw === '') return values[0];
  if (!values.includes(raw as T))
    throw new ConfigError(`${name} must be ${values.join(' or ')}; it is "${env[name]}".`);
  return raw as T;
}

function postgresUrl(env: Env, name: 'DATABASE_URL' | 'MIGRATION_DATABASE_URL'): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL such as postgres://user:password@host:5432/frameledger.`);
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol)) {
    throw new ConfigError(
      `${name} must start with postgres:// or postgresql://; it starts with ${url.protocol}//.`,
    );
  }
  return raw;
}

function migrationDatabaseUrl(env: Env): string | undefined {
  const url = postgresUrl(env, 'MIGRATION_DATABASE_URL');
  if (url && !env.DATABASE_URL) {
    throw new ConfigError(
      'MIGRATION_DATABASE_URL needs DATABASE_URL too (the app role the api connects as); set both or neither.',
    );
  }
  return url;
}

/**
 * Outside production an unset JWT_SECRET is generated once and kept in the data dir, so
 * tokens survive a restart without anyone having to invent a secret for a demo.
 */
function jwtSecret(env: Env, nodeEnv: AppConfig['nodeEnv'], dataDir: string): string {
  const raw = env.JWT_SECRET;
  if (raw) {
    if (raw.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters long.');
    return raw;
  }
  if (nodeEnv === 'production') {
    throw new ConfigError('JWT_SECRET must be set in production (at least 32 random characters).');
  }
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function auditSigningKeyFile(env: Env): string | undefined {
  const raw = env.AUDIT_SIGNING_KEY_FILE;
  if (!raw) return undefined;
  const file = isAbsolute(raw) ? raw : resolve(process.cwd(), raw);
  if (!existsSync(file)) {
    throw new ConfigError(
      `AUDIT_SIGNING_KEY_FILE names ${file}, which does not exist; point it at the Ed25519 private key (PEM) or unset it.`,
    );
  }
  return file;
}

/** Request limits and exposure: safe in production unless loosened on purpose. */
function requestLimits(env: Env, nodeEnv: AppConfig['nodeEnv']) {
  const production = nodeEnv === 'production';
  const host = env.HOST || (production ? '127.0.0.1' : '0.0.0.0');
  const metricsToken = env.METRICS_TOKEN || undefined;
  if (metricsToken !== undefined && metricsToken.length < 16)
    throw new ConfigError('METRICS_TOKEN must be at least 16 characters long.');
  if (production && !metricsToken && !isPrivateAddress(host)) {
    throw new ConfigError(
      `In production /metrics needs METRICS_TOKEN when HOST (${host}) is not a loopback or private address; set METRICS_TOKEN or bind to a private address.`,
    );
  }
  return {
    // The dashboard's costliest query (100 frame folders x 100 frames) costs 51,001.
    graphqlMaxCost: integer(env, 'GRAPHQL_MAX_COST', 60_000, 100, 10_000_000),
    graphqlMaxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 30, 1, 1000),
    graphqlMaxBodyBytes: integer(env, 'GRAPHQL_MAX_BODY_BYTES', 1024 ** 2, 1024, 64 * 1024 ** 2),
    importMaxBytes: integer(env, 'IMPORT_MAX_BYTES', 25 * 1024 ** 2, 1024, 512 * 1024 ** 2),
    graphqlIntrospection: flag(env, 'GRAPHQL_INTROSPECTION', !production),
    host,
    metricsToken,
  };
}

/** Loopback or RFC 1918 / unique-local: reachable only from inside the deployment. */
function isPrivateAddress(host: string): boolean {
  return /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|::1$|f[cd][0-9a-f]{2}:|localhost$)/i.test(host);
}

/** Passwords may be turned off only when single sign-on is there to let people in instead. */
function signIn(env: Env) {
  const sso = ssoConfig(env);
  const localPasswords = flag(env, 'LOCAL_PASSWORDS', true);
  if (!localPasswords && !sso) {
    throw new ConfigError(
      'LOCAL_PASSWORDS=false needs OIDC_ISSUER_URL (single sign-on); without it nobody could sign in.',
    );
  }
  return { sso, localPasswords };
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError(`NODE_ENV must be development, production or test; it is "${nodeEnvRaw}".`);
  }
  const nodeEnv = nodeEnvRaw as AppConfig['nodeEnv'];
  const dataDirRaw = env.FRAMELEDGER_DATA_DIR || '.data';
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(process.cwd(), dataDirRaw);
  const logLevel = env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info');
  if (!['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'].includes(logLevel)) {
    throw new ConfigError(
      `LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent; it is "${logLevel}".`,
    );
  }
  const deviceClass = (env.WORKER_DEVICE_CLASS || 'CPU').toUpperCase();
  if (!/^[A-Z0-9_-]{1,32}$/.test(deviceClass)) {
    throw new ConfigError(
      `WORKER_DEVICE_CLASS must be a device class code such as CPU, T4, L4, A100 or H100; it is "${deviceClass}".`,
    );
  }
  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000, 0, 65535),
    databaseUrl: postgresUrl(env, 'DATABASE_URL'),
    migrationDatabaseUrl: migrationDatabaseUrl(env),
    dataDir,
    jwtSecret: jwtSecret(env, nodeEnv, dataDir),
    jwtTtlSeconds: integer(env, 'JWT_TTL_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    logLevel,
    startWorker: flag(env, 'FRAMELEDGER_START_WORKER', true),
    // Production never seeds the demo users (published password) unless asked for in so many words.
    seedDemo: flag(env, 'FRAMELEDGER_SEED_DEMO', nodeEnv !== 'production'),
    maxModelBytes: integer(env, 'MAX_MODEL_BYTES', 2 * 1024 ** 3, 1024, 16 * 1024 ** 3),
    maxImagePixelsWide: integer(env, 'MAX_IMAGE_WIDTH', 12000, 16, 65535),
    workerDeviceClass: deviceClass,
    graphqlMaxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 50),
    ...requestLimits(env, nodeEnv),
    // Tests stop servers all the time and no load balancer watches them.
    shutdownDrainSeconds: integer(env, 'SHUTDOWN_DRAIN_SECONDS', nodeEnv === 'test' ? 0 : 2, 0, 300),
    reportThreads: integer(env, 'REPORT_THREADS', Math.max(1, availableParallelism() - 1), 1, 256),
    reportMaxPerUser: integer(env, 'REPORT_MAX_PER_USER', 4, 1, 100),
    reportQueueLimit: integer(env, 'REPORT_QUEUE_LIMIT', 32, 0, 10_000),
    reportThreadNice: integer(env, 'REPORT_THREAD_NICE', 10, 0, 19),
    shutdownTimeoutSeconds: integer(env, 'SHUTDOWN_TIMEOUT_SECONDS', 30, 1, 3600),
    inferenceRetryLimit: integer(env, 'INFERENCE_RETRY_LIMIT', 2, 0, 10),
    inferenceStallSeconds: integer(env, 'INFERENCE_STALL_SECONDS', 300, 2, 24 * 3600),
    inferenceHeartbeatSeconds: integer(env, 'INFERENCE_HEARTBEAT_SECONDS', 5, 1, 60),
    // pg-boss caps a job's expiry below 24 hours.
    inferenceJobTimeoutSeconds: integer(env, 'INFERENCE_JOB_TIMEOUT_SECONDS', 4 * 3600, 10, 23 * 3600),
    inferencePollSeconds: integer(env, 'INFERENCE_POLL_SECONDS', 2, 1, 60),
    workerSessionCacheSize: integer(env, 'WORKER_SESSION_CACHE', 4, 1, 64),
    inferenceBatchFrames: integer(env, 'INFERENCE_BATCH_FRAMES', 1, 1, 32),
    inferenceRequireGpu: flag(env, 'INFERENCE_REQUIRE_GPU', false),
    inferenceDeviceMismatch: oneOf(env, 'INFERENCE_DEVICE_MISMATCH', ['flag', 'refuse'] as const),
    inferenceOutputCheck: oneOf(env, 'INFERENCE_OUTPUT_CHECK', ['warn', 'fail'] as const),
    auditSigningKeyFile: auditSigningKeyFile(env),
    auditCheckpointEvery: integer(env, 'AUDIT_CHECKPOINT_EVERY', 100, 0, 1_000_000),
    ...signIn(env),
    fileStore: fileStoreConfig(env),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
