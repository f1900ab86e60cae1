import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLScalarType, Kind } from 'graphql';

/**
 * A whole number of minor units (cents, pence, centavos). Sent as a string of digits because
 * budgets in currencies such as ARS pass 2^31 and JSON numbers lose integers past 2^53.
 */
export const MinorUnitsScalar = new GraphQLScalarType({
  name: 'MinorUnits',
  description:
    'An integer count of a currency\'s minor units, as a string of at most 15 digits (e.g. "123456" is 1,234.56 USD).',
  serialize: (value) => BigInt(value as bigint | number | string).toString(),
  parseValue: (value) => parseMinorUnits(value),
  parseLiteral: (ast) =>
    parseMinorUnits(ast.kind === Kind.STRING || ast.kind === Kind.INT ? ast.value : undefined),
});

/**
 * At most 15 digits (below 10^15 minor units: ten trillion of a two-decimal currency). Far
 * above any budget, and far enough below PostgreSQL's bigint (9.2 x 10^18) that sums and
 * products of stored amounts cannot overflow it.
 */
export const MAX_MINOR_DIGITS = 15;
const MINOR = new RegExp(`^-?\\d{1,${MAX_MINOR_DIGITS}}$`);

function parseMinorUnits(value: unknown): bigint {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text === 'string' && MINOR.test(text)) return BigInt(text);
  throw new TypeError(
    `MinorUnits must be a whole number of minor units of at most ${MAX_MINOR_DIGITS} digits, such as "250000" for 2,500.00.`,
  );
}

@ObjectType({ description: 'An amount of money: integer minor units with its ISO 4217 currency.' })
export class Money {
  @Field(() => MinorUnitsScalar) amountMinor!: bigint;
  @Field({ description: 'ISO 4217 code, e.g. USD.' }) currency!: string;
  @Field({ description: 'For display, e.g. "$1,234.56" (en-US).' }) formatted!: string;
}
