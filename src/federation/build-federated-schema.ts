import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, parse } from 'graphql';
import { BuildSchemaOptions, buildSchemaSync, createResolversMap } from 'type-graphql';

/**
 * The Federation 2 spec our subgraphs link to. 2.3 is the newest version Apollo's subgraph
 * compatibility suite accepts, and it has everything we use (@key, @shareable, @interfaceObject).
 */
export const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.3';

/** Resolvers added to the type-graphql ones, per type name; above all `__resolveReference`. */
export type ExtraResolverMap = Record<string, Record<string, (...args: any[]) => unknown>>;

export interface FederatedSchemaOptions {
  /** Federation directives the `@link` imports. @default ["@key", "@shareable"] */
  federationImports?: readonly string[];
  /** Further schema directives after the federation `@link` (another `@link`, `@composeDirective`). @default "" */
  schemaDirectives?: string;
  /** Resolvers merged over type-graphql's, e.g. `{ Council: { __resolveReference } }`. @default {} */
  extraResolvers?: ExtraResolverMap;
}

/**
 * Builds a Federation 2 subgraph from type-graphql classes: type-graphql builds the schema (with
 * the `@key`/`@shareable` directives given by `@Directive`), its SDL is printed with those
 * directives and a federation `@link`, and `@apollo/subgraph` rebuilds it with `_service`,
 * `_entities` and `_Entity`, reusing type-graphql's resolvers (so validation and middlewares
 * still run). type-graphql's own schema check is skipped because it does not know the
 * federation directives; `buildSubgraphSchema` validates the result instead.
 */
export function buildFederatedSchema(
  typeGraphqlOptions: Omit<BuildSchemaOptions, 'skipCheck'>,
  options: FederatedSchemaOptions = {},
): GraphQLSchema {
  const schema = buildSchemaSync({ ...typeGraphqlOptions, skipCheck: true });
  const imports = (options.federationImports ?? ['@key', '@shareable']).map((name) => JSON.stringify(name));
  const link = `extend schema @link(url: "${FEDERATION_SPEC_URL}", import: [${imports.join(', ')}]) ${options.schemaDirectives ?? ''}`;
  return buildSubgraphSchema({
    typeDefs: parse(`${link}\n\n${printSchemaWithDirectives(schema)}`),
    resolvers: mergeResolvers(createResolversMap(schema) as Record<string, any>, options.extraResolvers ?? {}),
  });
}

function mergeResolvers(base: Record<string, any>, extra: Record<string, Record<string, unknown>>) {
  const merged = { ...base };
  for (const [typeName, resolvers] of Object.entries(extra)) {
    if (!(typeName in base)) {
      throw new TypeError(`extra resolvers must name a type of the schema, but got: ${typeName}`);
    }
    merged[typeName] = { ...base[typeName], ...resolvers };
  }
  return merged;
}
