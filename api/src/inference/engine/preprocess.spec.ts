import type { AdapterSpec } from './adapter';
import type { RgbImage } from './decode';
import { alphaTensor, toTensor } from './preprocess';
import { planarAdapter } from './testing/images';

// Two pixels: pure red, then (0, 51, 255).
const image: RgbImage = { width: 2, height: 1, data: Buffer.from([255, 0, 0, 0, 51, 255]) };
const whole = { x: 0, y: 0, width: 2, height: 1 };

describe('toTensor', () => {
  it('writes NCHW planes in 0..1', () => {
    const adapter = planarAdapter('IMAGE');
    const tensor = toTensor(image, whole, adapter);
    expect(tensor.dims).toEqual([1, 3, 1, 2]);
    expect([...(tensor.data as Float32Array)]).toEqual([1, 0, 0, Math.fround(0.2), 0, 1]);
  });

  it('writes NHWC, BGR, with mean and std', () => {
    const adapter = planarAdapter('IMAGE', {
      layout: 'NHWC',
      colour: 'BGR',
      values: { kind: 'meanStd', mean: [0.5, 0.5, 0.5], std: [0.5, 0.25, 0.5] },
    });
    const tensor = toTensor(image, whole, adapter);
    expect(tensor.dims).toEqual([1, 1, 2, 3]);
    // Pixel 1 as B, G, R: (0 - .5) / .5, (0 - .5) / .25, (1 - .5) / .5; pixel 2: (1 - .5) / .5, (.2 - .5) / .25, (0 - .5) / .5.
    const values = [...(tensor.data as Float32Array)].map((v) => Number(v.toFixed(5)));
    expect(values).toEqual([-1, -2, 1, 1, -1.2, -1]);
  });

  it('repeats the edge pixels where the feed reaches past the frame', () => {
    const adapter = planarAdapter('IMAGE', { values: { kind: 'range', min: 0, max: 255 } });
    const tensor = toTensor(image, { x: 0, y: 0, width: 4, height: 2 }, adapter);
    const red = [...(tensor.data as Float32Array).subarray(0, 8)];
    expect(red).toEqual([255, 0, 0, 0, 255, 0, 0, 0]);
    const blue = [...(tensor.data as Float32Array).subarray(16, 24)];
    expect(blue).toEqual([0, 255, 255, 255, 0, 255, 255, 255]);
  });

  it('gives every feed, inside the frame or reaching past any edge, the value per pixel arithmetic gives', () => {
    const frame: RgbImage = {
      width: 7,
      height: 5,
      data: Buffer.from(Array.from({ length: 105 }, (_, i) => (i * 37) % 256)),
    };
    const adapter = planarAdapter('IMAGE', {
      layout: 'NHWC',
      colour: 'BGR',
      values: { kind: 'meanStd', mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] },
    });
    const byte = (x: number, y: number, c: number) =>
      frame.data[(Math.min(Math.max(y, 0), 4) * 7 + Math.min(Math.max(x, 0), 6)) * 3 + c];
    for (const feed of [
      { x: 0, y: 0, width: 7, height: 5 },
      { x: -3, y: -2, width: 5, height: 4 },
      { x: 4, y: 3, width: 6, height: 4 },
      { x: -2, y: 1, width: 12, height: 2 },
    ]) {
      const data = toTensor(frame, feed, adapter).data as Float32Array;
      const expected = new Float32Array(feed.width * feed.height * 3);
      for (let y = 0; y < feed.height; y++)
        for (let x = 0; x < feed.width; x++)
          for (let c = 0; c < 3; c++) {
            const from = 2 - c; // BGR: model channel 0 is blue
            const { mean, std } = adapter.values as { mean: number[]; std: number[] };
            expected[(y * feed.width + x) * 3 + c] =
              byte(feed.x + x, feed.y + y, from) * (1 / (255 * std[c])) - mean[c] / std[c];
          }
      expect(data).toEqual(expected);
    }
  });
});

describe('alphaTensor', () => {
  // Alpha 255 and 51 (0.2), on a 2 x 1 frame.
  const matted: RgbImage = { ...image, alpha: Buffer.from([255, 51]) };
  const adapter = (layout: AdapterSpec['layout']) =>
    planarAdapter('IMAGE', {
      layout,
      colour: 'BGR',
      values: { kind: 'meanStd', mean: [0.5, 0.5, 0.5], std: [0.5, 0.5, 0.5] },
    });

  it("gives the alpha as one channel of 0..1, whatever the frame's value mapping", () => {
    const tensor = alphaTensor(matted, whole, adapter('NCHW'));
    expect(tensor.dims).toEqual([1, 1, 1, 2]);
    expect([...(tensor.data as Float32Array)]).toEqual([1, Math.fround(0.2)]);
    expect(alphaTensor(matted, whole, adapter('NHWC')).dims).toEqual([1, 1, 2, 1]);
  });

  it('repeats the edge alpha where the feed reaches past the frame, like the colour', () => {
    const tensor = alphaTensor(matted, { x: 0, y: 0, width: 4, height: 2 }, adapter('NCHW'));
    const f = Math.fround(0.2);
    expect([...(tensor.data as Float32Array)]).toEqual([1, f, f, f, 1, f, f, f]);
  });
});
