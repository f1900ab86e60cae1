import { makeRatio } from '../exact/ratio';
import { median, speedUp } from './speed-up';

describe('speed-up', () => {
  it('is baseline over machine plus human hours: 40 h / (2 h GPU + 14 h people) = 2.5', () => {
    expect(speedUp(40, 2, 14)).toEqual(makeRatio(5n, 2n));
  });

  it('reads a "10x" claim: 80 h of roto done in 3 h of GPU and 5 h of review', () => {
    expect(speedUp(80, 3, 5)).toEqual(makeRatio(10n));
  });

  it('has no value before any time is spent, and refuses negative hours', () => {
    expect(speedUp(40, 0, 0)).toBeNull();
    expect(() => speedUp(40, -1, 2)).toThrow('-1 is negative; give zero or more.');
  });
});

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the two middle values of an even count', () => {
    expect(median([makeRatio(5n), makeRatio(1n), makeRatio(3n)])).toEqual(makeRatio(3n));
    expect(median([makeRatio(5n, 2n), makeRatio(10n)])).toEqual(makeRatio(25n, 4n));
    expect(median([])).toBeNull();
  });
});
