// The raw-Cypher floor of `npm run bench:compare`: one hand-written, parameterised statement per
// query, answered as the same JSON the GraphQL servers return ({"data": ...}), over bare node:http.
// POST /<query name> with a JSON body of parameters. Prints "Floor at <url>" when ready.
// The statements live in ../compare-queries.json (key "cypher" of each query) beside the GraphQL texts.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';

const queries = JSON.parse(readFileSync(new URL('../compare-queries.json', import.meta.url), 'utf8'));
const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), { disableLosslessIntegers: true });

const httpServer = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const query = queries[req.url.slice(1)];
  if (!query?.cypher) {
    res.statusCode = 404;
    return res.end('{"errors":[{"message":"no such query"}]}');
  }
  try {
    const params = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    const { records } = await driver.executeQuery(query.cypher, params, { routing: neo4j.routing.READ });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: records[0]?.get('data') ?? null }));
  } catch (error) {
    res.statusCode = 500;
    res.end(JSON.stringify({ errors: [{ message: String(error.message) }] }));
  }
});
httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`Floor at http://127.0.0.1:${httpServer.address().port}\n`);
});
const stop = async () => {
  httpServer.close();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
