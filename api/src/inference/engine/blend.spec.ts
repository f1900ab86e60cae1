/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import { Tensor } from 'onnxruntime-node';
import { blendTiles, type BlendTarget } from './blend';

/** A one-channel NCHW tile of `width` x 1 filled with `value`. */
const flat = (value: number, width: number) =>
  new Tensor('float32', new Float32Array(width).fill(value), [1, 1, 1, width]);
const target = (width: number, overlap: number): BlendTarget => ({
  width,
  height: 1,
  channels: 1,
  scale: 1,
  planar: true,
  axes: { c: 1, h: 2, w: 3 },
  order: [0, 1, 2],
  overlap,
});

describe('blending tiles across their overlap', () => {
  it('ramps from one tile to the next over the overlap instead of cutting at its middle', () => {
    // A 48-pixel row in two 32-pixel tiles overlapping on 16..31; the left tile answers 0, the right 1.
    const row = blendTiles(
      [
        { x: 0, y: 0, width: 32, height: 1 },
        { x: 16, y: 0, width: 32, height: 1 },
      ],
      [flat(0, 32), flat(1, 32)],
      target(48, 16),
    );
    // Outside the overlap each tile alone; inside, the right tile's weight (x - 15.5) / 16 of the total.
    expect([...row.subarray(0, 16)]).toEqual(new Array(16).fill(0));
    expect([...row.subarray(32)]).toEqual(new Array(16).fill(1));
    expect(row[16]).toBeCloseTo(0.5 / 16, 6);
    expect(row[24]).toBeCloseTo(8.5 / 16, 6);
    expect(row[31]).toBeCloseTo(15.5 / 16, 6);
    // No seam: no step between neighbouring pixels is larger than 1/16 (a hard cut would step by 1).
    const steps = [...row.subarray(1)].map((v, i) => v - row[i]);
    expect(Math.max(...steps)).toBeLessThanOrEqual(1 / 16 + 1e-6);
  });

  it('keeps only the part inside the frame of a tile that reaches past it', () => {
    const row = blendTiles([{ x: 0, y: 0, width: 8, height: 1 }], [flat(0.25, 8)], target(5, 4));
    expect([...row]).toEqual([0.25, 0.25, 0.25, 0.25, 0.25]);
  });
});
