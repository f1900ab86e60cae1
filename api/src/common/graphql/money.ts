import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLScalarType, Kind } from 'graphql';

/**
 * A whole number of minor units (cents, pence, centavos). Sent as a string of digits because
 * budgets in currencies such as ARS pass 2^31 and JSON numbers lose integers past 2^53.
 */
export const MinorUnitsScalar = new GraphQLScalarType({
  name: 'MinorUnits',
  description:
    'An integer count of a currency\'s minor units, as a string of digits (e.g. "123456" is 1,234.56 USD).',
  serialize: (value) => BigInt(value as bigint | number | string).toString(),
  parseValue: (value) => parseMinorUnits(value),
  parseLiteral: (ast) =>
    parseMinorUnits(ast.kind === Kind.STRING || ast.kind === Kind.INT ? ast.value : undefined),
});

function parseMinorUnits(value: unknown): bigint {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d{1,30}$/.test(value)) return BigInt(value);
  throw new TypeError('MinorUnits must be a whole number of minor units, such as "250000" for 2,500.00.');
}

@ObjectType({ description: 'An amount of money: integer minor units with its ISO 4217 currency.' })
export class Money {
  @Field(() => MinorUnitsScalar) amountMinor!: bigint;
  @Field({ description: 'ISO 4217 code, e.g. USD.' }) currency!: string;
  @Field({ description: 'For display, e.g. "$1,234.56" (en-US).' }) formatted!: string;
}
