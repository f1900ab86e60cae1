import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  buildSchema,
  DocumentNode,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
  parse,
  typeFromAST,
  validate,
} from 'graphql';
import * as web from '../../../../web/src/gql/graphql';
import { loadConfig } from '../../config/config';
import { queryCost } from './query-cost';

const schema = buildSchema(readFileSync(join(__dirname, '../../../schema.graphql'), 'utf8'));

describe('queryCost', () => {
  it('counts 1 per field, times `first` for a list, plus the known expensive work', () => {
    // tasks: 1 + 100 x (edges 1 + 1 x (node 1 + id 1 + path 1)) = 1 + 100 x 4 = 401
    expect(
      queryCost(schema, parse(`{ tasks(productionId: "x", first: 100) { edges { node { id path } } } }`), {}),
    ).toBe(401);
    // The variable's value counts: first: 10 makes it 1 + 10 x 4 = 41.
    const byVariable = parse(
      `query($n: Int!) { tasks(productionId: "x", first: $n) { edges { node { id path } } } }`,
    );
    expect(queryCost(schema, byVariable, { n: 10 })).toBe(41);
    // riskProfile(draws: 50000) { draws }: 1 + 50,000 / 2 + 1 = 25,002
    expect(queryCost(schema, parse(`{ riskProfile(productionId: "x", draws: 50000) { draws } }`), {})).toBe(
      25_002,
    );
  });
});

/** A value of `type` for a variable, with every `first` at its maximum, so a client's worst case is priced. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type, f.name)]),
    );
  const values: Record<string, unknown> = {
    ID: '3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77',
    Int: name === 'first' ? 100 : 1,
  };
  return values[type.name] ?? (type.name === 'Float' ? 1 : type.name === 'Boolean' ? true : '1');
}

describe("the dashboard's own queries", () => {
  const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), HOST: '127.0.0.1' });
  // The client preset writes each operation as a TypedDocumentString: the document's text.
  const documents: Array<[string, DocumentNode]> = Object.entries(web)
    .filter(([name]) => name.endsWith('Document'))
    .map(([name, text]) => [name, parse(String(text))]);

  it.each(documents)('%s fits the default cost, depth and alias limits', (_, document) => {
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
    )!;
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? []).map((v) => [
        v.variable.name.value,
        sample(typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value),
      ]),
    );
    expect(queryCost(schema, document, variables)).toBeLessThanOrEqual(config.graphqlMaxCost);
    const rules = [
      maxDepthRule({ n: config.graphqlMaxDepth, flattenFragments: true }),
      maxAliasesRule({ n: config.graphqlMaxAliases }),
    ];
    expect(validate(schema, document, rules).map((e) => e.message)).toEqual([]);
  });
});
