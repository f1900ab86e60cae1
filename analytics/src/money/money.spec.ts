import fc from 'fast-check';
import { AnalyticsInputError } from '../errors';
import { addMoney, money, multiplyMoney, sumMoney } from './money';
import { minorUnitExponent } from './currency';

describe('money', () => {
  it('knows the minor units of common currencies', () => {
    expect(['USD', 'GBP', 'EUR', 'ARS', 'CAD', 'AUD', 'NZD'].map((c) => minorUnitExponent(c))).toEqual([
      2, 2, 2, 2, 2, 2, 2,
    ]);
    expect(minorUnitExponent('JPY')).toBe(0);
  });

  it('refuses an unknown currency with a field and a sentence', () => {
    expect(() => money(100, 'XYZ', 'budget')).toThrow(AnalyticsInputError);
    expect(() => money(100, 'XYZ', 'budget')).toThrow(/"XYZ" is not supported/);
    try {
      money(100, 'XYZ', 'budget');
    } catch (e) {
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'budget.currency' });
    }
  });

  it('refuses fractional minor units and mixed currencies', () => {
    expect(() => money(1.5, 'USD')).toThrow(/whole number/);
    expect(() => addMoney(money(1, 'USD'), money(1, 'EUR'))).toThrow(/convert both/);
  });

  it('accepts the integer strings PostgreSQL returns for bigint columns', () => {
    expect(money('900719925474099312345', 'ARS').amountMinor).toBe(900719925474099312345n);
  });

  it('multiplies by hours with one half-even rounding: 59.00/h x 1.5 h = 88.50; 0.01 x 0.5 = 0.00; 0.03 x 0.5 = 0.02', () => {
    expect(multiplyMoney(money(5900, 'USD'), '1.5').amountMinor).toBe(8850n);
    expect(multiplyMoney(money(1, 'USD'), '0.5').amountMinor).toBe(0n); // 0.5 -> 0 (even)
    expect(multiplyMoney(money(3, 'USD'), '0.5').amountMinor).toBe(2n); // 1.5 -> 2 (even)
    // 20 min at 45.00/h = 15.00 exactly, because 20/60 stays a fraction until the end.
    expect(multiplyMoney(money(4500, 'USD'), '20/60').amountMinor).toBe(1500n);
  });

  describe('sums are exact', () => {
    // Amounts up to a trillion minor units: a million of them passes 2^53.
    const amount = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });

    it('equal the bigint sum, in any order', () => {
      fc.assert(
        fc.property(fc.array(amount, { maxLength: 200 }), (xs) => {
          const items = xs.map((x) => money(x, 'ARS'));
          const expected = xs.reduce((a, b) => a + b, 0n);
          expect(sumMoney(items, 'ARS').amountMinor).toBe(expected);
          expect(sumMoney([...items].reverse(), 'ARS').amountMinor).toBe(expected);
        }),
      );
    });

    it('are associative', () => {
      fc.assert(
        fc.property(amount, amount, amount, (a, b, c) => {
          const [x, y, z] = [a, b, c].map((v) => money(v, 'USD'));
          expect(addMoney(addMoney(x, y), z)).toEqual(addMoney(x, addMoney(y, z)));
        }),
      );
    });

    it('stay exact past 2^53: a million lines of 9,999,999,999.99 ARS', () => {
      const line = money(999_999_999_999n, 'ARS');
      const total = sumMoney(
        Array.from({ length: 1_000_000 }, () => line),
        'ARS',
      );
      expect(total.amountMinor).toBe(999_999_999_999_000_000n);
    });
  });
});
