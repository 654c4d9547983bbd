import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { DirectiveLocation, GraphQLDirective, GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../../src/federation/build-federated-schema';
import { routerOnlyFieldsPlugin } from '../../../src/federation/router-only-fields-plugin';
import { routerOnlyTracePlugin } from '../../../src/federation/router-only-trace-plugin';
import { RouterAware } from '../../../src/federation/router-secret';
import { DeprecatedProductResolver, PRODUCTS_REFERENCE_RESOLVERS, ProductResolver, UserResolver } from './products.resolvers';
import { Inventory, ProductResearch } from './products.types';

/** Every federation directive the suite's products schema imports. */
const FEDERATION_IMPORTS = [
  '@composeDirective', '@extends', '@external', '@key', '@inaccessible', '@interfaceObject',
  '@override', '@provides', '@requires', '@shareable', '@tag',
];

/** The products subgraph through our own helper: type-graphql classes -> Federation 2 subgraph. */
export function buildProductsSchema(): GraphQLSchema {
  return buildFederatedSchema(
    {
      resolvers: [ProductResolver, DeprecatedProductResolver, UserResolver],
      orphanedTypes: [ProductResearch, Inventory],
      directives: [new GraphQLDirective({ name: 'custom', locations: [DirectiveLocation.OBJECT] })],
      emitSchemaFile: false,
    },
    {
      federationImports: FEDERATION_IMPORTS,
      schemaDirectives: '@link(url: "https://myspecs.dev/myCustomDirective/v1.0", import: ["@custom"]) @composeDirective(name: "@custom")',
      extraResolvers: PRODUCTS_REFERENCE_RESOLVERS,
    },
  );
}

/**
 * Serves the products subgraph with our router-only plugins. The suite queries `_service`,
 * `_entities` and `ftv1` directly and cannot send our secret, so every request counts as the
 * router here (the refusal path is tested in test/federation-router-guard.test.ts).
 */
export async function startProductsSubgraph(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = new ApolloServer<RouterAware>({
    schema: buildProductsSchema(),
    plugins: [routerOnlyFieldsPlugin(), routerOnlyTracePlugin(), ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port },
    context: async () => ({ isRouter: true }),
  });
  return { url, stop: () => server.stop() };
}
