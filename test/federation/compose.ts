import { composeServices, CompositionResult } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { buildApiSubgraphSchema } from '../../src/schema';
import { COUNCIL_STATISTICS_SDL } from './council-statistics-subgraph';

/** The names our subgraph and the neighbour have in the supergraph. */
export const SUBGRAPH_NAME = 'innovation-graph';
export const NEIGHBOUR_NAME = 'council-statistics';

/**
 * Composes our subgraph (as the code builds it now) with the council statistics neighbour,
 * using Apollo's composition library: the same check a router's build pipeline runs.
 */
export function composeWithNeighbour(
  urls: { ours?: string; neighbour?: string } = {},
  neighbourSdl = COUNCIL_STATISTICS_SDL,
): CompositionResult {
  return composeServices([
    { name: SUBGRAPH_NAME, typeDefs: parse(printSubgraphSchema(buildApiSubgraphSchema())), url: urls.ours },
    { name: NEIGHBOUR_NAME, typeDefs: parse(neighbourSdl), url: urls.neighbour },
  ]);
}
