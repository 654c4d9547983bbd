import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import { printSchema } from 'graphql';
import { buildApiSubgraphSchema, buildPublicSchema } from '../src/schema';

const committed = (file: string) => readFileSync(path.join(__dirname, '..', 'schema', file), 'utf8');

describe('printed schema', () => {
  it('schema/schema.graphql matches the schema the code builds (run `npm run print-schema` after a change)', () => {
    expect(committed('schema.graphql')).toBe(`${printSchema(buildPublicSchema())}\n`);
  });

  it('schema/subgraph.graphql matches the subgraph schema the code builds (run `npm run print-schema` after a change)', () => {
    expect(committed('subgraph.graphql')).toBe(`${printSubgraphSchema(buildApiSubgraphSchema())}\n`);
  });

  it('the subgraph links Federation 2 and keys every entity, Council also by GSS code', () => {
    const sdl = committed('subgraph.graphql');
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])');
    for (const type of ['Project', 'Council', 'Organisation', 'Person', 'FundingRound', 'Theme']) {
      expect(sdl).toMatch(new RegExp(`type ${type}( implements [^\\n]*)?\\n  @key\\(fields: "id"\\)`));
    }
    expect(sdl).toMatch(/type Council( implements [^\n]*)?\n  @key\(fields: "id"\)\n  @key\(fields: "gssCode"\)/);
    expect(sdl).toContain('gssCode: String! @shareable');
  });
});
