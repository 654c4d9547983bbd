import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildPublicSchema } from '../src/schema';

describe('printed schema', () => {
  it('schema/schema.graphql matches the schema the code builds (run `npm run print-schema` after a change)', () => {
    const committed = readFileSync(path.join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(`${printSchema(buildPublicSchema())}\n`);
  });
});
