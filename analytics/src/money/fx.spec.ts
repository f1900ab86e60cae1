import { AnalyticsInputError } from '../errors';
import { convertMoney, type FxTable } from './fx';
import { money } from './money';

const fx: FxTable = {
  reportingCurrency: 'USD',
  rates: {
    '2026-Q3': { ARS: '0.00105', JPY: '0.0067', KWD: '3.25' },
    '2026-Q4': { ARS: '0.00098' },
  },
};

describe('convertMoney', () => {
  it('converts ARS 1,000,000.00 at 0.00105 into USD 1,050.00', () => {
    expect(convertMoney(money(100_000_000n, 'ARS'), '2026-Q3', fx)).toEqual(money(105_000n, 'USD'));
  });

  it('uses the rate of the quarter the money was booked in', () => {
    expect(convertMoney(money(100_000_000n, 'ARS'), '2026-Q4', fx)).toEqual(money(98_000n, 'USD'));
  });

  it('scales between minor-unit exponents: JPY 10,000 (no minor unit) -> USD 67.00; KWD 1.000 (3 places) -> USD 3.25', () => {
    expect(convertMoney(money(10_000n, 'JPY'), '2026-Q3', fx)).toEqual(money(6_700n, 'USD'));
    expect(convertMoney(money(1_000n, 'KWD'), '2026-Q3', fx)).toEqual(money(325n, 'USD'));
  });

  it('rounds half-even once: ARS 0.50 at 0.00105 is USD 0.000525 -> 0.00', () => {
    expect(convertMoney(money(50n, 'ARS'), '2026-Q3', fx).amountMinor).toBe(0n);
  });

  it('leaves the reporting currency alone and names a missing rate', () => {
    expect(convertMoney(money(5n, 'USD'), '1999-Q1', fx)).toEqual(money(5n, 'USD'));
    expect(() => convertMoney(money(5n, 'EUR'), '2026-Q3', fx)).toThrow(AnalyticsInputError);
    expect(() => convertMoney(money(5n, 'EUR'), '2026-Q3', fx)).toThrow(
      'No EUR to USD rate for 2026-Q3; add one to the FX table.',
    );
  });
});
