import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { HasSources } from '../../source/has-sources.interface';
import { PageInfo } from './page-info.type';

/** Options of a connection type. */
export interface ConnectionTypeOptions {
  /**
   * Prefix of the type names; defaults to the node type's name (`ProjectConnection`). Relationship
   * connections use e.g. "CouncilRelation" or "ProjectAdoption".
   */
  name?: string;
  /** An interface with the relationship's own properties (e.g. AdoptionFacts), which every edge implements. */
  facts?: abstract new () => unknown;
  /** Edges are relationships: they implement HasSources (their provenance). */
  relationship?: boolean;
}

const created = new Map<string, ClassType>();

/**
 * Creates (once per name) the Relay connection and edge types for nodes of type `node`:
 * `<name>Connection { edges { cursor node ...facts sources } pageInfo totalCount }`.
 */
export function createConnectionType(node: ClassType, options: ConnectionTypeOptions = {}): ClassType {
  const name = options.name ?? node.name;
  const existing = created.get(name);
  if (existing) return existing;

  @ObjectType(`${name}Edge`, {
    implements: options.relationship ? [HasSources, ...(options.facts ? [options.facts] : [])] : [],
    description: options.relationship
      ? `A relationship to a ${node.name}, with the relationship's own facts and sources.`
      : `An edge of a ${node.name} list.`,
  })
  class Edge {
    @Field({ description: 'Opaque keyset cursor of this edge, for `after`/`before`.' })
    cursor!: string;

    @Field(() => node, { description: `The ${node.name}.` })
    node!: unknown;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${node.name} items (Relay cursor connection).` })
  class Connection {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list under the filter (computed only when selected).' })
    totalCount!: number;
  }

  created.set(name, Connection);
  return Connection;
}
