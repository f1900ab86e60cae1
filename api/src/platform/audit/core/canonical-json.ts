import { CryptoCoreError } from './errors';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Deterministic JSON in the style of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no
 * whitespace, strings and numbers exactly as JSON.stringify writes them (which is what JCS
 * prescribes for ECMAScript). An object property whose value is `undefined` is left out, as
 * JSON.stringify does. Everything that has no single JSON spelling is refused rather than guessed:
 * NaN and Infinity, bigint, functions, `undefined` inside arrays, and non-plain objects such as Date
 * (a Date would hash as whatever toJSON happens to return; the caller must choose the string).
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw refuse(path, `the number ${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    const items = value.map((item, i) => {
      if (item === undefined) throw refuse(`${path}[${i}]`, 'undefined inside an array has no JSON form');
      return write(item, `${path}[${i}]`);
    });
    return `[${items.join(',')}]`;
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map(
        (key) => `${JSON.stringify(key)}:${write((value as Record<string, unknown>)[key], `${path}.${key}`)}`,
      );
    return `{${entries.join(',')}}`;
  }
  const kind = typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value;
  throw refuse(path, `a ${kind} is not a JSON value; convert it first (a Date with toISOString())`);
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function refuse(path: string, why: string): CryptoCoreError {
  return new CryptoCoreError('NOT_CANONICAL_JSON', `Cannot write canonical JSON at ${path}: ${why}.`);
}
