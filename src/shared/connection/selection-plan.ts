import {
  FieldNode, getArgumentValues, getNamedType, getNullableType, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema,
  isAbstractType, isListType, isObjectType, SelectionSetNode,
} from 'graphql';
import { EntityModel, RelationSpec } from '../model/entity-model';
import { entityModel } from '../model/entity-models';
import { MAX_PAGE_SIZE } from './connection.args';
import { MAX_SORT_KEYS } from './keyset';
import { OrderValue } from './order';
import { WhereInput } from '../filter/compile-where';

/**
 * What a request reads of one node: the properties to project (null: all of them, because a field
 * with its own resolver may need any) and the relationship list fields to fold into the same
 * statement. Built from the GraphQL selection; fields it does not fold keep their resolvers.
 */
export interface NodeSelection {
  model: EntityModel;
  properties: Set<string> | null;
  related: RelatedSelection[];
}

/** A relationship field folded into its parent's statement, under the field's response key. */
export interface RelatedSelection {
  responseKey: string;
  relation: RelationSpec;
  /** The field returns one node (e.g. a council's region) rather than a list. */
  single: boolean;
  first: number;
  where: WhereInput | null;
  orderBy: OrderValue[] | null;
  node: NodeSelection;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: GraphQLResolveInfo['fragments'];
  variables: GraphQLResolveInfo['variableValues'];
}

/** Thrown inside the walk when the selection uses something the planner does not fold (@skip, @include). */
class NotFoldable extends Error {}

/**
 * The selection of `edges { node { ... } }` under a root connection field, or null when the
 * planner cannot fold it (then every field resolves as before, through its own resolver).
 */
export function planConnectionSelection(info: GraphQLResolveInfo, model: EntityModel): NodeSelection | null {
  const walk: Walk = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  try {
    const connectionType = getNamedType(info.returnType) as GraphQLObjectType;
    const edges = collectFields(walk, connectionType, info.fieldNodes.map((n) => n.selectionSet)).get('edges') ?? [];
    const edgeType = getNamedType(connectionType.getFields().edges?.type) as GraphQLObjectType | undefined;
    if (!edgeType || !edges.length) return null;
    const nodes = [...collectFields(walk, edgeType, edges.map((e) => e.selectionSet)).values()].flat().filter((f) => f.name.value === 'node');
    const nodeType = getNamedType(edgeType.getFields().node?.type) as GraphQLObjectType | undefined;
    if (!nodeType || !nodes.length) return null;
    return planNode(walk, nodeType, model, nodes);
  } catch (error) {
    if (error instanceof NotFoldable) return null;
    throw error;
  }
}

/** The selection of the node a root lookup field (e.g. `council(id:)`) returns, or null when the planner cannot fold it. */
export function planNodeSelection(info: GraphQLResolveInfo, model: EntityModel): NodeSelection | null {
  const walk: Walk = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return null;
  try {
    return planNode(walk, type, model, [...info.fieldNodes]);
  } catch (error) {
    if (error instanceof NotFoldable) return null;
    throw error;
  }
}

function planNode(walk: Walk, type: GraphQLObjectType, model: EntityModel, fieldNodes: FieldNode[]): NodeSelection {
  const selection: NodeSelection = { model, properties: new Set(['id']), related: [] };
  for (const [responseKey, nodes] of collectFields(walk, type, fieldNodes.map((n) => n.selectionSet))) {
    const name = nodes[0].name.value;
    if (name === '__typename') continue;
    if (model.fields[name]) {
      selection.properties?.add(model.fields[name].property);
      continue;
    }
    const related = model.relations[name] && planRelated(walk, type, model.relations[name], responseKey, nodes);
    if (related) selection.related.push(related);
    else if (!model.relations[name]) selection.properties = null;
  }
  return selection;
}

/**
 * A relationship field folded into the parent's statement, or null to leave it to its resolver:
 * arguments the folded form does not cover (cursors, `last`) or that validation would refuse, or
 * the same response key asked with different arguments.
 */
function planRelated(walk: Walk, parentType: GraphQLObjectType, relation: RelationSpec, responseKey: string, nodes: FieldNode[]): RelatedSelection | null {
  const field = parentType.getFields()[nodes[0].name.value];
  const target = getNamedType(field.type);
  if (!isObjectType(target) || target.name !== relation.target) return null;
  const argSets = nodes.map((n) => JSON.stringify(getArgumentValues(field, n, walk.variables)));
  if (argSets.some((set) => set !== argSets[0])) return null;
  const args = getArgumentValues(field, nodes[0], walk.variables) as { first?: number; last?: number; after?: string; before?: string; where?: WhereInput; orderBy?: OrderValue[] };
  if (args.last != null || args.after != null || args.before != null) return null;
  const first = args.first ?? MAX_PAGE_SIZE;
  if (first < 0 || first > MAX_PAGE_SIZE || (args.orderBy?.length ?? 0) > MAX_SORT_KEYS) return null;
  const single = !isListType(getNullableType(field.type));
  return {
    responseKey,
    relation,
    single,
    first: single ? 1 : first,
    where: args.where ?? null,
    orderBy: args.orderBy ?? null,
    node: planNode(walk, target, entityModel(relation.target), nodes),
  };
}

/**
 * The fields selected on an object of `type`, grouped by response key, through inline fragments
 * and fragment spreads that apply to it (as graphql-js's collectFields does).
 */
function collectFields(walk: Walk, type: GraphQLObjectType, sets: (SelectionSetNode | undefined)[], into = new Map<string, FieldNode[]>()): Map<string, FieldNode[]> {
  for (const set of sets) {
    for (const selection of set?.selections ?? []) {
      if (selection.directives?.length) throw new NotFoldable();
      if (selection.kind === 'Field') {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
      } else {
        const fragment = selection.kind === 'InlineFragment' ? selection : walk.fragments[selection.name.value];
        if (!fragment) continue;
        if (fragment.kind === 'FragmentDefinition' && fragment.directives?.length) throw new NotFoldable();
        if (appliesTo(walk.schema, fragment.typeCondition?.name.value, type)) collectFields(walk, type, [fragment.selectionSet], into);
      }
    }
  }
  return into;
}

function appliesTo(schema: GraphQLSchema, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (!condition || condition === type.name) return true;
  const abstract = schema.getType(condition);
  return !!abstract && isAbstractType(abstract) && schema.isSubType(abstract, type);
}
