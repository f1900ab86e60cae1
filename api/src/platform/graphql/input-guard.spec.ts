import { buildSchema, OperationDefinitionNode, parse } from 'graphql';
import { checkOperationInput } from './input-guard';

const schema = buildSchema(`
  input Entry { person: String!, hours: Float, taskId: ID! }
  type Query { production(id: ID!): Int, search(text: String): Int, log(input: Entry!): Int, logMany(entries: [Entry!]!): Int }
`);
const UUID = '3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77';

function problem(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const error = checkOperationInput(
    schema,
    document,
    document.definitions[0] as OperationDefinitionNode,
    variables,
  );
  return error && { field: error.extensions.field, message: error.message };
}

describe('checkOperationInput', () => {
  it('passes ordinary values', () => {
    expect(problem(`{ production(id: "${UUID}") }`)).toBeUndefined();
    expect(
      problem(`query($i: Entry!) { log(input: $i) }`, {
        i: { person: 'Ana Ruiz', hours: 7.5, taskId: UUID },
      }),
    ).toBeUndefined();
  });

  it('names the argument of a literal and of a variable alike', () => {
    expect(problem(`{ production(id: "null") }`)?.field).toBe('id');
    expect(problem(`query($x: ID!) { production(id: $x) }`, { x: 'null' })?.field).toBe('id');
    expect(problem(`{ log(input: { person: "a", taskId: "1" }) }`)?.field).toBe('input.taskId');
    expect(
      problem(`query($i: Entry!) { log(input: $i) }`, { i: { person: 'x\ud800y', taskId: UUID } })?.field,
    ).toBe('input.person');
    expect(
      problem(`query($e: [Entry!]!) { logMany(entries: $e) }`, {
        e: [
          { person: 'a', taskId: UUID },
          { person: 'b\u0000', taskId: UUID },
        ],
      })?.field,
    ).toBe('entries[1].person');
  });

  it('says what is wrong in a sentence', () => {
    expect(problem(`{ search(text: "a\\u0000b") }`)?.message).toBe(
      'text: remove the NUL character (\\u0000); text cannot hold it.',
    );
    expect(problem(`query($t: String) { search(text: $t) }`, { t: 'x'.repeat(20_001) })?.message).toBe(
      'text: 20001 characters is too long; the most is 20000.',
    );
    expect(problem(`{ log(input: { person: "a", taskId: "${UUID}", hours: 1e308 }) }`)?.message).toBe(
      'input.hours: 1e+308 is out of range; numbers here lie between -100000000 and 100000000.',
    );
    expect(problem(`{ log(input: { person: "a", taskId: "${UUID}", hours: 5e-324 }) }`)?.message).toMatch(
      /too small to mean anything here; send 0 or a number of at least 0.000001/,
    );
  });
});
