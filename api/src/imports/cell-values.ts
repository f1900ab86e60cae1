// Strict readers for CSV cell text. Each returns undefined for text it cannot read, and the
// parser turns that into a message naming the column and what would be valid.

/** A whole number written as digits ("1001"); no signs, decimals or thousands separators. */
export function readWholeNumber(text: string): number | undefined {
  return /^\d{1,15}$/.test(text) ? Number(text) : undefined;
}

/** A plain decimal ("24", "23.976", "1.5"); no exponents, so "1e3" is refused. */
export function readDecimal(text: string): number | undefined {
  return /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : undefined;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);
export const YES_NO_VALUES = 'yes, no, true, false, 1 or 0';

export function readYesNo(text: string): boolean | undefined {
  const value = text.toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return undefined;
}

/** Matches an enum value whatever the case and whether words are joined by spaces, hyphens or underscores. */
export function readCode<T extends string>(text: string, values: readonly T[]): T | undefined {
  const code = text.toUpperCase().replace(/[\s-]+/g, '_');
  return values.find((v) => v === code);
}

/** A real calendar date written YYYY-MM-DD. */
export function readIsoDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? text : undefined;
}
