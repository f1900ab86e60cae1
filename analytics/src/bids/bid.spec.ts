import { makeRatio } from '../exact/ratio';
import { bidHours, type BidTemplate } from './bid';
import { expectedHours, threePointHours } from './three-point';

const eight = makeRatio(8n);

// Foundry roto baseline: 28 frames a day at level 2, 14 at level 3 (most likely).
const roto: BidTemplate = {
  taskType: 'ROTO',
  basis: 'PER_FRAME',
  framesPerDayByComplexity: {
    1: { optimistic: 60, mostLikely: 48, pessimistic: 36 },
    2: { optimistic: 35, mostLikely: 28, pessimistic: 20 },
    3: { optimistic: 18, mostLikely: 14, pessimistic: 10 },
    4: { optimistic: 10, mostLikely: 8, pessimistic: 5 },
    5: { optimistic: 6, mostLikely: 4, pessimistic: 2 },
  },
};

const comp: BidTemplate = {
  taskType: 'COMP',
  basis: 'PER_SHOT',
  hoursByComplexity: {
    1: { optimistic: 2, mostLikely: 4, pessimistic: 8 },
    2: { optimistic: 6, mostLikely: 10, pessimistic: 16 },
    3: { optimistic: 12, mostLikely: 20, pessimistic: 36 },
    4: { optimistic: 24, mostLikely: 40, pessimistic: 70 },
    5: { optimistic: 40, mostLikely: 80, pessimistic: 160 },
  },
};

describe('bids', () => {
  it('bids roto per frame: 280 frames at level 2, 28 frames a day x 8 h = 80 h', () => {
    const bid = bidHours(roto, { id: 'SH010-ROTO', complexity: 2, frameCount: 280 }, eight);
    expect(bid.hours.mostLikely).toEqual(makeRatio(80n));
    // Optimistic is the fastest artist (35 a day): 280 / 35 x 8 = 64 h; pessimistic 280 / 20 x 8 = 112 h.
    expect(bid.hours.optimistic).toEqual(makeRatio(64n));
    expect(bid.hours.pessimistic).toEqual(makeRatio(112n));
    expect(bid.working.lines.map((l) => l.quantity)).toEqual([280, 28, 8, 80]);
  });

  it('keeps per-frame hours exact: 100 frames at 14 a day x 8 h = 400/7 h', () => {
    expect(bidHours(roto, { id: 't', complexity: 3, frameCount: 100 }, eight).hours.mostLikely).toEqual(
      makeRatio(400n, 7n),
    );
  });

  it('bids per shot by complexity', () => {
    expect(bidHours(comp, { id: 't', complexity: 3 }, eight).hours.mostLikely).toEqual(makeRatio(20n));
  });

  it('lets the planner override a task', () => {
    const bid = bidHours(
      comp,
      { id: 't', complexity: 3, override: { optimistic: 5, mostLikely: '7.5', pessimistic: 9 } },
      eight,
    );
    expect(bid.hours.mostLikely).toEqual(makeRatio(15n, 2n));
    expect(bid.working.lines[0].label).toMatch(/override/);
  });

  it('asks for what is missing or inconsistent', () => {
    expect(() => bidHours(roto, { id: 't', complexity: 2 }, eight)).toThrow(
      "ROTO is bid per frame; give the task's frame count.",
    );
    expect(() => bidHours(comp, { id: 't', complexity: 6 as 5 }, eight)).toThrow(/1 to 5/);
    expect(() => threePointHours({ optimistic: 10, mostLikely: 5, pessimistic: 20 }, 'x')).toThrow(
      /optimistic <= most likely/,
    );
  });

  it('takes PERT and triangular means: (2 + 4 x 4 + 8) / 6 = 13/3 h; (2 + 4 + 8) / 3 = 14/3 h', () => {
    const e = threePointHours({ optimistic: 2, mostLikely: 4, pessimistic: 8 }, 'x');
    expect(expectedHours(e)).toEqual(makeRatio(13n, 3n));
    expect(expectedHours(e, 'TRIANGULAR')).toEqual(makeRatio(14n, 3n));
  });
});
