import { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { CouncilResolver } from './council/council.resolver';
import { EvaluationResolver } from './evaluation/evaluation.resolver';
import { FindingResolver } from './finding/finding.resolver';
import { FundingRoundResolver } from './funding-round/funding-round.resolver';
import { GRAPH_RESOLVERS } from './graph/graph.resolvers';
import { NodeResolver } from './node/node.resolver';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { OrganisationRolesResolver, PersonRolesResolver } from './person/person-roles.resolver';
import { PersonResolver } from './person/person.resolver';
import { ProgrammeResolver } from './programme/programme.resolver';
import { ProjectResolver } from './project/project.resolver';
import { RegionResolver } from './region/region.resolver';
import { AlternativesResolver, SourcesResolver } from './source/provenance.resolver';
import { SourceResolver } from './source/source.resolver';
import { ThemeResolver } from './theme/theme.resolver';

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
  EvaluationResolver,
  FindingResolver,
  ThemeResolver,
  SourceResolver,
  ...GRAPH_RESOLVERS,
] as const;

/** Builds the public GraphQL schema; class-validator runs on every input and args class. */
export function buildPublicSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [...RESOLVERS],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
