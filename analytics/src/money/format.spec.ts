import { formatMoney, toMajorDecimal } from './format';
import { money } from './money';

// Some locales separate the symbol with a no-break space; compare with plain spaces.
const plain = (s: string): string => s.replace(/\s/g, ' ');

describe('formatMoney', () => {
  it('formats per currency and locale', () => {
    expect(formatMoney(money(123_456n, 'USD'), 'en-US')).toBe('$1,234.56');
    expect(plain(formatMoney(money(123_456n, 'ARS'), 'es-AR'))).toBe('$ 1.234,56');
    expect(formatMoney(money(1_234n, 'JPY'), 'en-US')).toBe('¥1,234');
    expect(formatMoney(money(-5n, 'GBP'), 'en-GB')).toBe('-£0.05');
  });

  it('prints every digit of amounts beyond 2^53', () => {
    expect(formatMoney(money(123_456_789_012_345_678_901n, 'USD'), 'en-US')).toBe(
      '$1,234,567,890,123,456,789.01',
    );
  });

  it('writes minor units as an exact major-unit decimal', () => {
    expect(toMajorDecimal(money(5n, 'USD'))).toBe('0.05');
    expect(toMajorDecimal(money(-123_456n, 'KWD'))).toBe('-123.456');
    expect(toMajorDecimal(money(42n, 'JPY'))).toBe('42');
  });
});
