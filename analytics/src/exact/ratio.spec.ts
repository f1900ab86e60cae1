import { AnalyticsInputError } from '../errors';
import { toRatio } from './parse';
import { makeRatio, roundHalfEven } from './ratio';

describe('roundHalfEven', () => {
  it.each([
    [5n, 2n, 2n], // 2.5 -> 2 (even)
    [7n, 2n, 4n], // 3.5 -> 4 (even)
    [-5n, 2n, -2n],
    [-7n, 2n, -4n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
    [-2n, 3n, -1n],
    [12n, 4n, 3n],
  ])('%p/%p rounds to %p', (num, den, expected) => {
    expect(roundHalfEven(makeRatio(num, den))).toBe(expected);
  });
});

describe('toRatio', () => {
  it('reads decimals, exponents, fractions and numbers exactly', () => {
    expect(toRatio('1.25', 'x')).toEqual({ num: 5n, den: 4n });
    expect(toRatio('2.5e-1', 'x')).toEqual({ num: 1n, den: 4n });
    expect(toRatio('-3', 'x')).toEqual({ num: -3n, den: 1n });
    expect(toRatio('7/3', 'x')).toEqual({ num: 7n, den: 3n });
    // 0.1 is read as the decimal the user typed, not its binary approximation.
    expect(toRatio(0.1, 'x')).toEqual({ num: 1n, den: 10n });
    expect(toRatio(12n, 'x')).toEqual({ num: 12n, den: 1n });
  });

  it('refuses what is not a number, naming the field', () => {
    expect(() => toRatio('12,5', 'rateCard.hoursPerDay')).toThrow(AnalyticsInputError);
    try {
      toRatio('abc', 'rateCard.hoursPerDay');
    } catch (e) {
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rateCard.hoursPerDay' });
    }
    expect(() => toRatio('1/0', 'x')).toThrow(/zero/);
    expect(() => toRatio(Number.NaN, 'x')).toThrow(/finite/);
  });
});
