import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { LimitCode } from './error-codes';

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

    /*
     * Each selection set's depth is measured relative to where it sits, so a fragment's depth
     * is the same wherever it is spread: it is measured once per fragment name and remembered.
     * Without this, `fragment F0 { ...F1 ...F1 } fragment F1 { ...F2 ...F2 } …` was walked once
     * per path through it, exponentially in the nesting. Depths are capped at maxDepth + 1
     * ("too deep" either way), which also bounds the recursion into nested fields.
     */
    const tooDeep = maxDepth + 1;
    /** Fragment name → its depth; IN_PROGRESS while it is being measured (a cycle). */
    const fragmentDepths = new Map<string, number>();
    const IN_PROGRESS = -1;

    const fragmentDepth = (name: string): number => {
      const known = fragmentDepths.get(name);
      // Cycles are reported by graphql's own rule (NoFragmentCyclesRule); here they only stop.
      if (known === IN_PROGRESS) return 0;
      if (known !== undefined) return known;
      const fragment = fragments.get(name);
      if (!fragment) return 0; // unknown fragments are reported by graphql's own rules
      fragmentDepths.set(name, IN_PROGRESS);
      const depth = depthBelow(fragment.selectionSet, 0);
      fragmentDepths.set(name, depth);
      return depth;
    };

    /** Levels of fields below a selection set (0 for leaves only), at most `tooDeep`. */
    const depthBelow = (set: SelectionSetNode, above: number): number => {
      if (above >= tooDeep) return 0;
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__') || !selection.selectionSet) continue;
          deepest = Math.max(deepest, 1 + depthBelow(selection.selectionSet, above + 1));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthBelow(selection.selectionSet, above));
        } else {
          deepest = Math.max(deepest, fragmentDepth(selection.name.value));
        }
        if (deepest >= tooDeep) return tooDeep;
      }
      return Math.min(deepest, tooDeep);
    };

    return {
      OperationDefinition(operation) {
        const depth = depthBelow(operation.selectionSet, 0);
        if (depth > maxDepth) {
          context.reportError(
            // Its own code, which formatError gives back (Apollo answers validation errors as
            // GRAPHQL_VALIDATION_FAILED). The depth is counted up to maxDepth + 1 only.
            new GraphQLError(
              `Query is nested too deeply: it nests fields more than ${maxDepth} levels deep (through its ` +
                `fragments); at most ${maxDepth} levels are allowed.`,
              { nodes: operation, extensions: { code: 'QUERY_TOO_DEEP' satisfies LimitCode } },
            ),
          );
        }
      },
    };
  };
}
