import { formatMoneyFor, type MoneyValue } from '../../../format/money';
import { formatNumber } from '../../../format/numbers';

/** A figure's change, for the reader: its words and whether it went up, down or nowhere. */
export interface Change {
  text: string;
  direction: 'up' | 'down' | 'none';
}

const NONE: Change = { text: 'no change', direction: 'none' };

/**
 * How far an amount moved from the starting plan, exact in minor units: "+$1,250.00" up,
 * "($1,250.00)" down (parentheses, as the rest of the dashboard writes a negative amount).
 */
export function moneyChange(now: MoneyValue, start: MoneyValue, locale?: string): Change {
  const delta = BigInt(now.amountMinor) - BigInt(start.amountMinor);
  if (delta === 0n) return NONE;
  const text = formatMoneyFor({ amountMinor: delta.toString(), currency: now.currency }, locale);
  return delta > 0n ? { text: `+${text}`, direction: 'up' } : { text, direction: 'down' };
}

/** How far a count moved ("+1.5 weeks", "-2.0 weeks"), to `digits` places; under half the last place is no change. */
export function numberChange(
  now: number,
  start: number,
  unit: string,
  digits: number,
  locale?: string,
): Change {
  const delta = now - start;
  if (Math.abs(delta) < 0.5 * 10 ** -digits) return NONE;
  const text = `${formatNumber(Math.abs(delta), digits, locale)} ${unit}`;
  return delta > 0 ? { text: `+${text}`, direction: 'up' } : { text: `-${text}`, direction: 'down' };
}
