import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import { printSchema } from 'graphql';
import { buildApiSubgraphSchema, buildPublicSchema } from './schema';

/**
 * Writes the printed SDL: the public schema to schema/schema.graphql and the Federation 2 subgraph
 * schema (with `@link` and `@key`) to schema/subgraph.graphql. test/schema.test.ts checks both.
 * An optional argument names another directory (.ci/schema-check.sh prints there to compare).
 */
const schemaDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'schema'));
const outputs: [string, string][] = [
  ['schema.graphql', printSchema(buildPublicSchema())],
  ['subgraph.graphql', printSubgraphSchema(buildApiSubgraphSchema())],
];
for (const [file, sdl] of outputs) {
  const target = path.join(schemaDir, file);
  writeFileSync(target, `${sdl}\n`);
  console.log(`wrote ${target}`);
}
