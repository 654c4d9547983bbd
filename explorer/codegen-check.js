// @ts-check
/**
 * Prints, as JSON, the generated files under explorer/src/gql/ that differ from what GraphQL Code
 * Generator makes now from schema/schema.graphql and explorer/src/operations/ (`[]` when they are
 * fresh); exits 1 when any differs. Writes nothing. Run by test/explorer/codegen-fresh.test.ts
 * (in a child process: the generator loads ES modules that Jest's CommonJS runtime cannot).
 */
const { readFileSync, existsSync } = require('node:fs');
const path = require('node:path');
const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');

async function staleFiles() {
  const { config } = await loadCodegenConfig({ configFilePath: path.join(__dirname, 'codegen.ts') });
  /** @type {{ filename: string; content: string }[]} */
  const outputs = await generate({ ...config, silent: true }, false);
  return outputs
    .filter(({ filename, content }) => !existsSync(filename) || readFileSync(filename, 'utf8') !== content)
    .map(({ filename }) => path.relative(path.join(__dirname, '..'), filename));
}

staleFiles().then(
  (stale) => {
    process.stdout.write(JSON.stringify(stale));
    process.exitCode = stale.length ? 1 : 0;
  },
  (error) => {
    process.stderr.write(`codegen check failed: ${error.message}\n`);
    process.exitCode = 2;
  },
);
