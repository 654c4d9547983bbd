import { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { FundingRoundResolver } from './funding-round/funding-round.resolver';
import { GRAPH_RESOLVERS } from './graph/graph.resolvers';
import { ProgrammeResolver } from './programme/programme.resolver';

/** Every resolver class of the public API. */
export const RESOLVERS = [ProgrammeResolver, FundingRoundResolver, ...GRAPH_RESOLVERS] as const;

/** Builds the public GraphQL schema; class-validator runs on every input and args class. */
export function buildPublicSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [...RESOLVERS],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
