import 'reflect-metadata';
import { ChildProcess, fork, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { buildProductsSchema, startProductsSubgraph } from './products/products.subgraph';

/*
 * Runs Apollo's federation subgraph compatibility suite (@apollo/federation-subgraph-compatibility-tests)
 * against our products subgraph, without Docker, pm2, rover or a router binary (none of which
 * can be installed here): the suite's own users and inventory subgraphs run as Node processes,
 * @apollo/gateway stands in for the router, and the suite's own Jest tests run unchanged.
 *
 * The suite talks to the router at the fixed address http://localhost:4000/, so the run moves
 * itself into a private network namespace (`unshare -n`, loopback only) where it can, so that it
 * neither needs port 4000 free on the machine nor disturbs anything listening there.
 */

const SUITE_DIR = path.dirname(require.resolve('@apollo/federation-subgraph-compatibility-tests/package.json'));
const ROUTER_PORT = 4000; // fixed by the suite (utils/client.ts ROUTER_URL)
const PORTS = { products: 4001, users: 4002, inventory: 4003 };
const IN_NAMESPACE = 'COMPAT_NETNS';

interface SuiteTest {
  assertion: string;
  column: string;
  fedVersion: number;
  required: boolean;
}
interface JestAssertion {
  ancestorTitles: string[];
  fullName: string;
  status: string;
}

async function main(): Promise<number> {
  if (!process.env[IN_NAMESPACE] && canUnshare()) return rerunInNetworkNamespace();
  const stops: (() => Promise<unknown> | void)[] = [];
  try {
    stops.push(await startSuiteSubgraph('users', { USERS_PORT: String(PORTS.users) }));
    stops.push(await startSuiteSubgraph('inventory', { INVENTORY_PORT: String(PORTS.inventory) }));
    const products = await startProductsSubgraph(PORTS.products);
    stops.push(products.stop);
    stops.push(await startGateway());
    return await runSuite(products.url);
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

function canUnshare(): boolean {
  return spawnSync('unshare', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

/** Runs this same script again inside a new network namespace with only loopback up. */
function rerunInNetworkNamespace(): number {
  console.log('compatibility: running in a private network namespace (unshare -n)');
  const script = `ip link set lo up && exec "${process.execPath}" "${__filename}"`;
  const result = spawnSync('unshare', ['-n', 'sh', '-c', script], {
    stdio: 'inherit',
    env: { ...process.env, [IN_NAMESPACE]: '1' },
  });
  return result.status ?? 1;
}

/** Starts one of the suite's own subgraphs (bundled Node programs that signal 'ready' over IPC). */
function startSuiteSubgraph(name: 'users' | 'inventory', env: Record<string, string>): Promise<() => void> {
  const child: ChildProcess = fork(path.join(SUITE_DIR, 'dist', 'subgraphs', name, 'index.js'), [], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} subgraph did not start within 30 s`)), 30000);
    child.once('exit', (code) => reject(new Error(`${name} subgraph exited with ${code}`)));
    child.once('message', () => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve(() => {
        child.kill();
      });
    });
  });
}

/** Composes products (ours), users and inventory, and serves the supergraph at :4000 with the gateway. */
async function startGateway(): Promise<() => Promise<void>> {
  const suiteSdl = (name: string) => parse(readFileSync(path.join(SUITE_DIR, 'dist', 'subgraphs', name, `${name}.graphql`), 'utf8'));
  const composed = composeServices([
    { name: 'products', typeDefs: parse(printSubgraphSchema(buildProductsSchema())), url: `http://127.0.0.1:${PORTS.products}/` },
    { name: 'users', typeDefs: suiteSdl('users'), url: `http://127.0.0.1:${PORTS.users}/` },
    { name: 'inventory', typeDefs: suiteSdl('inventory'), url: `http://127.0.0.1:${PORTS.inventory}/` },
  ]);
  if (composed.errors) {
    throw new Error(`composition failed:\n${composed.errors.map((e) => e.message).join('\n')}`);
  }
  const silent = { debug() {}, info() {}, warn() {}, error: console.error };
  const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl, logger: silent }), logger: silent });
  await startStandaloneServer(server, { listen: { port: ROUTER_PORT } });
  return () => server.stop();
}

/** Runs the suite's Jest tests and reports each check; 0 when every check passed. */
async function runSuite(productsUrl: string): Promise<number> {
  const { runJest, TESTS } = require(path.join(SUITE_DIR, 'dist', 'testRunner.js')) as {
    runJest(url: string): Promise<{ assertions: JestAssertion[] }>;
    TESTS: SuiteTest[];
  };
  const { assertions } = await runJest(productsUrl);
  // Stricter than the suite's own verdict: a check passes only if it ran and nothing in it failed.
  const statuses = (name: string) =>
    assertions.filter((a) => (a.ancestorTitles.length === 0 ? a.fullName : a.ancestorTitles[0]) === name).map((a) => a.status);
  let failed = 0;
  console.log('\nApollo Federation subgraph compatibility (products subgraph: type-graphql + src/federation):');
  for (const test of TESTS) {
    const ran = statuses(test.assertion);
    const ok = ran.length > 0 && ran.every((status) => status === 'passed');
    if (!ok) failed += 1;
    const kind = test.required ? 'required' : 'optional';
    console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${test.column.padEnd(20)} fed v${test.fedVersion}, ${kind}, ${ran.length} assertion(s)`);
  }
  console.log(`compatibility: ${TESTS.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
