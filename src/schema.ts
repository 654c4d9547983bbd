import { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { CouncilResolver } from './council/council.resolver';
import { Council } from './council/council.type';
import { EvaluationResolver } from './evaluation/evaluation.resolver';
import { buildFederatedSchema } from './federation/build-federated-schema';
import { answerFoldedRelations } from './shared/connection/folded-relations';
import { REFERENCE_RESOLVERS } from './federation/reference-resolvers';
import { FindingResolver } from './finding/finding.resolver';
import { FundingRoundResolver } from './funding-round/funding-round.resolver';
import { FundingRound } from './funding-round/funding-round.type';
import { GRAPH_RESOLVERS } from './graph/graph.resolvers';
import { NodeResolver } from './node/node.resolver';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { Organisation } from './organisation/organisation.type';
import { CouncilRolesResolver, OrganisationRolesResolver, PersonRolesResolver } from './person/person-roles.resolver';
import { PersonResolver } from './person/person.resolver';
import { Person } from './person/person.type';
import { ProgrammeResolver } from './programme/programme.resolver';
import { ProjectResolver } from './project/project.resolver';
import { Project } from './project/project.type';
import { RegionResolver } from './region/region.resolver';
import { AlternativesResolver, SourcesResolver } from './source/provenance.resolver';
import { SourceResolver } from './source/source.resolver';
import { ThemeResolver } from './theme/theme.resolver';
import { Theme } from './theme/theme.type';

/** Every resolver class of the public API. */
export const RESOLVERS = [
  NodeResolver,
  SourcesResolver,
  AlternativesResolver,
  ProgrammeResolver,
  FundingRoundResolver,
  ProjectResolver,
  CouncilResolver,
  RegionResolver,
  OrganisationResolver,
  PersonResolver,
  PersonRolesResolver,
  OrganisationRolesResolver,
  CouncilRolesResolver,
  EvaluationResolver,
  FindingResolver,
  ThemeResolver,
  SourceResolver,
  ...GRAPH_RESOLVERS,
] as const;

/** Builds the public GraphQL schema; class-validator runs on every input and args class. */
export function buildPublicSchema(): GraphQLSchema {
  return answerFoldedRelations(buildSchemaSync({
    resolvers: [...RESOLVERS],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  }));
}

/** The entity types of the subgraph (each has `@key` and a `__resolveReference`). */
export const ENTITY_TYPES = [Project, Council, Organisation, Person, FundingRound, Theme] as const;

/**
 * Builds the schema the server serves: the public API as an Apollo Federation 2 subgraph, with
 * `_service`, `_entities` and every entity type (even those no public query reaches yet).
 */
export function buildApiSubgraphSchema(): GraphQLSchema {
  return answerFoldedRelations(buildFederatedSchema(
    {
      resolvers: [...RESOLVERS],
      orphanedTypes: [...ENTITY_TYPES],
      validate: { forbidUnknownValues: false },
      emitSchemaFile: false,
    },
    { extraResolvers: REFERENCE_RESOLVERS },
  ));
}
