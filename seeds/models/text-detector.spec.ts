/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import { InferenceSession } from 'onnxruntime-node';
import { runFrames } from '../../api/src/inference/engine/pipeline';
import { pixelsOf } from '../../api/src/inference/engine/testing/images';
import { generateDemoFrames, streetTextBoxes } from '../frames';
import { textDetectorModel } from './text-detector';

// The one full-size (1920x1080) test: about half a second of inference on a laptop CPU.
describe('PP-OCRv4 text detector as a text matte', () => {
  it('is bright on the signs and dark elsewhere on the street frame', async () => {
    const entry = textDetectorModel();
    const [frame] = await generateDemoFrames('street-signs', 1);
    const session = await InferenceSession.create(entry.bytes, { executionProviders: ['cpu'] });
    let png: Buffer | undefined;
    try {
      await runFrames({
        session,
        adapter: entry.adapter,
        frames: [{ name: frame.name, read: async () => frame.png }],
        onFrame: (r) => void (png = r.png),
      });
    } finally {
      await session.release();
    }
    const matte = await pixelsOf(png as Buffer);
    expect(matte).toMatchObject({ width: 1920, height: 1080, channels: 1 });
    const mean = (x: number, y: number, width: number, height: number) => {
      let sum = 0;
      for (let row = Math.round(y); row < Math.round(y + height); row++) {
        for (let column = Math.round(x); column < Math.round(x + width); column++)
          sum += matte.data[row * matte.width + column];
      }
      return sum / (Math.round(width) * Math.round(height));
    };
    // The middle band of each line of lettering: DBNet marks the core of a text line.
    const dim = streetTextBoxes(0).filter(
      (box) =>
        mean(box.x + box.width * 0.1, box.y + box.height * 0.4, box.width * 0.8, box.height * 0.2) <= 200,
    );
    expect(dim.map((box) => box.text)).toEqual([]);
    expect(mean(0, 0, 1920, 60)).toBeLessThan(5); // sky
    expect(mean(0, 1000, 1920, 80)).toBeLessThan(5); // road
    expect(mean(100, 400, 500, 450)).toBeLessThan(5); // a facade without signs
  });
});
