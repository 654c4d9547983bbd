import { registerEnumType } from 'type-graphql';
import { NodeLabel } from '../../neo4j/migrations';

/** The kinds of entity in the graph; each value is the entity's Neo4j label. */
export enum EntityType {
  PROGRAMME = 'Programme',
  FUNDING_ROUND = 'FundingRound',
  PROJECT = 'Project',
  COUNCIL = 'Council',
  REGION = 'Region',
  ORGANISATION = 'Organisation',
  PERSON = 'Person',
  EVALUATION = 'Evaluation',
  FINDING = 'Finding',
  THEME = 'Theme',
  SOURCE = 'Source',
}

registerEnumType(EntityType, {
  name: 'EntityType',
  description: 'A kind of entity in the graph (each is one Neo4j label).',
});

/** The Neo4j label of an entity type (the enum values are the allow-listed labels). */
export function labelOfEntityType(type: EntityType): NodeLabel {
  return type as NodeLabel;
}
