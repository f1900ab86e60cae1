import { Tensor } from 'onnxruntime-node';
import type { AdapterSpec } from './adapter';
import { assembleOutput, encodeOutput } from './postprocess';
import type { PreparedInput } from './preprocess';
import sharp from 'sharp';

function prepared(width: number, height: number): PreparedInput {
  const region = { x: 0, y: 0, width, height };
  return {
    width,
    height,
    runs: [
      {
        feed: region,
        keep: region,
        tensor: new Tensor('float32', new Float32Array(3 * width * height), [1, 3, height, width]),
      },
    ],
  };
}

const adapter = (overrides: Partial<AdapterSpec>): AdapterSpec => ({
  layout: 'NCHW',
  colour: 'RGB',
  values: { kind: 'range', min: 0, max: 1 },
  size: { kind: 'any' },
  outputKind: 'IMAGE',
  ...overrides,
});

describe('assembleOutput', () => {
  it('clamps image values into 0..255 and swaps a BGR output into RGB', async () => {
    // NHWC, BGR: pixel 1 = (b 1.5, g 0.5, r -0.2); pixel 2 = (b 0, g 0.2, r 1).
    const output = new Tensor('float32', new Float32Array([1.5, 0.5, -0.2, 0, 0.2, 1]), [1, 1, 2, 3]);
    const image = await assembleOutput(prepared(2, 1), [output], adapter({ layout: 'NHWC', colour: 'BGR' }));
    expect(image.channels).toBe(3);
    expect([...image.data]).toEqual([0, 128, 255, 255, 51, 0]);
  });

  it('reads an image output in its declared range', async () => {
    const output = new Tensor('float32', new Float32Array([-1, 1, 0, 0, 1, -1]), [1, 3, 1, 2]);
    const image = await assembleOutput(prepared(2, 1), [output], adapter({ outputRange: [-1, 1] }));
    expect([...image.data]).toEqual([0, 128, 255, 255, 128, 0]);
  });

  it('makes a grey matte and a binary mask', async () => {
    const output = () => new Tensor('float32', new Float32Array([0, 0.25, 0.5, 1]), [1, 1, 2, 2]);
    const matte = await assembleOutput(prepared(2, 2), [output()], adapter({ outputKind: 'MATTE' }));
    expect([...matte.data]).toEqual([0, 64, 128, 255]);
    const mask = await assembleOutput(
      prepared(2, 2),
      [output()],
      adapter({ outputKind: 'MASK', maskThreshold: 0.3 }),
    );
    expect([...mask.data]).toEqual([0, 0, 255, 255]);
  });

  it('refuses an output that is not a whole multiple of the input size', async () => {
    const output = new Tensor('float32', new Float32Array(3 * 3 * 1), [1, 3, 1, 3]);
    await expect(assembleOutput(prepared(2, 1), [output], adapter({}))).rejects.toMatchObject({
      code: 'ADAPTER_MISMATCH',
    });
  });
});

describe('encodeOutput', () => {
  it('encodes a PNG at full size and a thumbnail at most 320 px wide', async () => {
    const data = Buffer.alloc(640 * 360, 200);
    const { png, thumbnail } = await encodeOutput({ width: 640, height: 360, channels: 1, data });
    expect(await sharp(png).metadata()).toMatchObject({
      format: 'png',
      width: 640,
      height: 360,
      channels: 1,
    });
    expect(await sharp(thumbnail).metadata()).toMatchObject({ format: 'jpeg', width: 320, height: 180 });
  });
});
