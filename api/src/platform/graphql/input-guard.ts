import {
  ASTNode,
  DocumentNode,
  getNamedType,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  typeFromAST,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { AppError, badInput } from '../../common/errors';
import { textProblem } from '../../common/text';
import { isUuid } from './uuid.pipe';

/**
 * No hour count, percentage, frame rate or tensor constant of this domain comes near it, and
 * below it every NUMERIC(12,3) column (hours, milliseconds) can hold the value.
 */
export const MAX_FLOAT = 1e8;
/**
 * Nor below a millionth (other than 0): such numbers print in exponent form (5e-324), which
 * decimal-place checks and NUMERIC columns do not take.
 */
export const MIN_FLOAT = 1e-6;
/** Free text (names, notes, model cards); bulk imports are the exception and have their own limit. */
export const MAX_TEXT = 20_000;
/** Arguments that carry a whole file's text (imports); bounded by the request body limit instead. */
const BULK_TEXT = new Set(['content']);

/** The first problem of one leaf value, as a sentence, or undefined when it is fine. */
function leafProblem(typeName: string, value: unknown, field: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const leaf = field
    .split('.')
    .pop()!
    .replace(/\[\d+\]$/, '');
  if (typeName === 'ID') {
    // Every id this API gives out is a UUID; anything else cannot name a row.
    return isUuid(value)
      ? undefined
      : `${field}: ${JSON.stringify(String(value).slice(0, 40))} is not an id this API gave out; ids look like 3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77.`;
  }
  if (typeName === 'String' && typeof value === 'string') {
    return textProblem(field, value, BULK_TEXT.has(leaf) ? Infinity : MAX_TEXT);
  }
  if (typeName === 'Float' && typeof value === 'number') {
    const size = Math.abs(value);
    if (!(size <= MAX_FLOAT))
      return `${field}: ${value} is out of range; numbers here lie between -${MAX_FLOAT} and ${MAX_FLOAT}.`;
    if (size > 0 && size < MIN_FLOAT)
      return `${field}: ${value} is too small to mean anything here; send 0 or a number of at least ${MIN_FLOAT.toFixed(6)}.`;
  }
  return undefined;
}

/** Walks a coerced value along its input type, reporting the first bad leaf. */
function valueProblem(type: GraphQLInputType, value: unknown, field: string): AppError | undefined {
  if (value === null || value === undefined) return undefined;
  if (isNonNullType(type)) return valueProblem(type.ofType, value, field);
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    for (const [i, item] of items.entries()) {
      const problem = valueProblem(type.ofType, item, `${field}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return undefined;
    for (const [name, f] of Object.entries(type.getFields())) {
      const problem = valueProblem(f.type, (value as Record<string, unknown>)[name], `${field}.${name}`);
      if (problem) return problem;
    }
    return undefined;
  }
  const message = leafProblem(getNamedType(type).name, value, field);
  return message ? badInput(field, message) : undefined;
}

/** "input.lines" from the ancestors of a value (its parent included): the argument's name, then object field names. */
function literalPath(ancestors: ReadonlyArray<ASTNode | ReadonlyArray<ASTNode>>): string {
  const names: string[] = [];
  for (const node of ancestors) {
    if (Array.isArray(node) || !('kind' in (node as ASTNode))) continue;
    const n = node as ASTNode;
    if (n.kind === Kind.ARGUMENT || n.kind === Kind.OBJECT_FIELD) names.push(n.name.value);
  }
  return names.join('.');
}

/**
 * Checks every argument of an operation before it runs, whatever resolver it reaches: ids are
 * UUIDs, text holds no NUL or lone surrogate and fits MAX_TEXT, floats are finite and within
 * MAX_FLOAT. Variables are checked against their declared types, literals where they stand.
 * Feature DTOs add the tighter, field-specific rules (column widths, date windows, currencies).
 */
export function checkOperationInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): AppError | undefined {
  const own = {
    ...document,
    definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
  // One walk: where each variable is used, so a problem is named by the argument (`input.title`),
  // not `$i`, and the first bad literal where it stands.
  const usedAt = new Map<string, string>();
  let found: AppError | undefined;
  const typeInfo = new TypeInfo(schema);
  const check = (node: ASTNode, ancestors: ReadonlyArray<ASTNode | ReadonlyArray<ASTNode>>) => {
    const type = typeInfo.getInputType();
    if (found || !type) return;
    const value = valueFromAST(node as never, getNamedType(type) as GraphQLInputType);
    const field = literalPath(ancestors) || 'input';
    found = valueProblem(getNamedType(type) as GraphQLInputType, value, field);
  };
  visit(
    own,
    visitWithTypeInfo(typeInfo, {
      // `ancestors` stops above the parent, so the parent (the Argument itself) is added.
      Variable: (node, _k, parent, _path, ancestors) => {
        const at = literalPath([...ancestors, parent!]);
        if (at && !usedAt.has(node.name.value)) usedAt.set(node.name.value, at);
      },
      StringValue: (node, _k, parent, _path, ancestors) => check(node, [...ancestors, parent!]),
      FloatValue: (node, _k, parent, _path, ancestors) => check(node, [...ancestors, parent!]),
      IntValue: (node, _k, parent, _path, ancestors) => check(node, [...ancestors, parent!]),
    }),
  );
  // Variables first, as before: their problems are reported ahead of a literal's.
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const name = definition.variable.name.value;
    const problem = type && valueProblem(type, variables[name], usedAt.get(name) ?? name);
    if (problem) return problem;
  }
  return found;
}
