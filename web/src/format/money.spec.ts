import { formatMoneyFor } from './money';

describe('formatMoneyFor', () => {
  it('writes an amount exactly in the currency and locale, with grouping', () => {
    expect(formatMoneyFor({ amountMinor: '15257178627', currency: 'ARS' }, 'en-US')).toBe(
      'ARS\u00a0152,571,786.27',
    );
    expect(formatMoneyFor({ amountMinor: '900719925474099312', currency: 'USD' }, 'en-US')).toBe(
      '$9,007,199,254,740,993.12',
    );
  });

  it('puts a negative amount in parentheses, as accountants read it', () => {
    expect(formatMoneyFor({ amountMinor: '-18000', currency: 'USD' }, 'en-US')).toBe('($180.00)');
    expect(formatMoneyFor({ amountMinor: '-500', currency: 'JPY' }, 'en-US')).toBe('(¥500)');
  });
});
