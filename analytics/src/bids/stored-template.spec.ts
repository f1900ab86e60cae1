import { toNumber } from '../exact/ratio';
import { bidFromStoredTemplate, type StoredBidTask } from './stored-template';

const task = (over: Partial<StoredBidTask>): StoredBidTask => ({
  id: 't1',
  taskTypeCode: 'ROTO',
  complexity: 2,
  frameCount: 280,
  baselineHoursOverride: null,
  unit: 'FRAME',
  optimistic: '35',
  mostLikely: '28',
  pessimistic: '16.8',
  ...over,
});
const hours = (t: StoredBidTask, day: string) => {
  const bid = bidFromStoredTemplate(t, day);
  return bid && [bid.hours.optimistic, bid.hours.mostLikely, bid.hours.pessimistic].map(toNumber);
};

describe('bidFromStoredTemplate: B(t) from a stored bid', () => {
  it('per frame: 280 frames / 28 a day x 8 h = 80 h; 35 a day is 64 h, 16.8 a day is 133.33 h', () => {
    const [o, m, p] = hours(task({}), '8') as number[];
    expect([o, m]).toEqual([64, 80]);
    expect(p).toBeCloseTo(133.333, 3);
  });

  it("per frame uses the card's day: a 7.5 h day makes the same 280 frames 75 h", () => {
    expect(hours(task({}), '7.5')?.[1]).toBe(75);
  });

  it('per shot: the figures are the hours, whatever the frame count', () => {
    expect(hours(task({ unit: 'SHOT', optimistic: '6', mostLikely: '8', pessimistic: '12.8' }), '8')).toEqual(
      [6, 8, 12.8],
    );
  });

  it("the planner's override is all three points and wins over the template", () => {
    expect(hours(task({ baselineHoursOverride: '12.5' }), '8')).toEqual([12.5, 12.5, 12.5]);
  });

  it('a task with neither override nor template has no bid', () => {
    expect(bidFromStoredTemplate(task({ unit: null, mostLikely: null }), '8')).toBeNull();
  });

  it('is exact: 100 frames / 28 a day x 8 h is 200/7 h, not a float', () => {
    const bid = bidFromStoredTemplate(task({ frameCount: 100 }), '8');
    expect(bid?.hours.mostLikely).toEqual({ num: 200n, den: 7n });
  });
});
