/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import { createHash } from 'node:crypto';
import { chromaKeyModel } from '../../../../seeds/models/chroma-key';
import { startTestServer, TestServer } from '../../../../test/support/server';
import type { InferenceWorker } from '../worker/inference-worker';
import {
  addCentPerMsRate,
  createTask,
  otherBytesOf,
  REGISTER_MODEL,
  registration,
  startWorker,
  uploadFrames,
  uploadModel,
  waitForJob,
} from '../testing/fixtures';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const CORRECT = `mutation($input: CorrectModelProvenanceInput!) {
  correctModelProvenance(input: $input) { id provenanceRevision provenance { licence trainingData } }
}`;

describe('provenance belongs to the model file', () => {
  let server: TestServer;
  let admin: string;
  let operator: string;
  let worker: InferenceWorker | undefined;
  const entry = otherBytesOf(chromaKeyModel(), 'provenance spec');
  let fileId: string;
  let firstId: string;
  const count = async (sql: string) => (await server.dataSource.query(sql))[0].n;

  beforeAll(async () => {
    server = await startTestServer();
    [admin, operator] = await Promise.all(
      ['admin', 'operator'].map((who) => server.login(`${who}@frameledger.local`)),
    );
    await createTask(server.dataSource, 'KEYING');
    fileId = (await uploadModel(server, entry.bytes, operator)).body.fileId;
    const first = await server.gql(
      REGISTER_MODEL,
      { input: registration(entry, fileId, { version: '1.0.0-prov' }) },
      operator,
    );
    firstId = first.data!.registerModel.id;
  });
  afterAll(async () => {
    await worker?.stop();
    await server?.stop();
  });

  it('refuses the same bytes registered again with another licence, naming the difference, and writes nothing', async () => {
    const before = [
      await count(`SELECT count(*)::int AS n FROM model`),
      await count(`SELECT count(*)::int AS n FROM audit_event`),
    ];
    const input = registration(entry, fileId, { version: '1.0.1-prov' });
    const refused = await server.gql(
      REGISTER_MODEL,
      { input: { ...input, provenance: { ...input.provenance, licence: 'MIT' } } },
      operator,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PROVENANCE_MISMATCH',
      field: 'input.provenance.licence',
    });
    expect(refused.errors?.[0].message).toBe(
      `This file (sha256 ${sha256(entry.bytes)}) is registered already, and its provenance (revision 1) disagrees with this registration: licence is "Apache-2.0" there, "MIT" here. Licence, training data and origin belong to the file: register it with the recorded values, or have an admin correct the file's provenance (correctModelProvenance) with a reason.`,
    );
    expect([
      await count(`SELECT count(*)::int AS n FROM model`),
      await count(`SELECT count(*)::int AS n FROM audit_event`),
    ]).toEqual(before);

    // The same bytes with the same provenance register fine: it is the file's provenance, agreed.
    const agreeing = await server.gql(REGISTER_MODEL, { input }, operator);
    expect(agreeing.errors).toBeUndefined();
  });

  it('lets an admin correct the file provenance as an audited revision with a reason; every model of the file shows it', async () => {
    const provenance = { ...registration(entry, fileId).provenance, licence: 'MIT' };
    const reason = 'The vendor relicensed the weights under MIT on 2026-11-30.';
    expect(
      (await server.gql(CORRECT, { input: { modelId: firstId, provenance, reason } }, operator)).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    const corrected = await server.gql(CORRECT, { input: { modelId: firstId, provenance, reason } }, admin);
    expect(corrected.data?.correctModelProvenance).toMatchObject({
      provenanceRevision: 2,
      provenance: { licence: 'MIT', trainingData: 'SYNTHETIC' },
    });
    const models = await server.dataSource.query(
      `SELECT m.version, m.licence FROM model m JOIN stored_file f ON f.id = m.file_id WHERE f.sha256 = $1 ORDER BY m.version`,
      [sha256(entry.bytes)],
    );
    expect(models).toEqual([
      { version: '1.0.0-prov', licence: 'MIT' },
      { version: '1.0.1-prov', licence: 'MIT' },
    ]);
    const [event] = await server.dataSource.query(
      `SELECT payload FROM audit_event WHERE action = 'model.provenance.correct' AND subject_id = $1`,
      [firstId],
    );
    expect(event.payload).toMatchObject({
      reason,
      before: { licence: 'Apache-2.0', revision: 1 },
      after: { licence: 'MIT', revision: 2 },
    });
    // Now the old licence is the one refused.
    const stale = await server.gql(
      REGISTER_MODEL,
      { input: registration(entry, fileId, { version: '1.0.2-prov' }) },
      operator,
    );
    expect(stale.errors?.[0].message).toContain('licence is "MIT" there, "Apache-2.0" here');
  });

  // The same three fields go into the C2PA assertion (render-provenance.spec.ts reads them back in plain Node).
  it("signs the model's licence, training data and provenance revision into the render manifest", async () => {
    await addCentPerMsRate(server.dataSource);
    const task = await createTask(server.dataSource, 'KEYING');
    await server.gql(`mutation($id: ID!) { approveModel(id: $id) { id } }`, { id: firstId }, admin);
    const png = await (
      await import('sharp')
    )
      .default({ create: { width: 8, height: 8, channels: 3, background: { r: 0, g: 200, b: 0 } } })
      .png()
      .toBuffer();
    const folder = (await uploadFrames(server, [{ name: 'f_0001.png', bytes: png }], operator)).body;
    worker = await startWorker(server);
    const submitted = await server.gql(
      `mutation($input: SubmitInferenceJobInput!) { submitInferenceJob(input: $input) { id } }`,
      { input: { taskId: task.taskId, modelId: firstId, frames: { folderId: folder.id } } },
      operator,
    );
    const jobId = submitted.data!.submitInferenceJob.id;
    expect((await waitForJob(server, operator, jobId, ['SUCCEEDED', 'FAILED'])).status).toBe('SUCCEEDED');
    const renders = await server.gql(
      `query($id: ID!) { renders(jobId: $id) { edges { node { manifest } } } }`,
      { id: jobId },
      operator,
    );
    const render = renders.data!.renders.edges[0].node;
    expect(JSON.parse(render.manifest).manifest.modelProvenance).toEqual({
      licence: 'MIT',
      trainingData: 'SYNTHETIC',
      revision: 2,
    });
  });
});
