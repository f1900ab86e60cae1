/** A UTF-16 surrogate with no partner: JSON can carry it, PostgreSQL cannot store it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why a text value cannot be stored, or undefined: PostgreSQL text refuses NUL bytes and
 * unpaired surrogates, and `max` bounds what one field may hold.
 */
export function textProblem(field: string, value: string, max: number): string | undefined {
  if (value.length > max) return `${field}: ${value.length} characters is too long; the most is ${max}.`;
  if (value.includes('\u0000')) return `${field}: remove the NUL character (\\u0000); text cannot hold it.`;
  if (LONE_SURROGATE.test(value))
    return `${field}: the text holds a broken character (a lone UTF-16 surrogate); send valid Unicode.`;
  return undefined;
}
