import { minorUnitExponent } from './currency';
import type { Money } from './money';

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let f = formatters.get(key);
  if (!f) {
    const digits = minorUnitExponent(currency);
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  return f;
}

/** Minor units as an exact decimal string in major units: 123456n, 2 -> "1234.56". */
export function toMajorDecimal(m: Money): `${number}` {
  const digits = minorUnitExponent(m.currency);
  const negative = m.amountMinor < 0n;
  const text = (negative ? -m.amountMinor : m.amountMinor).toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}` as `${number}`;
}

/**
 * Money for people, per currency and locale ("$1,234.56", "$ 1.234,56" for es-AR). Intl formats
 * the exact decimal string, so amounts beyond 2^53 print every digit.
 */
export function formatMoney(m: Money, locale = 'en-US'): string {
  return formatterFor(m.currency, locale).format(toMajorDecimal(m));
}

const quantityFormatters = new Map<string, Intl.NumberFormat>();

/**
 * A measure for a sentence (hours, weeks), to at most `digits` places with grouping: 646.0507936507937
 * -> "646.1", 12400 -> "12,400". Sentences built from raw floats print every digit a double has.
 */
export function formatQuantity(value: number, digits = 1, locale = 'en-US'): string {
  const key = `${locale}|${digits}`;
  let f = quantityFormatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: digits });
    quantityFormatters.set(key, f);
  }
  return f.format(value);
}
