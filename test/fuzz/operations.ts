import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';

export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
  document: string;
}

/** The committed schema, the same file clients generate their code from. */
export function committedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(__dirname, '../../api/schema.graphql'), 'utf8'));
}

/** Leaf fields that need no arguments, or __typename for a type without any. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return '';
  if (!isObjectType(type)) return '{ __typename }';
  const leaves = Object.values((type as GraphQLObjectType).getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
    .slice(0, 8)
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

/** One document per root field, every argument passed as a variable of its declared type. */
export function operations(schema: GraphQLSchema): Operation[] {
  const roots: Array<['query' | 'mutation', GraphQLObjectType | null | undefined]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => {
      const vars = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const document = `${kind} Fuzz${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(field)} }`;
      return { kind, name: field.name, field, document };
    }),
  );
}
