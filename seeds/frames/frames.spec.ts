import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { generateDemoFrames, streetTextBoxes } from './index';
import { seededGaussian, seededRandom } from './prng';

const sha256 = (png: Buffer) => createHash('sha256').update(png).digest('hex');

async function pixel(png: Buffer, x: number, y: number): Promise<number[]> {
  const { data } = await sharp(png)
    .extract({ left: x, top: y, width: 1, height: 1 })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return [...data];
}

describe('generateDemoFrames', () => {
  it('draws the same street frames, byte for byte, on every run', async () => {
    const first = await generateDemoFrames('street-signs', 2);
    const second = await generateDemoFrames('street-signs', 2);
    expect(first.map((f) => f.name)).toEqual(['street-signs_0001.png', 'street-signs_0002.png']);
    expect(second.map((f) => sha256(f.png))).toEqual(first.map((f) => sha256(f.png)));
    // The text moves between frames, so the frames differ.
    expect(sha256(first[0].png)).not.toBe(sha256(first[1].png));
    expect(streetTextBoxes(1)[0].x).toBeGreaterThan(streetTextBoxes(0)[0].x);
    expect(await sharp(first[0].png).metadata()).toMatchObject({ width: 1920, height: 1080, channels: 3 });
  });

  it('puts a green backing behind the building', async () => {
    const [frame] = await generateDemoFrames('green-screen', 1);
    const [r, g, b] = await pixel(frame.png, 100, 100);
    expect(g - Math.max(r, b)).toBeGreaterThan(80);
    const [fr, fg, fb] = await pixel(frame.png, 730, 700); // the facade
    expect(fg - Math.max(fr, fb)).toBeLessThan(10);
  });

  it('adds the same grain to the night plate on every run, different in every frame', async () => {
    const [first] = await generateDemoFrames('night-plate', 1);
    const [again] = await generateDemoFrames('night-plate', 1);
    expect(sha256(again.png)).toBe(sha256(first.png));
    // Grain: neighbouring pixels of the flat sky differ.
    const { data } = await sharp(first.png)
      .extract({ left: 200, top: 40, width: 16, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(new Set(data).size).toBeGreaterThan(5);
  });
});

describe('seeded noise', () => {
  it('repeats for a seed and has the moments of a standard normal', () => {
    expect(Array.from({ length: 3 }, seededRandom(7))).toEqual(Array.from({ length: 3 }, seededRandom(7)));
    const gaussian = seededGaussian(1);
    const samples = Array.from({ length: 20_000 }, gaussian);
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / samples.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});
