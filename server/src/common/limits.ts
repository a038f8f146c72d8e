import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * How deeply a query may nest fields. The lineage fields make the graph cyclic
 * (`successors { unit { predecessors { unit { … } } } }`), so without a limit one small query
 * could ask for an arbitrarily large answer. Introspection fields (`__schema`, `__type`) are not
 * counted: tools need their deep `ofType` chains.
 */
export const MAX_QUERY_DEPTH = 12;

export function depthLimitRule(maxDepth: number = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }

    /** Depth of a selection set; stops early past the limit (and on fragment cycles). */
    const depthOf = (set: SelectionSetNode, depth: number, visiting: Set<string>): number => {
      if (depth > maxDepth) return depth;
      let deepest = depth;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          const inner = selection.selectionSet ? depthOf(selection.selectionSet, depth + 1, visiting) : depth;
          deepest = Math.max(deepest, inner);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, visiting));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // Unknown fragments and cycles are reported by graphql's own rules.
          if (!fragment || visiting.has(name)) continue;
          visiting.add(name);
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, depth, visiting));
          visiting.delete(name);
        }
        if (deepest > maxDepth) break;
      }
      return deepest;
    };

    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, 0, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `Query is nested too deeply: at most ${maxDepth} levels of fields are allowed.`,
              { nodes: operation },
            ),
          );
        }
      },
    };
  };
}
