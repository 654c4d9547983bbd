import { composeServices, CompositionResult } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { buildApiSubgraphSchema } from '../../src/schema';
import { COUNCIL_STATISTICS_SDL } from './council-statistics-subgraph';

/** The names our subgraph and the neighbour have in the supergraph. */
export const SUBGRAPH_NAME = 'innovation-graph';
export const NEIGHBOUR_NAME = 'council-statistics';

/** Our subgraph's SDL as the code builds it now. */
export function printOurSubgraph(): string {
  return printSubgraphSchema(buildApiSubgraphSchema());
}

/**
 * Composes our subgraph (as the code builds it now, or `oursSdl`) with the council statistics
 * neighbour, using Apollo's composition library: the same check a router's build pipeline runs.
 */
export function composeWithNeighbour(
  urls: { ours?: string; neighbour?: string } = {},
  neighbourSdl = COUNCIL_STATISTICS_SDL,
  oursSdl = printOurSubgraph(),
): CompositionResult {
  return composeServices([
    { name: SUBGRAPH_NAME, typeDefs: parse(oursSdl), url: urls.ours },
    { name: NEIGHBOUR_NAME, typeDefs: parse(neighbourSdl), url: urls.neighbour },
  ]);
}
