import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { TestServer } from '../../../../test/support/server';
import { APP_CONFIG, AppConfig, loadConfig } from '../../config/config';
import { createLogger } from '../../common/logger';
import { InferenceWorker } from '../worker/inference-worker';
import type { ModelPackEntry } from '../../../../seeds/models';
import { ModelProto, OnnxDataType } from '../engine/onnx-proto';
import { fromAdapterSpec } from '../registry/adapter.types';

/**
 * Support for the inference integration tests: planning rows a job needs (the planning API is
 * another feature's), uploads over real multipart HTTP, and a worker running in the test process.
 */

/** The task type `code`, made (with a test labour role) unless the seed made it already. */
export async function ensureTaskType(db: DataSource, code: string): Promise<void> {
  const [role] = await db.query(
    `INSERT INTO labour_role (code, name, department) VALUES ('TEST_ARTIST', 'Test artist', 'VFX')
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
  );
  await db.query(
    `INSERT INTO task_type (code, name, baseline_role_id) VALUES ($1, $1, $2) ON CONFLICT (code) DO NOTHING`,
    [code, role.id],
  );
}

/**
 * A task of `taskType` on a new shot of the demo production DERRUMBE (guild-covered, under the
 * Netflix pack): its AI use disclosed to the distributor and its five principles all YES, as the
 * demo records for every DERRUMBE task, so the pack lets a job run on it.
 */
export async function createTask(
  db: DataSource,
  taskType: string,
): Promise<{ taskId: string; productionId: string }> {
  await ensureTaskType(db, taskType);
  const [{ id: productionId }] = await db.query(`SELECT id FROM production WHERE code = 'DERRUMBE'`);
  const [shot] = await db.query(
    `INSERT INTO shot (production_id, code, frame_in, frame_out, frame_count) VALUES ($1, $2, 1001, 1024, 24) RETURNING id`,
    [productionId, `T${randomBytes(3).toString('hex')}`],
  );
  const [task] = await db.query(
    `INSERT INTO task (production_id, shot_id, task_type_code, complexity, path) VALUES ($1, $2, $3, 2, 'AI_ASSISTED') RETURNING id`,
    [productionId, shot.id, taskType],
  );
  await db.query(
    `INSERT INTO ai_use_disclosure (production_id, task_id, contact, disclosed_at, description)
     VALUES ($1, $2, 'distributor contact (test)', now() - interval '1 day', 'AI use as planned')`,
    [productionId, task.id],
  );
  await db.query(
    `INSERT INTO ai_use_checklist (task_id, production_id, no_unowned_material, no_data_reuse, enterprise_secured,
       output_temporary, no_talent_replacement, involves_personal_data, involves_third_party_ip, answered_at)
     VALUES ($1, $2, 'YES', 'YES', 'YES', 'YES', 'YES', false, false, now() - interval '1 day')`,
    [task.id, productionId],
  );
  return { taskId: task.id, productionId };
}

/**
 * A compute rate for a test device class at 36,000.00 USD an hour, which is one cent a
 * millisecond: a job's cost in cents equals its machine time in ms, checkable at a glance.
 */
export const CENT_A_MS = { deviceClass: 'CPU-TESTRIG', pricePerHourMinor: '3600000', currency: 'USD' };

export async function addCentPerMsRate(db: DataSource): Promise<void> {
  await db.query(
    `INSERT INTO compute_rate (device_class, currency, price_per_hour_minor, effective_from, source)
     VALUES ($1, $2, $3, '2000-01-01', 'test: one cent per millisecond') ON CONFLICT DO NOTHING`,
    [CENT_A_MS.deviceClass, CENT_A_MS.currency, CENT_A_MS.pricePerHourMinor],
  );
}

export interface UploadFile {
  name: string;
  bytes: Buffer;
  type?: string;
}

/** A multipart POST as a browser or curl sends it; answers the status and the parsed body. */
export async function postFiles(
  server: TestServer,
  path: '/files/models' | '/files/frames',
  field: string,
  files: UploadFile[],
  token?: string,
  fields: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files)
    form.append(field, new Blob([file.bytes], { type: file.type ?? 'image/png' }), file.name);
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: await response.json() };
}

/** POST /files/models with one .onnx file. */
export const uploadModel = (server: TestServer, bytes: Buffer, token?: string, name = 'model.onnx') =>
  postFiles(server, '/files/models', 'file', [{ name, bytes, type: 'application/octet-stream' }], token);

/** POST /files/frames with images named as given (their numbers make the sequence). */
export const uploadFrames = (server: TestServer, files: UploadFile[], token?: string, folderName?: string) =>
  postFiles(server, '/files/frames', 'frames', files, token, folderName ? { name: folderName } : {});

export const REGISTER_MODEL = `mutation($input: RegisterModelInput!) {
  registerModel(input: $input) { id name version status sha256 taskTypes provenance { licence trainingData weights } }
}`;

/** The registerModel input for a built-in pack entry uploaded as `fileId`. */
export function registration(
  entry: ModelPackEntry,
  fileId: string,
  overrides: { version?: string; trainingData?: string } = {},
) {
  const { weights, licence, trainingData, trainingDataNotes, vendor, source } = entry.provenance;
  return {
    fileId,
    name: entry.name,
    version: overrides.version ?? entry.version,
    taskTypes: entry.taskTypes,
    adapter: fromAdapterSpec(entry.adapter),
    provenance: {
      licence,
      trainingData: overrides.trainingData ?? trainingData,
      trainingDataNotes,
      vendor,
      source,
      weights,
      modelCard: entry.modelCard,
    },
  };
}

/**
 * Uploads, registers and approves a pack entry as the admin; answers the model id. The version gets
 * a `-test` suffix so it never collides with the same model registered by the demo seed.
 */
export async function approvedModel(
  server: TestServer,
  adminToken: string,
  entry: ModelPackEntry,
): Promise<string> {
  const upload = await uploadModel(server, entry.bytes, adminToken, `${entry.name}.onnx`);
  if (upload.status !== 201) throw new Error(`upload failed: ${JSON.stringify(upload.body)}`);
  const input = registration(entry, upload.body.fileId, { version: `${entry.version}-test` });
  const registered = await server.gql(REGISTER_MODEL, { input }, adminToken);
  if (!registered.data) throw new Error(`register failed: ${JSON.stringify(registered.errors)}`);
  const id = registered.data.registerModel.id;
  await server.gql(`mutation($id: ID!) { approveModel(id: $id) { id } }`, { id }, adminToken);
  return id;
}

export const JOB_FIELDS = `id status attempt framesTotal framesDone provider device deviceClass wallMs queueWaitMs error
  failedFrame { index name } computeCost { amountMinor currency formatted } timings { decodeMs inferMs encodeMs } modelSha256 cancelRequested warnings`;

/** Polls the job until its status is one of `statuses`. */
export async function waitForJob(
  server: TestServer,
  token: string,
  jobId: string,
  statuses: string[],
  timeoutMs = 60_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await server.gql(
      `query($id: ID!) { inferenceJob(id: $id) { ${JOB_FIELDS} } }`,
      { id: jobId },
      token,
    );
    const job = result.data?.inferenceJob;
    if (job && statuses.includes(job.status)) return job;
    if (Date.now() > deadline)
      throw new Error(`job ${jobId} is ${JSON.stringify(job ?? result.errors)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A worker in the test process, on the server's database and data dir, billing as CENT_A_MS's device class. */
export async function startWorker(
  server: TestServer,
  env: Record<string, string> = {},
): Promise<InferenceWorker> {
  const serverConfig = server.app.get<AppConfig>(APP_CONFIG);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: server.databaseUrl,
    FRAMELEDGER_DATA_DIR: serverConfig.dataDir,
    WORKER_DEVICE_CLASS: CENT_A_MS.deviceClass,
    INFERENCE_POLL_SECONDS: '1',
    ...env,
  });
  return InferenceWorker.start(
    config,
    server.databaseUrl,
    createLogger(process.env.LOG_LEVEL ?? 'warn', 'worker'),
  );
}

/**
 * A model that opens, passes the adapter check and the registration dry run (its 64 x 48 synthetic
 * frame, which is also the worker's warm-up) but fails inside onnxruntime on every other frame size:
 * it reshapes the frame to 64 x 48 pixels. The error a retry might cure (a runtime failure), as
 * opposed to a bad frame.
 */
export function failingRunModel(): ModelPackEntry {
  const image = (name: string) => ({
    name,
    type: {
      tensor_type: {
        elem_type: OnnxDataType.FLOAT,
        shape: { dim: [{ dim_value: 1 }, { dim_value: 3 }, { dim_param: 'h' }, { dim_param: 'w' }] },
      },
    },
  });
  const bytes = Buffer.from(
    ModelProto.encode(
      ModelProto.fromObject({
        ir_version: 8,
        opset_import: [{ domain: '', version: 17 }],
        graph: {
          name: 'reshape_to_64x48',
          node: [{ op_type: 'Reshape', input: ['image', 'shape'], output: ['out'] }],
          initializer: [
            { name: 'shape', dims: [4], data_type: OnnxDataType.INT64, int64_data: [1, 3, 48, 64] },
          ],
          input: [image('image')],
          output: [image('out')],
        },
      }),
    ).finish(),
  );
  return testModelEntry('test-reshape-trap', bytes, 'Fails on purpose: reshapes any frame to 64x48 pixels.');
}

/** A KEYING test graph as a pack entry: RGB in 0..1 at any size, an IMAGE out, hand-set, synthetic. */
export function testModelEntry(name: string, bytes: Buffer, modelCard: string): ModelPackEntry {
  return {
    name,
    version: '1.0.0',
    bytes,
    taskTypes: ['KEYING'],
    adapter: {
      layout: 'NCHW',
      colour: 'RGB',
      values: { kind: 'range', min: 0, max: 1 },
      size: { kind: 'any' },
      outputKind: 'IMAGE',
    },
    provenance: {
      licence: 'Apache-2.0',
      trainingData: 'SYNTHETIC',
      trainingDataNotes: 'A test graph with no weights.',
      vendor: 'FrameLedger tests',
      source: 'api/src/inference/testing/fixtures.ts',
      weights: 'HAND_SET',
    },
    modelCard,
  };
}

/**
 * The same graph as `entry` in other bytes (its doc string says `note`): another file, another
 * sha256, for tests that must register a model without sharing its file's provenance.
 */
export function otherBytesOf(entry: ModelPackEntry, note: string): ModelPackEntry {
  const model = ModelProto.toObject(ModelProto.decode(entry.bytes)) as Record<string, unknown>;
  const bytes = Buffer.from(
    ModelProto.encode(ModelProto.fromObject({ ...model, doc_string: note })).finish(),
  );
  return { ...entry, bytes };
}
