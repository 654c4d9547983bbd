import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator (client preset): TypeScript types and typed documents for the explorer's
 * operations (`explorer/src/operations/*.graphql`) from the committed public SDL. The output,
 * `explorer/src/gql/`, is committed; `npm run build` regenerates it and
 * test/explorer/codegen-fresh.test.ts fails when it is stale.
 */
const config: CodegenConfig = {
  schema: path.join(__dirname, '../schema/schema.graphql'),
  documents: path.join(__dirname, 'src/operations/*.graphql'),
  ignoreNoDocuments: false,
  generates: {
    [path.join(__dirname, 'src/gql/')]: {
      preset: 'client',
      config: {
        // Documents as strings (TypedDocumentString): the bundle needs no graphql-js at runtime.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { JSONObject: 'Record<string, unknown>' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
  hooks: {},
};

export default config;
