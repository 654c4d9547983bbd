import { NodeLabel } from '../../neo4j/migrations';

/** Where an entity read from Neo4j keeps its label, for union type resolution; invisible to JSON. */
const ENTITY_LABEL = Symbol('entityLabel');

/** Marks a node's properties with its label so that `SearchResult` can resolve its GraphQL type. */
export function tagEntity<T extends object>(properties: T, label: NodeLabel): T {
  Object.defineProperty(properties, ENTITY_LABEL, { value: label, enumerable: false });
  return properties;
}

/** The label recorded by `tagEntity`, or undefined for an untagged object. */
export function labelOfEntity(value: object): NodeLabel | undefined {
  return (value as { [ENTITY_LABEL]?: NodeLabel })[ENTITY_LABEL];
}
