import { makeRatio } from './ratio';
import { sumQuantities } from './sum';

describe('sumQuantities', () => {
  it('adds fractions exactly: 400/7 h + 10 h + 90 minutes (3/2 h) = 961/14 h', () => {
    expect(sumQuantities([makeRatio(400n, 7n), '10', makeRatio(90n, 60n)])).toEqual(makeRatio(961n, 14n));
  });

  it('is zero for nothing, and names the field of a bad value', () => {
    expect(sumQuantities([])).toEqual(makeRatio(0n));
    expect(() => sumQuantities(['1', 'x'], 'hours')).toThrow(/"x" is not a number/);
  });
});
