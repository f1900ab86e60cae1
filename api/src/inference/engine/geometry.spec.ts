import { planInput, tileAxis } from './geometry';
import type { AdapterSpec } from './adapter';

const base: AdapterSpec = {
  layout: 'NCHW',
  colour: 'RGB',
  values: { kind: 'range', min: 0, max: 1 },
  size: { kind: 'any' },
  outputKind: 'IMAGE',
};

describe('planInput', () => {
  it('pads up to the next multiple and keeps the frame', () => {
    expect(planInput(1920, 1080, { ...base, size: { kind: 'multipleOf', n: 32 } })).toEqual({
      runs: [
        { feed: { x: 0, y: 0, width: 1920, height: 1088 }, keep: { x: 0, y: 0, width: 1920, height: 1080 } },
      ],
    });
  });

  it('scales the whole frame for the resize strategy', () => {
    const plan = planInput(100, 50, {
      ...base,
      size: { kind: 'fixed', width: 16, height: 16 },
      fixedSizeStrategy: 'resize',
    });
    expect(plan.resizeTo).toEqual({ width: 16, height: 16 });
    expect(plan.runs).toHaveLength(1);
  });

  it('covers every pixel exactly once with the kept parts of the tiles', () => {
    const plan = planInput(50, 37, {
      ...base,
      size: { kind: 'fixed', width: 16, height: 16 },
      fixedSizeStrategy: 'tile',
      tileOverlap: 4,
    });
    const covered = new Uint8Array(50 * 37);
    for (const { feed, keep } of plan.runs) {
      expect(keep.x).toBeGreaterThanOrEqual(feed.x);
      expect(keep.x + keep.width).toBeLessThanOrEqual(feed.x + feed.width);
      for (let y = keep.y; y < keep.y + keep.height; y++)
        for (let x = keep.x; x < keep.x + keep.width; x++) covered[y * 50 + x] += 1;
    }
    expect(covered.every((count) => count === 1)).toBe(true);
  });
});

describe('tileAxis', () => {
  it('keeps each tile from half the overlap in, and pulls the last tile back to the edge', () => {
    expect(tileAxis(40, 16, 4)).toEqual([
      { start: 0, keepStart: 0, keepEnd: 14 },
      { start: 12, keepStart: 14, keepEnd: 26 },
      { start: 24, keepStart: 26, keepEnd: 40 },
    ]);
  });

  it('feeds one padded tile when the frame is smaller than a tile', () => {
    expect(tileAxis(10, 16, 4)).toEqual([{ start: 0, keepStart: 0, keepEnd: 10 }]);
  });
});
