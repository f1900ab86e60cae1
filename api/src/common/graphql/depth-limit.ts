import {
  ASTNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  ValidationContext,
  ValidationRule,
} from 'graphql';

/**
 * Refuses documents nested deeper than `maxDepth` selections (fragments followed), so one
 * request cannot walk relations without end.
 */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (node: ASTNode, seen: Set<string>): number => {
      if (node.kind === Kind.FIELD) {
        if (node.name.value.startsWith('__')) return 0;
        return node.selectionSet ? 1 + depthOf(node.selectionSet, seen) : 1;
      }
      if (node.kind === Kind.SELECTION_SET) {
        return Math.max(0, ...node.selections.map((s) => depthOf(s, seen)));
      }
      if (node.kind === Kind.INLINE_FRAGMENT) return depthOf(node.selectionSet, seen);
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(node.name.value);
        if (!fragment || seen.has(fragment.name.value)) return 0;
        return depthOf(fragment.selectionSet, new Set([...seen, fragment.name.value]));
      }
      return 0;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `This query nests ${depth} levels deep; the limit is ${maxDepth}. Split it into smaller queries.`,
              { nodes: [operation], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
            ),
          );
        }
      },
    };
  };
}
