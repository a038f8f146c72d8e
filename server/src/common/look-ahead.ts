import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the query asks, below the field being resolved, for the field at `path` (names of
 * nested fields, e.g. ['originCommune', 'latestEvaluations']), through inline fragments and
 * named fragments alike. A service uses it to read in one statement what the query will need
 * next, instead of one statement per level of nesting; a wrong answer costs only speed.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const inSet = (set: SelectionSetNode | undefined, rest: readonly string[]): boolean => {
    if (!set) return false;
    if (rest.length === 0) return true;
    return set.selections.some((selection) => {
      switch (selection.kind) {
        case 'Field':
          return selection.name.value === rest[0] && inSet(selection.selectionSet, rest.slice(1));
        case 'InlineFragment':
          return inSet(selection.selectionSet, rest);
        case 'FragmentSpread':
          return inSet(info.fragments[selection.name.value]?.selectionSet, rest);
        default:
          return false;
      }
    });
  };
  return info.fieldNodes.some((node: FieldNode) => inSet(node.selectionSet, path));
}
