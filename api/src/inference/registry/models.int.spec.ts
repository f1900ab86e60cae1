/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromaKeyModel } from '../../../../seeds/models/chroma-key';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { halfSizeModel, identityModel } from '../engine/testing/models';
import { ensureTaskType, REGISTER_MODEL, registration, uploadModel } from '../testing/fixtures';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('the model registry', () => {
  let server: TestServer;
  let admin: string;
  let operator: string;
  let reviewer: string;
  const chromaKey = chromaKeyModel();
  const storeFiles = () => {
    const root = join(server.app.get<AppConfig>(APP_CONFIG).dataDir, 'store', 'sha256');
    try {
      return readdirSync(root, { recursive: true }).filter((p) => String(p).length > 10).length;
    } catch {
      return 0;
    }
  };
  const count = async (table: string) =>
    (await server.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    server = await startTestServer({ MAX_MODEL_BYTES: String(8 * 1024 ** 2) });
    [admin, operator, reviewer] = await Promise.all(
      ['admin', 'operator', 'reviewer'].map((who) => server.login(`${who}@frameledger.local`)),
    );
    await ensureTaskType(server.dataSource, 'KEYING');
  });
  afterAll(() => server?.stop());

  it('stores an uploaded .onnx by its sha256 with what onnxruntime reads from it, once however often it is uploaded', async () => {
    const first = await uploadModel(server, chromaKey.bytes, operator, 'key.onnx');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      sha256: sha256(chromaKey.bytes),
      sizeBytes: chromaKey.bytes.length,
      inputs: [{ name: 'image', type: 'float32', shape: [1, 3, 'height', 'width'] }],
      outputs: [{ name: 'matte', type: 'float32', shape: [1, 1, 'height', 'width'] }],
      opsets: [{ domain: '', version: 17 }],
    });
    const again = await uploadModel(server, chromaKey.bytes, admin, 'copy.onnx');
    expect(again.body).toMatchObject({ fileId: first.body.fileId, newFile: false });
    const download = await fetch(`${server.url}/files/${first.body.fileId}`, {
      headers: { authorization: `Bearer ${reviewer}` },
    });
    expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(sha256(chromaKey.bytes));
    const unknown = await fetch(`${server.url}/files/not-an-id`, {
      headers: { authorization: `Bearer ${reviewer}` },
    });
    expect([unknown.status, ((await unknown.json()) as { error: { code: string } }).error.code]).toEqual([
      404,
      'NOT_FOUND',
    ]);
  });

  it('registers the upload as a PENDING model, then the admin approves it, with both in the audit log', async () => {
    const { body } = await uploadModel(server, chromaKey.bytes, operator, 'key.onnx');
    const input = registration(chromaKey, body.fileId, { version: '9.0.0' });
    const registered = await server.gql(REGISTER_MODEL, { input }, operator);
    expect(registered.errors).toBeUndefined();
    expect(registered.data?.registerModel).toMatchObject({
      name: 'frameledger-chroma-key',
      version: '9.0.0',
      status: 'PENDING',
      sha256: sha256(chromaKey.bytes),
      taskTypes: ['KEYING'],
      provenance: { licence: 'Apache-2.0', trainingData: 'SYNTHETIC', weights: 'HAND_SET' },
    });
    const id = registered.data!.registerModel.id;
    const approve = `mutation($id: ID!) { approveModel(id: $id) { status decidedBy decidedAt } }`;
    expect((await server.gql(approve, { id }, operator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const approved = await server.gql(approve, { id }, admin);
    expect(approved.data?.approveModel.status).toBe('APPROVED');
    expect((await server.gql(approve, { id }, admin)).errors?.[0].extensions?.code).toBe('CONFLICT');

    const rejected = await server.gql(
      `mutation($id: ID!) { rejectModel(id: $id, reason: "Keys out green wardrobe on set B") { status decisionReason } }`,
      { id },
      admin,
    );
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data?.rejectModel).toEqual({
      status: 'REJECTED',
      decisionReason: 'Keys out green wardrobe on set B',
    });
    const actions = await server.dataSource.query(
      `SELECT action, payload FROM audit_event WHERE subject_id = $1 ORDER BY seq`,
      [id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'model.register',
      'model.approve',
      'model.reject',
    ]);
    expect(actions[2].payload).toMatchObject({
      before: { status: 'APPROVED' },
      after: { status: 'REJECTED' },
    });

    const listed = await server.gql(
      `{ models(filter: { taskType: "KEYING", status: REJECTED }) { totalCount edges { node { id adapter { layout valueRange { min max } size outputKind } } } } }`,
      {},
      reviewer,
    );
    expect(listed.data?.models.edges).toEqual([
      {
        node: {
          id,
          adapter: { layout: 'NCHW', valueRange: { min: 0, max: 1 }, size: 'ANY', outputKind: 'MATTE' },
        },
      },
    ]);
  });

  it("refuses a file that is not ONNX with the runtime's reason, keeping nothing", async () => {
    const [files, rows] = [storeFiles(), await count('stored_file')];
    const result = await uploadModel(server, Buffer.from('not a model at all'), admin, 'notes.onnx');
    expect(result.status).toBe(400);
    expect(result.body.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
      reason: 'MODEL_UNREADABLE',
    });
    expect(result.body.error.message).toMatch(/^onnxruntime cannot open this file as a model: /);
    expect([storeFiles(), await count('stored_file')]).toEqual([files, rows]);
  });

  it('refuses an operator set newer than the runtime supports, saying which to export with', async () => {
    const result = await uploadModel(server, identityModel({ opset: 99 }), admin, 'future.onnx');
    expect(result.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_OPSET' });
    expect(result.body.error.message).toMatch(
      /operator set ai\.onnx 99.*export the model again with opset \d+ or lower/,
    );
  });

  it('refuses a file over MAX_MODEL_BYTES before reading it through', async () => {
    const result = await uploadModel(server, Buffer.alloc(8 * 1024 ** 2 + 1), admin, 'big.onnx');
    expect(result.status).toBe(400);
    expect(result.body.error.message).toBe(
      'A file is larger than the 8,388,608 bytes allowed; upload a smaller file or ask an admin to raise the limit.',
    );
  });

  it('refuses an adapter that cannot feed the model before anything runs', async () => {
    const { body } = await uploadModel(server, chromaKey.bytes, admin, 'key.onnx');
    const input = registration(chromaKey, body.fileId, { version: '9.1.0' });
    const before = await count('model');
    const nhwc = await server.gql(
      REGISTER_MODEL,
      { input: { ...input, adapter: { ...input.adapter, layout: 'NHWC' } } },
      admin,
    );
    expect(nhwc.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.adapter.layout',
      reason: 'ADAPTER_MISMATCH',
    });
    expect(nhwc.errors?.[0].message).toMatch(/set the layout to NCHW/);
    const image = await server.gql(
      REGISTER_MODEL,
      { input: { ...input, adapter: { ...input.adapter, outputKind: 'IMAGE' } } },
      admin,
    );
    expect(image.errors?.[0].extensions?.field).toBe('input.adapter.outputKind');
    const both = await server.gql(
      REGISTER_MODEL,
      {
        input: {
          ...input,
          adapter: { ...input.adapter, meanStd: { mean: [0.5, 0.5, 0.5], std: [0.5, 0.5, 0.5] } },
        },
      },
      admin,
    );
    expect(both.errors?.[0].message).toBe(
      'Give exactly one of valueRange (e.g. 0 to 1) or meanStd (per-channel mean and std).',
    );
    expect(await count('model')).toBe(before);
  });

  it('refuses a model whose output the adapter cannot map back, found by a dry run on a synthetic frame', async () => {
    const half = halfSizeModel();
    const { body } = await uploadModel(server, half, admin, 'half.onnx');
    const entry = { ...chromaKey, name: 'half-size', bytes: half };
    const input = registration(entry, body.fileId, { version: '1.0.0' });
    const before = await count('model');
    const refused = await server.gql(
      REGISTER_MODEL,
      { input: { ...input, adapter: { ...input.adapter, outputKind: 'IMAGE' } } },
      admin,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.adapter.layout',
      reason: 'ADAPTER_MISMATCH',
    });
    // The synthetic frame for a model of any size is 64 x 48: the model answered 32 x 24.
    expect(refused.errors?.[0].message).toBe(
      "The model returned a 1x3x24x32 output for a 64x48 input; the engine reads 4-dimensional outputs in the adapter's layout at the input size or a whole multiple of it. Check the layout and the output name.",
    );
    expect(await count('model')).toBe(before);
  });

  it('refuses unknown task types, a bad licence id and uploads without a token or by a reviewer', async () => {
    const { body } = await uploadModel(server, chromaKey.bytes, admin, 'key.onnx');
    const input = registration(chromaKey, body.fileId, { version: '9.2.0' });
    const unknown = await server.gql(REGISTER_MODEL, { input: { ...input, taskTypes: ['TELEPORT'] } }, admin);
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.taskTypes',
    });
    const licence = await server.gql(
      REGISTER_MODEL,
      { input: { ...input, provenance: { ...input.provenance, licence: 'my licence' } } },
      admin,
    );
    expect(licence.errors?.[0].extensions?.field).toBe('provenance.licence');
    expect((await uploadModel(server, chromaKey.bytes, undefined, 'k.onnx')).status).toBe(401);
    expect((await uploadModel(server, chromaKey.bytes, reviewer, 'k.onnx')).status).toBe(403);
  });
});
