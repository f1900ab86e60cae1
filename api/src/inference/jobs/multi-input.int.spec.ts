/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import sharp from 'sharp';
import { startTestServer, TestServer } from '../../../../test/support/server';
import type { AdapterSpec } from '../engine';
import { flatPng, rgbaPng } from '../engine/testing/images';
import { differenceModel, maskedModel } from '../engine/testing/models';
import { InferenceWorker } from '../worker/inference-worker';
import {
  addCentPerMsRate,
  approvedModel,
  createTask,
  JOB_FIELDS,
  REGISTER_MODEL,
  registration,
  startWorker,
  testModelEntry,
  uploadFrames,
  uploadModel,
  waitForJob,
} from '../testing/fixtures';

const SUBMIT = `mutation($input: SubmitInferenceJobInput!) { submitInferenceJob(input: $input) { ${JOB_FIELDS} } }`;

/** A pack entry for a test graph with the adapter's inputs bound as given. */
const entry = (name: string, bytes: Buffer, inputs: Pick<AdapterSpec, 'imageInput' | 'extraInputs'>) => {
  const base = testModelEntry(name, bytes, `${name}: a test graph with two inputs.`);
  return { ...base, adapter: { ...base.adapter, ...inputs } };
};
const inpainter = entry('test-image-times-mask', maskedModel(), {
  imageInput: 'image',
  extraInputs: [{ name: 'mask', source: 'FRAME_ALPHA' }],
});
const framePair = entry('test-frame-difference', differenceModel(), {
  imageInput: 'image',
  extraInputs: [{ name: 'previous', source: 'PREVIOUS_FRAME' }],
});

/** Two 4 x 2 plates of one colour each; the matte (alpha) is 255 on the left half, 51 (0.2) on the right. */
const plate = (colour: [number, number, number]) =>
  rgbaPng(
    4,
    2,
    Array.from(
      { length: 8 },
      (_, i) => [...colour, i % 4 < 2 ? 255 : 51] as [number, number, number, number],
    ),
  );

describe('models with several inputs, registered and run end to end', () => {
  let server: TestServer;
  let admin: string;
  let operator: string;
  let worker: InferenceWorker | undefined;
  let taskId: string;
  let folderId: string;
  let inpainterId: string;

  const submit = (modelId: string, frames: { folderId: string; fromFrame?: number; toFrame?: number }) =>
    server.gql(SUBMIT, { input: { taskId, modelId, frames } }, operator);

  /** Runs `modelId` over the frames; answers the finished job and its renders' pixels (RGB, row by row). */
  async function runJob(modelId: string, frames: Parameters<typeof submit>[1] = { folderId }) {
    const submitted = await submit(modelId, frames);
    const job = await waitForJob(server, operator, submitted.data!.submitInferenceJob.id, [
      'SUCCEEDED',
      'FAILED',
    ]);
    const renders = await server.gql(
      `query($id: ID!) { renders(jobId: $id) { edges { node { frameIndex url } } } }`,
      { id: job.id },
      operator,
    );
    const pixels = await Promise.all(
      renders.data!.renders.edges.map(async ({ node }: { node: { url: string } }) => {
        const response = await fetch(`${server.url}${node.url}`, {
          headers: { authorization: `Bearer ${operator}` },
        });
        return [
          ...(await sharp(Buffer.from(await response.arrayBuffer()))
            .raw()
            .toBuffer()),
        ];
      }),
    );
    return { job, pixels };
  }

  beforeAll(async () => {
    server = await startTestServer();
    [admin, operator] = await Promise.all(
      ['admin', 'operator'].map((who) => server.login(`${who}@frameledger.local`)),
    );
    await addCentPerMsRate(server.dataSource);
    ({ taskId } = await createTask(server.dataSource, 'KEYING'));
    const frames = [await plate([200, 100, 50]), await plate([150, 100, 60])];
    const upload = await uploadFrames(
      server,
      frames.map((bytes, i) => ({ name: `plate_000${i + 1}.png`, bytes })),
      operator,
    );
    folderId = upload.body.id;
    // Through the real upload, registerModel (its adapter check and dry run) and approval.
    inpainterId = await approvedModel(server, admin, inpainter);
    worker = await startWorker(server);
  });
  afterAll(async () => {
    await worker?.stop();
    await server?.stop();
  });

  it('registers an image + mask model, keeps its input bindings and runs it over the plates', async () => {
    const model = await server.gql(
      `query($id: ID!) { model(id: $id) { adapter { imageInput extraInputs { name source } } } }`,
      { id: inpainterId },
      admin,
    );
    expect(model.data!.model.adapter).toEqual({
      imageInput: 'image',
      extraInputs: [{ name: 'mask', source: 'FRAME_ALPHA' }],
    });
    // out = colour x alpha / 255: the left half as it is, the right half at 0.2 (200 x 0.2 = 40).
    const { job, pixels } = await runJob(inpainterId);
    expect(job).toMatchObject({ status: 'SUCCEEDED', framesDone: 2 });
    expect(pixels[0].slice(0, 12)).toEqual([200, 100, 50, 200, 100, 50, 40, 20, 10, 40, 20, 10]);
    expect(pixels[1].slice(0, 12)).toEqual([150, 100, 60, 150, 100, 60, 30, 20, 12, 30, 20, 12]);
  });

  it('runs a frame-pair model: the first frame against itself, the second against the first', async () => {
    const { job, pixels } = await runJob(await approvedModel(server, admin, framePair));
    expect(job.status).toBe('SUCCEEDED');
    expect(new Set(pixels[0])).toEqual(new Set([0]));
    // The frames are flattened over black as usual (no FRAME_ALPHA input); on the opaque left half
    // |(150, 100, 60) - (200, 100, 50)| = (50, 0, 10).
    expect(pixels[1].slice(0, 6)).toEqual([50, 0, 10, 50, 0, 10]);
  });

  it('records at upload which frames have alpha, and refuses a mask model over those without at submit, writing nothing', async () => {
    const [matte, opaque] = [await plate([200, 100, 50]), await flatPng(4, 2, [128, 128, 128])];
    const upload = await uploadFrames(
      server,
      [matte, opaque, opaque, opaque, opaque].map((bytes, i) => ({ name: `matte_000${i + 1}.png`, bytes })),
      operator,
    );
    const listed = await server.gql(
      `query($id: ID!) { frameFolder(id: $id) { frames { edges { node { number hasAlpha } } } } }`,
      { id: upload.body.id },
      operator,
    );
    expect(listed.data!.frameFolder.frames.edges.map(({ node }: { node: object }) => node)).toEqual([
      { number: 1, hasAlpha: true },
      ...[2, 3, 4, 5].map((number) => ({ number, hasAlpha: false })),
    ]);

    const count = async (table: string) =>
      (await server.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
    const written = () => Promise.all(['inference_job', 'pgboss.job', 'audit_event'].map(count));
    const before = await written();
    const folder = { folderId: upload.body.id };
    const all = await submit(inpainterId, folder);
    expect(all.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.frames',
      reason: 'FRAME_ALPHA_MISSING',
    });
    expect(all.errors?.[0].message).toBe(
      "Model test-image-times-mask 1.0.0-test reads each frame's alpha channel as its mask, but 4 of 5 chosen frames have none: " +
        'matte_0002.png (frame 2), matte_0003.png (frame 3), matte_0004.png (frame 4) and 1 more. ' +
        'Export the plate with the matte in its alpha channel (an RGBA PNG, TIFF or WebP) and upload it again, or choose frames that have one.',
    );
    const one = await submit(inpainterId, { ...folder, fromFrame: 3, toFrame: 3 });
    expect(one.errors?.[0].message).toContain('but 1 of 1 chosen frame has none: matte_0003.png (frame 3).');
    expect(await written()).toEqual(before);

    // The frame that has a matte is accepted and renders.
    const { job } = await runJob(inpainterId, { ...folder, fromFrame: 1, toFrame: 1 });
    expect(job).toMatchObject({ status: 'SUCCEEDED', framesDone: 1 });
  });

  it('fails a mask model at the first frame without alpha where the upload did not record alpha', async () => {
    const opaque = await flatPng(4, 2, [128, 128, 128]);
    const upload = await uploadFrames(server, [{ name: 'flat_0001.png', bytes: opaque }], operator);
    // As for frames uploaded before alpha was recorded: unknown at submit, so the worker finds it.
    await server.dataSource.query(`UPDATE frame_folder_frame SET has_alpha = NULL WHERE folder_id = $1`, [
      upload.body.id,
    ]);
    const { job } = await runJob(inpainterId, { folderId: upload.body.id });
    expect(job).toMatchObject({ status: 'FAILED', failedFrame: { index: 0, name: 'flat_0001.png' } });
    expect(job.error).toContain('export the plate with the matte in alpha');
  });

  it('refuses an adapter that leaves an input unfed or names an input badly, with the field at fault', async () => {
    const file = await uploadModel(server, framePair.bytes, admin);
    const register = (adapter: object) =>
      server.gql(
        REGISTER_MODEL,
        { input: { ...registration(framePair, file.body.fileId, { version: '0.0.1-bad' }), adapter } },
        admin,
      );
    const base = registration(framePair, file.body.fileId).adapter;
    const unfed = await register({ ...base, extraInputs: null });
    expect(unfed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.adapter.extraInputs',
      reason: 'ADAPTER_MISMATCH',
    });
    expect(unfed.errors?.[0].message).toContain(`Nothing feeds the model's input "previous"`);
    const blank = await register({ ...base, extraInputs: [{ name: '', source: 'PREVIOUS_FRAME' }] });
    expect(blank.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'adapter.extraInputs.0.name',
    });
  });
});
