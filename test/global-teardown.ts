import { EmbeddedNeo4j } from '../src/neo4j/embedded-launcher';

/** Stops the Neo4j that global-setup started (if it started one). */
export default async function globalTeardown(): Promise<void> {
  const neo4j = (globalThis as { __NEO4J__?: EmbeddedNeo4j }).__NEO4J__;
  await neo4j?.stop();
}
