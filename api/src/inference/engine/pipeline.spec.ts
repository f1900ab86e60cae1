/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import { InferenceSession } from 'onnxruntime-node';
import type { AdapterSpec } from './adapter';
import { FrameFailedError, InferenceInputError } from './errors';
import { runFrames, type FrameResult, type FrameSource } from './pipeline';
import { flatPng, patternPng, pixelsOf, planarAdapter, rgbaPng, rgbPng } from './testing/images';
import {
  differenceModel,
  firstOfBatchModel,
  greyModel,
  identityModel,
  maskedModel,
  nearest2xModel,
} from './testing/models';

const sessions: InferenceSession[] = [];
async function session(model: Buffer): Promise<InferenceSession> {
  const opened = await InferenceSession.create(model, { executionProviders: ['cpu'] });
  sessions.push(opened);
  return opened;
}
afterAll(() => Promise.all(sessions.map((s) => s.release())));

const source = (name: string, png: Buffer): FrameSource => ({ name, read: async () => png });

async function runAll(model: Buffer, adapter: AdapterSpec, frames: FrameSource[]): Promise<FrameResult[]> {
  const results: FrameResult[] = [];
  await runFrames({ session: await session(model), adapter, frames, onFrame: (r) => void results.push(r) });
  return results;
}

describe('runFrames', () => {
  it('gives each frame back in order with its timings and a thumbnail', async () => {
    const png = await patternPng(13, 7);
    const results = await runAll(identityModel(), planarAdapter('IMAGE'), [
      source('a.png', png),
      source('b.png', png),
    ]);
    expect(results.map((r) => [r.index, r.name, r.width, r.height])).toEqual([
      [0, 'a.png', 13, 7],
      [1, 'b.png', 13, 7],
    ]);
    expect((await pixelsOf(results[0].png)).data).toEqual((await pixelsOf(png)).data);
    expect(await pixelsOf(results[0].thumbnail)).toMatchObject({ width: 13, height: 7 });
    for (const key of ['decodeMs', 'inferMs', 'encodeMs'] as const)
      expect(results[1].timings[key]).toBeGreaterThanOrEqual(0);
  });

  it('gives the same frames, in order, when each is encoded before the next runs (the CPU provider)', async () => {
    const pngs = await Promise.all([patternPng(13, 7), flatPng(13, 7, [9, 99, 199])]);
    const results: FrameResult[] = [];
    await runFrames({
      session: await session(identityModel()),
      adapter: planarAdapter('IMAGE'),
      frames: pngs.map((png, i) => source(`${i}.png`, png)),
      overlapEncode: false,
      onFrame: (r) => void results.push(r),
    });
    expect(results.map((r) => r.name)).toEqual(['0.png', '1.png']);
    for (const [i, r] of results.entries())
      expect((await pixelsOf(r.png)).data).toEqual((await pixelsOf(pngs[i])).data);
  });

  it('gives an upscaler its output size', async () => {
    const [result] = await runAll(nearest2xModel(), planarAdapter('IMAGE'), [
      source('a.png', await patternPng(5, 3)),
    ]);
    expect(await pixelsOf(result.png)).toMatchObject({ width: 10, height: 6 });
  });

  it.each<[string, Partial<AdapterSpec>]>([
    ['padding to a multiple of 8', { size: { kind: 'multipleOf', n: 8 } }],
    ['padding a 2x output to a multiple of 4', { size: { kind: 'multipleOf', n: 4 } }],
  ])('crops the padding back off (%s)', async (_, overrides) => {
    const png = await patternPng(13, 7);
    const model =
      overrides.size?.kind === 'multipleOf' && overrides.size.n === 4 ? nearest2xModel() : identityModel();
    const [plain] = await runAll(model, planarAdapter('IMAGE'), [source('a.png', png)]);
    const [padded] = await runAll(model, planarAdapter('IMAGE', overrides), [source('a.png', png)]);
    expect((await pixelsOf(padded.png)).data).toEqual((await pixelsOf(plain.png)).data);
  });

  it('tiles a frame through a fixed-size model without seams or misplaced pixels', async () => {
    const png = await patternPng(50, 37);
    const adapter = planarAdapter('IMAGE', {
      size: { kind: 'fixed', width: 16, height: 16 },
      fixedSizeStrategy: 'tile',
      tileOverlap: 4,
    });
    const [result] = await runAll(identityModel({ size: [16, 16] }), adapter, [source('a.png', png)]);
    expect((await pixelsOf(result.png)).data).toEqual((await pixelsOf(png)).data);
  });

  it('resizes a frame for a fixed-size model and scales the output back', async () => {
    const adapter = planarAdapter('IMAGE', {
      size: { kind: 'fixed', width: 16, height: 16 },
      fixedSizeStrategy: 'resize',
    });
    const [result] = await runAll(identityModel({ size: [16, 16] }), adapter, [
      source('a.png', await flatPng(40, 30, [90, 160, 30])),
    ]);
    const out = await pixelsOf(result.png);
    expect(out).toMatchObject({ width: 40, height: 30 });
    expect([...out.data.subarray(0, 3)]).toEqual([90, 160, 30]);
  });

  it('keeps a mask binary when scaling it back from a fixed-size model', async () => {
    // Left half 0.8 (inside at threshold 0.5), right half 0.2 (outside); 40 x 30 frame, 16 x 16 model.
    const pixels: Array<[number, number, number]> = [];
    for (let i = 0; i < 40 * 30; i++) pixels.push(i % 40 < 20 ? [204, 204, 204] : [51, 51, 51]);
    const adapter: AdapterSpec = {
      ...planarAdapter('MASK'),
      size: { kind: 'fixed', width: 16, height: 16 },
      fixedSizeStrategy: 'resize',
    };
    const [result] = await runAll(greyModel({ size: [16, 16] }), adapter, [
      source('a.png', await rgbPng(40, 30, pixels)),
    ]);
    const mask = await pixelsOf(result.png);
    expect(mask).toMatchObject({ width: 40, height: 30, channels: 1 });
    expect(new Set(mask.data)).toEqual(new Set([0, 255]));
    expect([mask.data[0], mask.data[39]]).toEqual([255, 0]);
  });

  it('stops between frames when asked', async () => {
    const png = await flatPng(4, 4, [1, 2, 3]);
    const seen: string[] = [];
    let stop = false;
    const summary = await runFrames({
      session: await session(identityModel()),
      adapter: planarAdapter('IMAGE'),
      frames: ['1', '2', '3', '4'].map((n) => source(n, png)),
      onFrame: (r) => {
        seen.push(r.name);
        stop = r.name === '2';
      },
      shouldStop: () => stop,
    });
    expect(summary).toEqual({ framesDone: 2, stopped: true });
    expect(seen).toEqual(['1', '2']);
  });

  it('reports which frame failed and why', async () => {
    const good = await flatPng(4, 4, [1, 2, 3]);
    const seen: string[] = [];
    const run = runFrames({
      session: await session(identityModel()),
      adapter: planarAdapter('IMAGE'),
      frames: [
        source('ok.png', good),
        source('broken.png', Buffer.from('garbage')),
        source('never.png', good),
      ],
      onFrame: (r) => void seen.push(r.name),
    });
    const error = (await run.catch((e: unknown) => e)) as FrameFailedError;
    expect(error).toBeInstanceOf(FrameFailedError);
    expect(error).toMatchObject({ frameIndex: 1, frameName: 'broken.png' });
    expect(error.cause).toBeInstanceOf(InferenceInputError);
    expect(error.cause).toMatchObject({ code: 'IMAGE_UNREADABLE', field: 'frames[1]' });
    expect(seen).toEqual(['ok.png']);
  });

  it('refuses an adapter that does not fit the model before reading any frame', async () => {
    const read = jest.fn(async () => Buffer.alloc(0));
    const run = runFrames({
      session: await session(identityModel()),
      adapter: planarAdapter('MATTE'),
      frames: [{ name: 'a.png', read }],
      onFrame: () => undefined,
    });
    await expect(run).rejects.toMatchObject({ code: 'ADAPTER_MISMATCH', field: 'adapter.outputKind' });
    expect(read).not.toHaveBeenCalled();
  });

  it('reads frames from an async generator', async () => {
    const png = await flatPng(4, 4, [1, 2, 3]);
    async function* frames() {
      for (const name of ['x', 'y']) yield source(name, png);
    }
    const seen: string[] = [];
    await runFrames({
      session: await session(identityModel()),
      adapter: planarAdapter('IMAGE'),
      frames: frames(),
      onFrame: (r) => void seen.push(r.name),
    });
    expect(seen).toEqual(['x', 'y']);
  });
});

describe('runFrames with several model inputs', () => {
  const inpaint = (overrides: Partial<AdapterSpec> = {}) =>
    planarAdapter('IMAGE', {
      imageInput: 'image',
      extraInputs: [{ name: 'mask', source: 'FRAME_ALPHA' }],
      ...overrides,
    });
  const framePair = planarAdapter('IMAGE', {
    imageInput: 'image',
    extraInputs: [{ name: 'previous', source: 'PREVIOUS_FRAME' }],
  });
  const rgbOf = async (result: FrameResult) => [...(await pixelsOf(result.png)).data];

  it("feeds the frame's alpha as the mask, 0..1, with the colour as stored", async () => {
    // Alpha 255, 51 (0.2) and 0 over one colour: out = colour x alpha / 255.
    const plate = await rgbaPng(3, 1, [
      [200, 100, 50, 255],
      [200, 100, 50, 51],
      [200, 100, 50, 0],
    ]);
    const [result] = await runAll(maskedModel(), inpaint(), [source('a.png', plate)]);
    expect(await rgbOf(result)).toEqual([200, 100, 50, 40, 20, 10, 0, 0, 0]);
  });

  it.each<[string, Partial<AdapterSpec>]>([
    [
      'tiles of a fixed-size model',
      { size: { kind: 'fixed', width: 16, height: 16 }, fixedSizeStrategy: 'tile', tileOverlap: 4 },
    ],
    ['padding to a multiple of 8', { size: { kind: 'multipleOf', n: 8 } }],
  ])('cuts the mask like the frame (%s)', async (_, overrides) => {
    const pixels: Array<[number, number, number, number]> = [];
    for (let y = 0; y < 37; y++)
      for (let x = 0; x < 50; x++) pixels.push([(x * 37 + y * 11) % 256, 180, 90, (x * 5 + y * 3) % 256]);
    const plate = source('a.png', await rgbaPng(50, 37, pixels));
    const [whole] = await runAll(maskedModel(), inpaint(), [plate]);
    const model = overrides.size?.kind === 'fixed' ? maskedModel({ size: [16, 16] }) : maskedModel();
    const [cut] = await runAll(model, inpaint(overrides), [plate]);
    expect(await rgbOf(cut)).toEqual(await rgbOf(whole));
    // A misplaced mask tile would show: the first pixel's alpha is 0, so it is black.
    expect((await rgbOf(whole)).slice(0, 3)).toEqual([0, 0, 0]);
  });

  it('fails the job at a frame without alpha, saying to export the matte in alpha', async () => {
    const frames = [
      source(
        'matte.png',
        await rgbaPng(2, 1, [
          [9, 9, 9, 255],
          [9, 9, 9, 255],
        ]),
      ),
      source('flat.png', await flatPng(2, 1, [9, 9, 9])),
    ];
    const seen: string[] = [];
    const run = runFrames({
      session: await session(maskedModel()),
      adapter: inpaint(),
      frames,
      onFrame: (r) => void seen.push(r.name),
    });
    const error = (await run.catch((e: unknown) => e)) as FrameFailedError;
    expect(error).toMatchObject({ frameIndex: 1, frameName: 'flat.png' });
    expect(error.cause).toMatchObject({
      code: 'FRAME_ALPHA_MISSING',
      field: 'frames[1]',
      message: expect.stringContaining('export the plate with the matte in alpha'),
    });
    expect(seen).toEqual(['matte.png']);
  });

  it('pairs each frame with the one before it, and the first with itself', async () => {
    const frames = [
      source('1.png', await flatPng(2, 2, [10, 20, 30])),
      source('2.png', await flatPng(2, 2, [50, 20, 0])),
      source('3.png', await flatPng(2, 2, [50, 25, 0])),
    ];
    const results = await runAll(differenceModel(), framePair, frames);
    expect(await Promise.all(results.map(async (r) => (await rgbOf(r)).slice(0, 3)))).toEqual([
      [0, 0, 0],
      [40, 0, 30],
      [0, 5, 0],
    ]);
  });

  it("reads a resumed job's frame before the first one it runs", async () => {
    const before = { name: '1.png', read: async () => flatPng(2, 2, [10, 20, 30]) };
    const resumed = { ...source('2.png', await flatPng(2, 2, [50, 20, 0])), previous: before };
    const [result] = await runAll(differenceModel(), framePair, [resumed]);
    expect((await rgbOf(result)).slice(0, 3)).toEqual([40, 0, 30]);
  });

  it('refuses an adapter that leaves an input unfed before reading any frame', async () => {
    const read = jest.fn(async () => Buffer.alloc(0));
    const run = runFrames({
      session: await session(differenceModel()),
      adapter: planarAdapter('IMAGE', { imageInput: 'image' }),
      frames: [{ name: 'a.png', read }],
      onFrame: () => undefined,
    });
    await expect(run).rejects.toMatchObject({ code: 'ADAPTER_MISMATCH', field: 'adapter.extraInputs' });
    expect(read).not.toHaveBeenCalled();
  });
});

describe('runFrames in batches', () => {
  /** Seven frames of one size, each its own flat colour, so a frame given another's output shows. */
  const frames = () =>
    Promise.all(
      Array.from({ length: 7 }, async (_, i) =>
        source(`${i + 1}.png`, await flatPng(4, 3, [i * 30, 255 - i * 30, (i * 70) % 256])),
      ),
    );

  /** Runs with `batchFrames`, counting the session's runs; the frames' first pixels, in order. */
  async function batched(model: Buffer, batchFrames: number, adapter = planarAdapter('IMAGE')) {
    const opened = await session(model);
    const run = jest.spyOn(opened, 'run');
    const results: FrameResult[] = [];
    await runFrames({
      session: opened,
      adapter,
      frames: await frames(),
      batchFrames,
      overlapEncode: false,
      onFrame: (r) => void results.push(r),
    });
    const firstPixels = await Promise.all(
      results.map(async (r) => [r.name, [...(await pixelsOf(r.png)).data.subarray(0, 3)]]),
    );
    return { runs: run.mock.calls.length, firstPixels };
  }

  const expected = Array.from({ length: 7 }, (_, i) => [
    `${i + 1}.png`,
    [i * 30, 255 - i * 30, (i * 70) % 256],
  ]);

  it('runs 7 frames as batches of 3, 3 and 1 when the batch dimension is free, each frame given its own output', async () => {
    expect(await batched(identityModel({ batch: 'n' }), 3)).toEqual({ runs: 3, firstPixels: expected });
  });

  it('runs a model exported with batch 1 one frame at a time', async () => {
    expect(await batched(identityModel(), 3)).toEqual({ runs: 7, firstPixels: expected });
  });

  it('falls back to one frame at a time for a model that does not batch in fact: one refused batch run, then 7', async () => {
    expect(await batched(firstOfBatchModel(), 3)).toEqual({ runs: 8, firstPixels: expected });
  });

  it('pairs each frame of a batch with the frame before it, across batches', async () => {
    const framePair = planarAdapter('IMAGE', {
      imageInput: 'image',
      extraInputs: [{ name: 'previous', source: 'PREVIOUS_FRAME' }],
    });
    const { firstPixels } = await batched(differenceModel({ batch: 'n' }), 3, framePair);
    // |frame i - frame i-1| = 30, 30, 70 (mod 256) per step, and black for the first.
    expect(firstPixels.map(([, rgb]) => rgb)).toEqual(
      expected.map(([, rgb], i) =>
        i === 0
          ? [0, 0, 0]
          : (rgb as number[]).map((v, c) => Math.abs(v - (expected[i - 1][1] as number[])[c])),
      ),
    );
  });
});
