/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import { createHash } from 'node:crypto';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { validateAdapter } from '../../api/src/inference/engine/adapter';
import { inspectModel } from '../../api/src/inference/engine/inspect';
import { decodeModelHeader } from '../../api/src/inference/engine/onnx-proto';
import { runFrames } from '../../api/src/inference/engine/pipeline';
import { pixelsOf, rgbPng } from '../../api/src/inference/engine/testing/images';
import { CHROMA_GAIN } from './chroma-key';
import { GRADE_CDL } from './grade';
import { buildModelPack, type ModelPackEntry } from './index';

const pack = buildModelPack();
const byTask = (task: string): ModelPackEntry =>
  pack.find((m) => m.taskTypes.includes(task)) as ModelPackEntry;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Runs a model on one image tensor given as R, G and B planes of height x width values in 0..1. */
async function run(
  entry: ModelPackEntry,
  planes: number[][],
  height: number,
  width: number,
): Promise<Tensor> {
  const session = await InferenceSession.create(entry.bytes, { executionProviders: ['cpu'] });
  try {
    const input = new Tensor('float32', Float32Array.from(planes.flat()), [1, 3, height, width]);
    const result = await session.run({ [session.inputNames[0]]: input });
    return result[session.outputNames[0]] as Tensor;
  } finally {
    await session.release();
  }
}

const values = (tensor: Tensor) => [...(tensor.data as Float32Array)];

describe('buildModelPack', () => {
  it('writes byte-identical files on every build', () => {
    const again = buildModelPack();
    expect(again.map((m) => sha256(m.bytes))).toEqual(pack.map((m) => sha256(m.bytes)));
    expect(new Set(pack.map((m) => m.name)).size).toBe(pack.length);
  });

  it('serves each task type of the pipeline once', () => {
    expect(pack.flatMap((m) => m.taskTypes).sort()).toEqual([
      'DENOISE',
      'GRADE',
      'KEYING',
      'LOCALIZATION',
      'UPSCALE',
    ]);
  });

  it.each(pack.map((m) => [m.name, m] as const))(
    '%s opens in onnxruntime and fits its adapter',
    async (_, entry) => {
      const metadata = await inspectModel(entry.bytes);
      expect(validateAdapter(entry.adapter, metadata)).toEqual([]);
      expect(entry.modelCard.length).toBeGreaterThan(200);
    },
  );

  it('declares the hand-set graphs SYNTHETIC and the text detector as its authors do', () => {
    for (const entry of pack.filter((m) => !m.taskTypes.includes('LOCALIZATION'))) {
      expect(entry.provenance).toMatchObject({
        trainingData: 'SYNTHETIC',
        weights: 'HAND_SET',
        licence: 'Apache-2.0',
      });
      expect(decodeModelHeader(entry.bytes).opsets).toEqual([{ domain: '', version: 17 }]);
    }
    expect(byTask('LOCALIZATION').provenance).toMatchObject({
      licence: 'Apache-2.0',
      trainingData: 'MIXED',
      weights: 'TRAINED',
      vendor: expect.stringContaining('PaddleOCR'),
      trainingDataNotes: expect.stringContaining('does not publish an itemised training set'),
    });
  });
});

describe('chroma key', () => {
  it('keys pure green out (0) and keeps red, grey and skin (1), softly in between', async () => {
    // Pixels: pure green, pure red, mid grey, backing green (0.2, 0.7, 0.25), a greenish edge (0.4, 0.5, 0.4).
    const matte = await run(
      byTask('KEYING'),
      [
        [0, 1, 0.5, 0.2, 0.4],
        [1, 0, 0.5, 0.7, 0.5],
        [0, 0, 0.5, 0.25, 0.4],
      ],
      1,
      5,
    );
    expect(matte.dims).toEqual([1, 1, 1, 5]);
    const expected = [0, 1, 1, 0, 1 - 0.1 * CHROMA_GAIN];
    values(matte).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 5));
  });

  it('gives a green pixel a black matte and a red one a white matte through the pipeline', async () => {
    const entry = byTask('KEYING');
    const session = await InferenceSession.create(entry.bytes);
    const png = await rgbPng(2, 1, [
      [0, 255, 0],
      [255, 0, 0],
    ]);
    let matte: Buffer | undefined;
    await runFrames({
      session,
      adapter: entry.adapter,
      frames: [{ name: 'a.png', read: async () => png }],
      onFrame: (r) => void (matte = r.png),
    });
    await session.release();
    expect(await pixelsOf(matte as Buffer)).toMatchObject({
      width: 2,
      height: 1,
      channels: 1,
      data: Buffer.from([0, 255]),
    });
  });
});

describe('2x upscale', () => {
  it('doubles the width and height and keeps a flat colour flat up to the border', async () => {
    const out = await run(
      byTask('UPSCALE'),
      [Array(6).fill(0.3), Array(6).fill(0.6), Array(6).fill(0.9)],
      2,
      3,
    );
    expect(out.dims).toEqual([1, 3, 4, 6]);
    const data = values(out);
    [0.3, 0.6, 0.9].forEach((level, c) =>
      data.slice(c * 24, c * 24 + 24).forEach((v) => expect(v).toBeCloseTo(level, 5)),
    );
  });

  it('steepens an edge beyond what the resize alone gives (the sharpen)', async () => {
    const row = [0, 0, 1, 1];
    const out = values(await run(byTask('UPSCALE'), [row, row, row], 1, 4));
    // Bilinear 2x gives 0, 0, 0, 0.25, 0.75, 1, 1, 1 along a row (both rows alike). The sharpen, with
    // equal rows, is 1.5 v - 0.25 (left + right): 0.25 -> 0.1875 and 0.75 -> 0.8125; the -0.0625 and
    // 1.0625 beside them are clipped.
    const expected = [0, 0, 0, 0.1875, 0.8125, 1, 1, 1];
    out.slice(0, 8).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 5));
  });
});

describe('denoise', () => {
  it('keeps a flat colour and removes a one-pixel checkerboard', async () => {
    const flat = values(
      await run(byTask('DENOISE'), [Array(16).fill(0.5), Array(16).fill(0.5), Array(16).fill(0.5)], 4, 4),
    );
    flat.forEach((v) => expect(v).toBeCloseTo(0.5, 6));
    const checker = Array.from({ length: 36 }, (_, i) => ((i % 6) + Math.floor(i / 6)) % 2);
    const out = values(await run(byTask('DENOISE'), [checker, checker, checker], 6, 6));
    // The binomial kernel passes (1 - 4 + 6 - 4 + 1) / 16 = 0 of a one-pixel alternation: away from the
    // border the checkerboard becomes its mean, 0.5.
    expect(out[2 * 6 + 2]).toBeCloseTo(0.5, 6);
    expect(out[3 * 6 + 3]).toBeCloseTo(0.5, 6);
  });
});

describe('grade', () => {
  it('applies slope, offset and power per channel, and clips before the power', async () => {
    const out = values(
      await run(
        byTask('GRADE'),
        [
          [0.5, 1],
          [0.5, 1],
          [0.5, 1],
        ],
        1,
        2,
      ),
    );
    const expected = [0, 1, 2].flatMap((c) => [
      Math.pow(0.5 * GRADE_CDL.slope[c] + GRADE_CDL.offset[c], GRADE_CDL.power[c]),
      Math.pow(Math.min(1, 1 * GRADE_CDL.slope[c] + GRADE_CDL.offset[c]), GRADE_CDL.power[c]),
    ]);
    // Red of 0.5: (0.5 x 1.08 + 0.01) ^ 0.95 = 0.55 ^ 0.95 = 0.5667.
    expect(expected[0]).toBeCloseTo(0.5667, 4);
    out.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 5));
  });
});
