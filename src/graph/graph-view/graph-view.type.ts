import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A node of a graph view: one entity, in the shape Cytoscape.js, graphology and NVL take.' })
export class GraphNode {
  @Field(() => ID, { description: 'The entity id, e.g. "council:E10000015".' })
  id!: string;

  @Field({ description: 'The entity type (its Neo4j label), e.g. "Council".' })
  type!: string;

  @Field({ description: 'A display label: the entity\'s name, title or statement, else its id.' })
  label!: string;

  @Field(() => GraphQLJSONObject, { description: 'Every stored property of the entity, provenance lists included.' })
  properties!: Record<string, unknown>;
}

@ObjectType({ description: 'An edge of a graph view: one relationship between two nodes of the view.' })
export class GraphEdge {
  @Field(() => ID, { description: 'Stable id: `${source}-${type}-${target}`.' })
  id!: string;

  @Field(() => ID, { description: 'Id of the node the relationship starts at.' })
  source!: string;

  @Field(() => ID, { description: 'Id of the node the relationship ends at.' })
  target!: string;

  @Field({ description: 'The relationship type, e.g. "LEADS".' })
  type!: string;

  @Field(() => GraphQLJSONObject, { description: 'Every stored property of the relationship, provenance lists included.' })
  properties!: Record<string, unknown>;
}

@ObjectType({ description: 'A subgraph for visualisation: one deduplicated node list and one edge list between those nodes.' })
export class GraphView {
  @Field(() => [GraphNode], { description: 'The nodes, each once.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'The edges between the nodes, each once.' })
  edges!: GraphEdge[];

  @Field({ description: 'True when a limit cut the view short (more nodes or paths existed).' })
  truncated!: boolean;
}
