import { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * True when the field being resolved selects the sub-field `name` (directly, or through inline or
 * named fragments). Used to compute costly parts such as `totalCount` only when asked for.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => node.selectionSet && setSelects(node.selectionSet, name, info));
}

function setSelects(set: SelectionSetNode, name: string, info: GraphQLResolveInfo): boolean {
  return set.selections.some((selection) => {
    if (selection.kind === 'Field') return selection.name.value === name;
    if (selection.kind === 'InlineFragment') return setSelects(selection.selectionSet, name, info);
    const fragment = info.fragments[selection.name.value];
    return fragment ? setSelects(fragment.selectionSet, name, info) : false;
  });
}
