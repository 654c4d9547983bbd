// The @neo4j/graphql 7 server that `npm run bench:compare` measures against: typeDefs for the
// same labels and relationships as the project's graph, written as the library's users would,
// served by Apollo Server over plain HTTP. Prints "GraphQL API at <url>" when ready.
// Env: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, PORT.
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const typeDefs = /* GraphQL */ `
  type Project @node {
    id: ID!
    name: String!
    summary: String!
    startDate: String
    endDate: String
    grantGbp: Float
    status: String!
    leadCouncils: [Council!]! @relationship(type: "LEADS", direction: IN)
    partnerCouncils: [Council!]! @relationship(type: "PARTNERS_IN", direction: IN)
    adoptingCouncils: [Council!]! @relationship(type: "ADOPTS", direction: IN)
    rounds: [FundingRound!]! @relationship(type: "FUNDED_IN", direction: OUT)
    themes: [Theme!]! @relationship(type: "HAS_THEME", direction: OUT)
  }

  type Council @node {
    id: ID!
    name: String!
    gssCode: String!
    laCode: String
    type: String!
    validFrom: String
    validTo: String
    projectsLed: [Project!]! @relationship(type: "LEADS", direction: OUT)
    partnerships: [Project!]! @relationship(type: "PARTNERS_IN", direction: OUT)
    adopted: [Project!]! @relationship(type: "ADOPTS", direction: OUT)
    region: Region @relationship(type: "IN_REGION", direction: OUT)
  }

  type Region @node {
    id: ID!
    name: String!
    gssCode: String
    councils: [Council!]! @relationship(type: "IN_REGION", direction: IN)
  }

  type FundingRound @node {
    id: ID!
    name: String!
    number: Int
    summary: String!
    startDate: String
    endDate: String
    budgetGbp: Float
    projectCount: Int
    projects: [Project!]! @relationship(type: "FUNDED_IN", direction: IN)
  }

  type Theme @node {
    id: ID!
    name: String!
    kind: String!
    summary: String
    projects: [Project!]! @relationship(type: "HAS_THEME", direction: IN)
  }
`;

const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
await server.start();

// A bare node:http front (no Express) so the comparison is not tilted against the library.
const httpServer = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const headers = new Map();
  for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(key, value);
  const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: '', body },
    context: async () => ({}),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') res.end(response.body.string);
  else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
});
httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`GraphQL API at http://127.0.0.1:${httpServer.address().port}/graphql\n`);
});
const stop = async () => {
  httpServer.close();
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
