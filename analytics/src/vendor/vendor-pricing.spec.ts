import { money } from '../money/money';
import { creditsFor, planMonthCost, priceUsage, spreadPlanMonth, type CreditPlan } from './vendor-pricing';

const usd = (minor: number) => money(minor, 'USD');
/** 99.00 a month for 3,000 credits, then 0.02 a credit. */
const plan: CreditPlan = {
  currency: 'USD',
  monthlyFeeMinor: 9900,
  monthlyCredits: 3000,
  overagePerCreditMinor: 2,
};

describe('vendor pricing', () => {
  it('prices usage per unit with sub-cent prices, rounding once at the total: 1,234,567 tokens x 0.0015 cents = 1,851.8505 -> 18.52', () => {
    expect(priceUsage(1_234_567, '0.0015', 'USD')).toEqual(usd(1852));
    // Half-even at the one rounding: 5 x 0.5 = 2.5 -> 2; 7 x 0.5 = 3.5 -> 4.
    expect(priceUsage(5, '0.5', 'USD')).toEqual(usd(2));
    expect(priceUsage(7, '0.5', 'USD')).toEqual(usd(4));
  });

  it('counts credits exactly: 12 seconds at 20 credits a second = 240', () => {
    expect(creditsFor(12, 20)).toEqual({ num: 240n, den: 1n });
    expect(creditsFor('2.5', 4)).toEqual({ num: 10n, den: 1n });
  });

  it('bills a month inside the allowance at the fee, and over it at fee + overage', () => {
    expect(planMonthCost(plan, 2900).total).toEqual(usd(9900));
    const over = planMonthCost(plan, 3140);
    expect(over.overageCredits).toEqual({ num: 140n, den: 1n });
    expect(over.overage).toEqual(usd(280));
    expect(over.total).toEqual(usd(10_180));
  });

  it('spreads 101.80 over 2,900 + 240 credits: 9,401.91 -> 9,402 and 778.09 -> 778 minor units, adding up exactly', () => {
    const spread = spreadPlanMonth(plan, [
      { id: 'a', credits: 2900 },
      { id: 'b', credits: 240 },
    ]);
    expect(spread.shares).toEqual([
      { id: 'a', cost: usd(9402) },
      { id: 'b', cost: usd(778) },
    ]);
    expect(spread.working.lines.map((l) => l.refs)).toEqual([['a'], ['b']]);
  });

  it('gives leftover minor units to the largest fractions, ties to the earlier run', () => {
    // 9,900 over three equal runs = 3,300 each: no leftover. 10,000 over three: 3,333.33 each, one left, to the first.
    const fee = { ...plan, monthlyFeeMinor: 10_000 };
    const shares = spreadPlanMonth(fee, [
      { id: 'x', credits: 100 },
      { id: 'y', credits: 100 },
      { id: 'z', credits: 100 },
    ]).shares.map((s) => s.cost.amountMinor);
    expect(shares).toEqual([3334n, 3333n, 3333n]);
    expect(shares.reduce((a, b) => a + b, 0n)).toBe(10_000n);
  });

  it('splits the fee evenly when no run used credits, and has nothing to spread over no runs', () => {
    const shares = spreadPlanMonth(plan, [
      { id: 'x', credits: 0 },
      { id: 'y', credits: 0 },
    ]).shares.map((s) => s.cost.amountMinor);
    expect(shares).toEqual([4950n, 4950n]);
    expect(spreadPlanMonth(plan, []).shares).toEqual([]);
  });

  it('refuses negative usage and fractional fees', () => {
    expect(() => priceUsage(-1, 2, 'USD')).toThrow('negative');
    expect(() => planMonthCost({ ...plan, monthlyFeeMinor: '99.5' }, 0)).toThrow('whole minor units');
  });
});
