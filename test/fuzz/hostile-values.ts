import fc from 'fast-check';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLScalarType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';

/**
 * Real ids of the database by table, and real codes by field name (`taskTypeCode`, `roleCode`),
 * so many calls get past the obvious checks and into the code behind them.
 */
export type IdPool = Map<string, string[]>;

const cursor = (text: string) => Buffer.from(text).toString('base64url');

/** Values a careless or hostile client sends whatever the field is. */
const HOSTILE_TEXT = [
  '',
  ' ',
  'null',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  "' OR 1=1 --",
  '%s%n',
  '<script>alert(1)</script>',
  'x'.repeat(300),
  'é'.repeat(5000),
  '9'.repeat(40),
  '-1',
  '1e308',
  'NaN',
  '2026-02-30',
  '9999-12-31',
  '0000-01-01',
  '2026-13-01',
  '2026-Q5',
  '9999-Q4',
  'usd',
  'XXX',
  cursor('o:1e20'),
  cursor('o:99999999999999999999'),
  cursor('o:-1'),
];

const HOSTILE_IDS = [
  'null',
  '',
  '1',
  '0',
  'undefined',
  "'; DROP TABLE task; --",
  '00000000-0000-0000-0000-00000000000g',
  'a'.repeat(37),
];

/** Plausible text for a field, by its name, so the call passes the obvious checks and goes deeper. */
function plausibleText(name: string, pool: IdPool): fc.Arbitrary<string> {
  const known = pool.get(`code:${name}`);
  if (known?.length) return fc.constantFrom(...known);
  const n = name.toLowerCase();
  if (n.includes('currency')) return fc.constantFrom('USD', 'EUR', 'GBP', 'ARS', 'JPY');
  if (n === 'quarter' || n === 'quarters') return fc.constantFrom('2026-Q1', '2026-Q2', '2025-Q4');
  if (n === 'month') return fc.constantFrom('2026-03', '2026-04', '2025-12');
  if (n.includes('date') || n === 'asof' || n === 'from' || n === 'to' || n.endsWith('from'))
    return fc.constantFrom('2026-03-01', '2026-06-30', '2025-11-15');
  if (n === 'email') return fc.constantFrom('planner@frameledger.local', 'nobody@frameledger.local');
  if (n === 'after') return fc.constantFrom(cursor('o:1'), cursor('o:20'));
  if (n === 'country') return fc.constantFrom('US', 'GB', 'AR');
  if (n === 'rate') return fc.constantFrom('1', '0.00068966', '1.25');
  if (n.includes('code')) return fc.stringMatching(/^[A-Z][A-Z0-9_]{1,8}$/);
  return fc.string({ maxLength: 30 });
}

function plausibleNumber(name: string, integer: boolean): fc.Arbitrary<number> {
  const n = name.toLowerCase();
  if (n === 'first') return fc.integer({ min: 1, max: 100 });
  if (n === 'number' || n.includes('episode')) return fc.integer({ min: 1, max: 12 });
  if (n.includes('percent')) return fc.double({ min: 0, max: 60, noNaN: true });
  if (n.includes('minutes')) return fc.integer({ min: 1, max: 600 });
  if (n.includes('complexity')) return fc.integer({ min: 1, max: 5 });
  if (n === 'draws') return fc.integer({ min: 100, max: 2000 });
  if (integer) return fc.integer({ min: 0, max: 2000 });
  return fc.double({ min: 0, max: 200, noNaN: true });
}

const HOSTILE_INTS = [0, -1, -2147483648, 2147483647, 1_000_000];
const HOSTILE_FLOATS = [0, -0.0001, -1, 1e308, -1e308, 5e-324, 1e15, 2.5e9];
const HOSTILE_MINOR = [
  '0',
  '-1',
  '9999999999999999999',
  '-9223372036854775809',
  '1' + '0'.repeat(29),
  'abc',
  '1.5',
];

/** The table an id argument most likely points into: `productionId` -> production, `id` -> the operation's noun. */
export function tableFor(argName: string, operation: string): string {
  const noun =
    argName === 'id' || argName === 'ids'
      ? operation.replace(/^(approve|reject|cancel|update|delete|resolve|waive|review|sign)/, '')
      : argName.replace(/Ids?$/, '');
  return noun.replace(/^./, (c) => c.toLowerCase()).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function idValue(pool: IdPool, argName: string, operation: string): fc.Arbitrary<unknown> {
  const own = pool.get(tableFor(argName, operation)) ?? [];
  const any = [...pool.values()].flat();
  return fc.oneof(
    { weight: 8, arbitrary: own.length ? fc.constantFrom(...own) : fc.uuid() },
    { weight: 1, arbitrary: any.length ? fc.constantFrom(...any) : fc.uuid() },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_IDS) },
  );
}

function scalarValue(type: GraphQLScalarType, name: string, pool: IdPool, operation: string) {
  // One leaf in seven hostile: most input objects then carry none or one bad field, and reach
  // the checks behind the first.
  const hostile = <T>(plausible: fc.Arbitrary<T>, bad: readonly unknown[]) =>
    fc.oneof({ weight: 6, arbitrary: plausible }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
  switch (type.name) {
    case 'ID':
      return idValue(pool, name, operation);
    case 'Int':
      return hostile(plausibleNumber(name, true), HOSTILE_INTS);
    case 'Float':
      return hostile(plausibleNumber(name, false), HOSTILE_FLOATS);
    case 'Boolean':
      return fc.boolean();
    case 'MinorUnits':
      return hostile(fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String), HOSTILE_MINOR);
    default:
      return hostile(plausibleText(name, pool), HOSTILE_TEXT);
  }
}

function enumValue(type: GraphQLEnumType): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
    { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') },
  );
}

function objectValue(type: GraphQLInputObjectType, pool: IdPool, operation: string, depth: number) {
  const fields = Object.values(type.getFields());
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of fields) {
    record[field.name] = valueFor(field.type, field.name, pool, operation, depth + 1);
  }
  const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
  return fc.record(record, { requiredKeys: required.map((f) => f.name) });
}

/** A value for an argument or input field of `type`: mostly plausible, often hostile. */
export function valueFor(
  type: GraphQLInputType,
  name: string,
  pool: IdPool,
  operation: string,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, name, pool, operation, depth);
  if (isListType(type))
    return fc.array(valueFor(type.ofType, name, pool, operation, depth + 1), {
      minLength: 0,
      maxLength: depth > 1 ? 1 : 3,
    });
  if (isEnumType(type)) return enumValue(type);
  if (isInputObjectType(type)) return objectValue(type, pool, operation, depth);
  return scalarValue(type as GraphQLScalarType, name, pool, operation);
}
