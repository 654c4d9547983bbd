import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/**
 * A neighbour subgraph for the federation tests: a statistics service that knows councils only
 * by ONS GSS code, as many public-sector services do. Its data is in memory.
 */
export const COUNCIL_STATISTICS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  "A council as the statistics service knows it."
  type Council @key(fields: "gssCode") {
    "ONS GSS code."
    gssCode: String!
    "Children looked after on 31 March."
    childrenInCare: Int
  }

  type Query {
    "Every council with statistics, most children in care first."
    councilStatistics: [Council!]!
  }
`;

export interface CouncilStatistics {
  gssCode: string;
  childrenInCare: number | null;
}

/** Builds the neighbour's subgraph schema over `rows`, with `typeDefs` (default: its own SDL). */
export function buildCouncilStatisticsSchema(rows: CouncilStatistics[], typeDefs = COUNCIL_STATISTICS_SDL) {
  const byCode = new Map(rows.map((row) => [row.gssCode, row]));
  return buildSubgraphSchema({
    typeDefs: parse(typeDefs),
    resolvers: {
      Query: {
        councilStatistics: () => [...rows].sort((a, b) => (b.childrenInCare ?? 0) - (a.childrenInCare ?? 0)),
      },
      Council: {
        __resolveReference: (reference: { gssCode: string }) => byCode.get(reference.gssCode) ?? null,
      },
    },
  });
}

/** Serves the neighbour on 127.0.0.1 and a free port; returns its URL and how to stop it. */
export async function startCouncilStatisticsSubgraph(rows: CouncilStatistics[]) {
  const server = new ApolloServer({
    schema: buildCouncilStatisticsSchema(rows),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  return { url, stop: () => server.stop() };
}
