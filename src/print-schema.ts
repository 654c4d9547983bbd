import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildPublicSchema } from './schema';

/** Writes the printed SDL to schema/schema.graphql (the test in test/schema.test.ts checks it). */
const target = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');
writeFileSync(target, `${printSchema(buildPublicSchema())}\n`);
console.log(`wrote ${target}`);
